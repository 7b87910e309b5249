// Plans a GeoJSON import (pure): reads a FeatureCollection, checks every feature with the editor's own
// validators (lib/items/schema.ts) and every excerpt against the source text, and says per feature what
// will be created and every problem found. lib/import/import-items.ts runs the plan in a transaction.
import { z } from 'zod';
import { normaliseInput } from '@/lib/admin/geometry-input';
import { InvalidInputError, zodFieldErrors } from '@/lib/errors';
import type { GeometryNotice } from '@/lib/geo/normalise';
import { ITEM_KINDS, type ItemKind } from '@/lib/items/kinds';
import { itemInputSchema, type ItemInput } from '@/lib/items/schema';
import { ExcerptError, isVerbatim, locateQuote, type Span } from '@/lib/sources/excerpts';
import { MAX_IMPORT_FEATURES } from './limits';

/** GIS tools (GDAL, QGIS) may hand nested values back as JSON text: accept both. */
const jsonText = (value: unknown) => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

/** An excerpt as the export writes it (offsets + text), or just its text, located in the source. */
const excerptRefSchema = z.object({
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().positive().optional(),
  text: z.string().min(1, 'An excerpt needs its text'),
  /** Whose own statement the quote reports (the export writes it; null: the outlet's own reporting). */
  attribution: z.string().trim().max(200, 'An attribution must be at most 200 characters').nullable().optional(),
});

const featureSchema = z.object({
  type: z.literal('Feature', { error: 'Each entry of features must be a GeoJSON Feature' }),
  // Checked by the item schema below, in the editor's words.
  geometry: z.unknown().optional(),
  properties: z.record(z.string(), z.unknown(), { error: 'A feature needs properties' }),
});

const fileSchema = z.object({
  type: z.literal('FeatureCollection', { error: 'The file must be a GeoJSON FeatureCollection' }),
  features: z
    .array(z.unknown(), { error: 'A FeatureCollection needs a features array' })
    .max(MAX_IMPORT_FEATURES, `A file may hold at most ${MAX_IMPORT_FEATURES} features`),
});

export interface PlannedExcerpt extends Span {
  text: string;
  attribution: string | null;
  /** The stored excerpt this span already is, or null when the import creates it. */
  existingId: number | null;
}

export interface Problem {
  /** Where in the feature: "properties.kind", "geometry.coordinates.0", "properties.excerpts.1". */
  path: string;
  message: string;
}

export interface PlannedFeature {
  /** Position in the file's features array. */
  index: number;
  title: string | null;
  /** The feature's kind when it is one of ours, even if the feature has other problems. */
  kind: ItemKind | null;
  /** The item that will be created (validated), or null when the feature has problems. */
  item: Omit<ItemInput, 'excerptIds'> | null;
  excerpts: PlannedExcerpt[];
  problems: Problem[];
  /** What storing will change in the feature's geometry (cut at the antimeridian, altitudes dropped...). */
  notices: GeometryNotice[];
}

export interface ImportPlan {
  sourceId: number;
  features: PlannedFeature[];
  /** Total number of problems; the import runs only when it is 0. */
  problemCount: number;
}

export interface SourceForImport {
  id: number;
  text: string;
  /** The source's stored excerpts, so re-imported spans are reused rather than duplicated. */
  excerpts: Array<Span & { id: number }>;
}

/** The feature's properties in the item schema's vocabulary. */
const ITEM_FIELDS = ['title', 'summary', 'kind', 'status', 'locationPrecision', 'startDate', 'endDate', 'datePrecision', 'announcedAt', 'actors', 'countries'] as const;

/** Only lists may come back as JSON text: a title such as "1984" stays a title. */
const LIST_FIELDS = new Set<string>(['actors', 'countries']);

