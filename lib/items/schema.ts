// The item model: zod schemas for what is written (input, shared by the API, the admin form, the import
// and the seed) and for what is answered, and every item type inferred from them. Four shapes, each
// for one reason: ItemInput (a valid item as written, also what a revision keeps), ItemFeature (an item
// as the public API and the map read it: GeoJSON with its excerpts), ItemState (an item's content at a
// version, as revisions and conflicts compare it) and EditorItem (the admin's view of one item, deleted
// or not). The rest are views of these: a draft before defaults, a collection, an admin list row.
import type { Geometry } from 'geojson';
import { z } from 'zod';
import { kinks } from '@turf/turf';
import { normaliseShape, prepareGeometryInput } from '@/lib/geo/normalise';
import { MESSAGES, type GeometryErrors } from '@/lib/i18n/messages';
import {
  DATE_PRECISIONS,
  ITEM_KINDS,
  ITEM_STATUSES,
  LOCATION_PRECISIONS,
} from './kinds';
import { SUPPORT_LEVELS } from '@/lib/sources/support';

export const MAX_VERTICES = 10_000;
/** Ids and versions are 32-bit integers in the database; anything larger can name nothing. */
export const MAX_RECORD_ID = 2_147_483_647;

const recordId = (label: string, missing = `${label} is required`) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? missing : `${label} must be a number`) })
    .int(`${label} must be a whole number`)
    .positive(`${label} must be positive`)
    .max(MAX_RECORD_ID, `${label} is too large`);

/**
 * The geometry schema in one language's words (lib/i18n/messages.ts): every issue it raises carries
 * one of those messages, never zod's default text. On the way it normalises what it accepts
 * (lib/geo/normalise.ts): `crs` and altitudes dropped before the checks, then shapes cut at the
 * antimeridian and polygons wound by the right-hand rule. The vertex limit is checked first, on the
 * raw value, so a huge geometry (a million vertices) is refused in milliseconds instead of being
 * validated position by position.
 */
