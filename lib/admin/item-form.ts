// The item form's state: what the inputs hold (strings), to and from the shared input schema (pure).
import type { ItemInput, ItemInputDraft, ItemState } from '@/lib/items/schema';

/** What the inputs hold: the item's input, with text where the form has a free-text field. */
export type ItemFormState = Omit<ItemInput, 'endDate' | 'announcedAt' | 'actors' | 'countries' | 'geometry'> & {
  endDate: string;
  announcedAt: string;
  /** One actor per line. */
  actors: string;
  /** ISO alpha-3 codes separated by commas or spaces. */
  countries: string;
  /** Whatever the geometry editor holds; the schema says whether it is valid. */
  geometry: unknown;
};

export const FIELD_LABELS: Record<keyof ItemFormState, string> = {
  title: 'Title',
  summary: 'Summary',
  kind: 'Kind',
  status: 'Status',
  locationPrecision: 'Location precision',
  startDate: 'Start date',
  endDate: 'End date',
  datePrecision: 'Date precision',
  announcedAt: 'Made public on',
  actors: 'Actors',
  countries: 'Countries',
  geometry: 'Shape on the map',
  excerptIds: 'Excerpts',
};

export function emptyItemForm(): ItemFormState {
  return {
    title: '',
    summary: '',
    kind: 'strike',
    status: 'reported',
    locationPrecision: 'approximate',
    startDate: '',
    endDate: '',
    datePrecision: 'day',
    announcedAt: '',
    actors: '',
    countries: '',
    geometry: null,
    excerptIds: [],
  };
}

/** The form holding an item's input, parsed or not (a saved item, a drafted proposal). */
export function toItemForm(input: ItemInputDraft): ItemFormState {
  return {
    title: input.title,
    summary: input.summary,
    kind: input.kind,
    status: input.status,
    locationPrecision: input.locationPrecision,
    startDate: input.startDate,
    endDate: input.endDate ?? '',
    datePrecision: input.datePrecision,
    announcedAt: input.announcedAt ?? '',
    actors: (input.actors ?? []).join('\n'),
    countries: (input.countries ?? []).join(', '),
    geometry: input.geometry,
    excerptIds: input.excerptIds,
  };
}

export function toItemDraft(form: ItemFormState): ItemInputDraft {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    title: form.title,
    summary: form.summary,
    kind: form.kind,
    status: form.status,
    locationPrecision: form.locationPrecision,
    startDate: form.startDate.trim(),
    endDate: orNull(form.endDate),
    datePrecision: form.datePrecision,
    announcedAt: orNull(form.announcedAt),
    actors: form.actors.split('\n').map((actor) => actor.trim()).filter(Boolean),
    countries: form.countries.split(/[\s,;]+/).filter(Boolean).map((code) => code.toUpperCase()),
    geometry: form.geometry as ItemInputDraft['geometry'],
    excerptIds: form.excerptIds,
  };
}

/** API/schema error paths ("geometry.coordinates.0.3", "actors.2") grouped under the form's fields. */
export function errorsByField(fields: Record<string, string[]> | undefined): Partial<Record<keyof ItemFormState | '_', string[]>> {
  const grouped: Partial<Record<string, string[]>> = {};
  for (const [path, messages] of Object.entries(fields ?? {})) {
    const field = path.split('.')[0];
    const key = field in FIELD_LABELS ? field : '_';
    grouped[key] = [...new Set([...(grouped[key] ?? []), ...messages])];
  }
  return grouped;
}

/** The fields where two saved states differ, for the conflict view. */
export function differingFields(mine: ItemFormState, theirs: ItemState): (keyof ItemFormState)[] {
  const their = toItemForm(theirs.input);
  return (Object.keys(FIELD_LABELS) as (keyof ItemFormState)[]).filter(
    (field) => JSON.stringify(mine[field]) !== JSON.stringify(their[field]),
  );
}