/** The feature's excerpts that are verbatim spans of the source, and how many it cites at all. */
function planExcerpts(raw: unknown, source: SourceForImport, problems: Problem[]): { planned: PlannedExcerpt[]; cited: number } {
  const list = z.array(z.unknown()).safeParse(jsonText(raw));
  if (!list.success) {
    problems.push({ path: 'properties.excerpts', message: 'excerpts must be a list of {start, end, text} spans of the source' });
    return { planned: [], cited: 0 };
  }
  const planned: PlannedExcerpt[] = [];
  list.data.forEach((entry, i) => {
    const path = `properties.excerpts.${i}`;
    const ref = excerptRefSchema.safeParse(entry);
    if (!ref.success) {
      for (const [field, messages] of Object.entries(zodFieldErrors(ref.error))) {
        problems.push({ path: field === '_' ? path : `${path}.${field}`, message: messages[0] });
      }
      return;
    }
    const { text, start, end, attribution = null } = ref.data;
    let span: Span;
    if (start !== undefined && end !== undefined) {
      if (!isVerbatim(source.text, { start, end, text })) {
        problems.push({ path, message: `The excerpt at ${start}–${end} is not a verbatim slice of source ${source.id}` });
        return;
      }
      span = { start, end };
    } else {
      try {
        span = locateQuote(source.text, text);
      } catch (error) {
        if (!(error instanceof ExcerptError)) throw error;
        problems.push({ path, message: error.message });
        return;
      }
    }
    const existing = source.excerpts.find((e) => e.start === span.start && e.end === span.end);
    planned.push({ ...span, text, attribution: attribution || null, existingId: existing?.id ?? null });
  });
  return { planned, cited: list.data.length };
}

function planFeature(entry: unknown, index: number, source: SourceForImport): PlannedFeature {
  const parsed = featureSchema.safeParse(entry);
  if (!parsed.success) {
    const problems = Object.entries(zodFieldErrors(parsed.error)).map(([path, messages]) => ({ path: path === '_' ? '' : path, message: messages[0] }));
    return { index, title: null, kind: null, item: null, excerpts: [], problems, notices: [] };
  }
  const { properties, geometry } = parsed.data;
  const problems: Problem[] = [];
  const { planned: excerpts, cited } = planExcerpts(properties.excerpts ?? [], source, problems);
  const fields = Object.fromEntries(
    ITEM_FIELDS.flatMap((name) => (name in properties ? [[name, LIST_FIELDS.has(name) ? jsonText(properties[name]) : properties[name]]] : [])),
  );
  // The editor's schema wants excerpt ids, which exist only once the transaction stores the spans:
  // placeholders stand in for the cited excerpts, so "cite at least one excerpt" still applies.
  const checked = itemInputSchema.safeParse({ ...fields, geometry, excerptIds: Array.from({ length: cited }, (_, i) => i + 1) });
  if (!checked.success) {
    for (const [path, messages] of Object.entries(zodFieldErrors(checked.error))) {
      const where = path === 'geometry' || path.startsWith('geometry.') ? path : path === 'excerptIds' ? 'properties.excerpts' : `properties.${path}`;
      // The editor always sends every field; a file may simply lack one, which deserves plainer words.
      if ((ITEM_FIELDS as readonly string[]).includes(path) && !(path in properties)) problems.push({ path: where, message: `The feature has no “${path}” property` });
      else for (const message of messages) problems.push({ path: where, message });
    }
  }
  const title = typeof properties.title === 'string' ? properties.title : null;
  const kind = ITEM_KINDS.find((k) => k === properties.kind) ?? null;
  const { notices } = normaliseInput(geometry);
  if (!checked.success || problems.length > 0) return { index, title, kind, item: null, excerpts, problems, notices };
  const item: Omit<ItemInput, 'excerptIds'> & { excerptIds?: number[] } = { ...checked.data };
  delete item.excerptIds;
  return { index, title, kind, item, excerpts, problems, notices };
}

/** The whole plan: throws 400 (field "file") only when the file is not a FeatureCollection at all. */
export function planImport(file: unknown, source: SourceForImport): ImportPlan {
  const collection = fileSchema.safeParse(file);
  if (!collection.success) {
    const messages = Object.values(zodFieldErrors(collection.error)).flat();
    throw new InvalidInputError(`file: ${messages[0]}`, { file: messages });
  }
  const features = collection.data.features.map((entry, index) => planFeature(entry, index, source));
  return { sourceId: source.id, features, problemCount: features.reduce((n, f) => n + f.problems.length, 0) };
}