export function geometrySchemaIn(words: GeometryErrors) {
  const longitude = z.number({ error: words.lngNumber }).min(-180, words.lngRange).max(180, words.lngRange);
  const latitude = z.number({ error: words.latNumber }).min(-90, words.latRange).max(90, words.latRange);
  // Any other issue of a position (not an array, one number, a third value that is not a number).
  const position = z.tuple([longitude, latitude], { error: (issue) => (issue.input === undefined ? words.noCoordinates : words.position) });
  const list = <T extends z.ZodType>(item: T) =>
    z.array(item, { error: (issue) => (issue.input === undefined ? words.noCoordinates : words.coordinates) });

  const lineCoordinates = list(position).min(2, words.lineTooShort);
  const linearRing = list(position)
    .min(4, words.ringTooShort)
    // zod runs this even after a failed min(): a ring too short is refused by that, not thrown on here.
    .refine((ring) => ring.length < 4 || samePosition(ring[0], ring[ring.length - 1]), { message: words.ringNotClosed });
  const polygonCoordinates = list(linearRing).min(1, words.polygonNoRing);

  const shape = z.discriminatedUnion(
    'type',
    [
      z.object({ type: z.literal('Point'), coordinates: position }),
      z.object({ type: z.literal('MultiPoint'), coordinates: list(position).min(1, words.multiPointEmpty) }),
      z.object({ type: z.literal('LineString'), coordinates: lineCoordinates }),
      z.object({ type: z.literal('MultiLineString'), coordinates: list(lineCoordinates).min(1, words.linesEmpty) }),
      z.object({ type: z.literal('Polygon'), coordinates: polygonCoordinates }),
      z.object({ type: z.literal('MultiPolygon'), coordinates: list(polygonCoordinates).min(1, words.polygonsEmpty) }),
    ],
    { error: (issue) => (issue.input === undefined || issue.input === null ? words.missing : words.type) },
  );
  type Shape = z.output<typeof shape>;

  return z
    .preprocess((value, ctx) => {
      const coordinates = (value as { coordinates?: unknown } | null)?.coordinates;
      if (countPositions(coordinates, MAX_VERTICES) > MAX_VERTICES) {
        ctx.addIssue({ code: 'custom', message: words.tooManyVertices(MAX_VERTICES), input: value });
        return z.NEVER;
      }
      return prepareGeometryInput(value).geometry;
    }, shape)
    .transform((geometry) => normaliseShape(geometry as Shape).geometry as Shape)
    .superRefine((geometry, ctx) => {
      if ((geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') && kinks(geometry).features.length > 0) {
        ctx.addIssue({ code: 'custom', message: words.selfCrossing });
      }
    });
}

type Position = [number, number];

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** The geometry schema of the API, the import and the editor's checks (English, as the admin pages). */
export const geometrySchema = geometrySchemaIn(MESSAGES.en.geometry.errors);
export type ItemGeometry = z.infer<typeof geometrySchema>;

/**
 * Counts positions (arrays starting with a number) in GeoJSON coordinates, iteratively and at most
 * four arrays deep (MultiPolygon), stopping once past `limit`: safe on any input, however nested.
 */
function countPositions(coordinates: unknown, limit: number): number {
  let count = 0;
  const stack: [unknown, number][] = [[coordinates, 0]];
  while (stack.length > 0 && count <= limit) {
    const [value, depth] = stack.pop()!;
    if (!Array.isArray(value)) continue;
    if (typeof value[0] === 'number') count += 1;
    else if (depth < 3) for (const child of value) stack.push([child, depth + 1]);
  }
  return count;
}

/** A calendar date (YYYY-MM-DD) or a full ISO 8601 instant. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/, 'Use a date like 2024-11-27')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'This is not a real date');

const shortText = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required`).max(max, `${label} must be at most ${max} characters`);

const itemFields = z.object({
  title: shortText('Title', 200),
  summary: z.string().trim().max(4000, 'Summary must be at most 4000 characters'),
  kind: z.enum(ITEM_KINDS, { error: 'Choose a kind from the list' }),
  status: z.enum(ITEM_STATUSES, { error: 'Choose a status from the list' }),
  geometry: geometrySchema,
  locationPrecision: z.enum(LOCATION_PRECISIONS, { error: 'Choose a location precision' }),
  startDate: isoDate,
  endDate: isoDate.nullable().default(null),
  datePrecision: z.enum(DATE_PRECISIONS, { error: 'Choose a date precision' }),
  announcedAt: isoDate.nullable().default(null),
  actors: z.array(shortText('Actor', 120)).max(30, 'At most 30 actors').default([]),
  countries: z
    .array(z.string().regex(/^[A-Z]{3}$/, 'Countries are ISO 3166-1 alpha-3 codes such as UKR'))
    .max(50)
    .default([]),
  excerptIds: z
    .array(recordId('An excerpt id'))
    .min(1, 'Cite at least one excerpt of the article')
    .max(50, 'Cite at most 50 excerpts'),
});

export const itemInputSchema = itemFields.refine(
  (item) => item.endDate === null || Date.parse(item.endDate) >= Date.parse(item.startDate),
  { message: 'The end date must not be before the start date', path: ['endDate'] },
);
export type ItemInput = z.infer<typeof itemInputSchema>;
export type ItemInputDraft = z.input<typeof itemInputSchema>;

export const idParamSchema = z.coerce
  .number({ error: 'The id must be a number' })
  .int('The id must be a whole number')
  .positive('The id must be positive')
  .max(MAX_RECORD_ID, 'No record has an id that large');

/** The version an edit was based on (optimistic locking): a stale one answers 409. */
export const versionBodySchema = z.object({
  version: recordId('The version', 'The version being edited is required'),
});

export const itemUpdateSchema = z.intersection(itemInputSchema, versionBodySchema);

// What the API answers.

const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A cited excerpt with its source's title, outlet, publication day and language (for the quote's lang
 * attribute, BCP 47), and whose own statement it reports (null: the outlet's own reporting).
 */
export const excerptSchema = z.object({
  id: z.number(),
  sourceId: z.number(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  language: z.string(),
  sourceTitle: z.string(),
  outlet: z.string(),
  publishedAt: calendarDay.nullable(),
  attribution: z.string().nullable(),
});
export type ExcerptDto = z.infer<typeof excerptSchema>;

/** How well an item is supported (lib/sources/support.ts computes it; never stored). */
export const supportSchema = z.object({
  sources: z.number(),
  outlets: z.number(),
  level: z.enum(SUPPORT_LEVELS),
});

export const bboxTupleSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/** An item as the API answers it: the input's fields with calendar days, its version and its excerpts. */
export const itemFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.number(),
  bbox: bboxTupleSchema,
  // Any stored geometry (the input schema checked it when it was written).
  geometry: z.custom<Geometry>(),
  properties: itemFields.omit({ geometry: true, excerptIds: true }).extend({
    id: z.number(),
    startDate: calendarDay,
    endDate: calendarDay.nullable(),
    announcedAt: calendarDay.nullable(),
    version: z.number(),
    excerpts: z.array(excerptSchema),
    /** The cited articles' ids and outlets, distinct and sorted. */
    sourceIds: z.array(z.number()),
    outlets: z.array(z.string()),
    support: supportSchema,
  }),
});
export type ItemFeature = z.infer<typeof itemFeatureSchema>;

export const itemCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(itemFeatureSchema),
  /** How many items match in all, when the answer is a page (`limit`). */
  numberMatched: z.number().optional(),
  /** Set when `numberMatched` is an estimate (a crowded box: lib/items/repository.ts listItemsPage). */
  numberMatchedEstimated: z.literal(true).optional(),
});
export type ItemCollection = z.infer<typeof itemCollectionSchema>;

export const REVISION_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** An item's full content at a version, as kept in revisions and compared on conflicts. */
export const itemStateSchema = z.object({
  version: z.number(),
  /** ISO instant, null while the item is live. */
  deletedAt: z.string().nullable(),
  input: itemInputSchema,
});
export type ItemState = z.infer<typeof itemStateSchema>;

/** One item as the admin's editor sees it, deleted or not. */
export const editorItemSchema = itemStateSchema.extend({
  id: z.number(),
  updatedAt: z.string(),
  excerpts: z.array(excerptSchema),
});
export type EditorItem = z.infer<typeof editorItemSchema>;

/** A row of the admin's item table. */
export const editorItemRowSchema = z.object({
  id: z.number(),
  title: z.string(),
  kind: itemFields.shape.kind,
  status: itemFields.shape.status,
  startDate: calendarDay,
  deletedAt: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export type EditorItemRow = z.infer<typeof editorItemRowSchema>;

/** One change in an item's history: who, when, and its state before and after. */
export const revisionSchema = z.object({
  id: z.number(),
  action: z.enum(REVISION_ACTIONS),
  adminName: z.string().nullable(),
  createdAt: z.string(),
  before: itemStateSchema.nullable(),
  after: itemStateSchema.nullable(),
});
export type RevisionDto = z.infer<typeof revisionSchema>;

/** The details of a 409 answer: the item as it is now, so the editor can merge. */
export const conflictDetailsSchema = z.object({ current: editorItemSchema });
export type ConflictDetails = z.infer<typeof conflictDetailsSchema>;
