// Stored item rows <-> the editor's ItemState (pure: no database access).
import type { ItemState } from './editor-types';
import type { ItemRow } from './geojson';
import type { ItemInput } from './schema';

/** A stored date as the form writes it: a calendar day when it is midnight UTC, else the full instant. */
export function toInputDate(date: Date | null): string | null {
  if (!date) return null;
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

export function toItemState(row: ItemRow & { deletedAt: Date | null }, excerptIds: number[]): ItemState {
  return {
    version: row.version,
    deletedAt: row.deletedAt?.toISOString() ?? null,
    input: {
      title: row.title,
      summary: row.summary,
      kind: row.kind as ItemInput['kind'],
      status: row.status as ItemInput['status'],
      geometry: JSON.parse(row.geometry) as ItemInput['geometry'],
      locationPrecision: row.locationPrecision as ItemInput['locationPrecision'],
      startDate: toInputDate(row.startDate)!,
      endDate: toInputDate(row.endDate),
      datePrecision: row.datePrecision as ItemInput['datePrecision'],
      announcedAt: toInputDate(row.announcedAt),
      actors: JSON.parse(row.actors) as string[],
      countries: JSON.parse(row.countries) as string[],
      excerptIds,
    },
  };
}
