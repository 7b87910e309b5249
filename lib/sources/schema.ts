// Zod schemas of articles and excerpts, as written (shared by the API, the admin forms and
// the seed) and as answered.
import { z } from 'zod';
import { versionBodySchema } from '@/lib/items/schema';

export const MAX_SOURCE_TEXT = 200_000;
export const MAX_EXCERPT_LENGTH = 5_000;

const day = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: use a date like 2024-12-05`)
    .refine((value) => !Number.isNaN(Date.parse(value)), `${label} is not a real date`);

/** A required text field, trimmed, with its length limit in the words the forms show. */
export const requiredText = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

export const sourceInputSchema = z
  .object({
    title: requiredText('Title', 300),
    outlet: requiredText('Outlet', 200),
    // Only web addresses: the article page links to it, and a javascript: URL would run on click.
    url: z
      .string()
      .trim()
      .max(2000, 'The address must be at most 2000 characters')
      .refine((value) => /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value), 'Use a web address starting with https:// or http://')
      .nullable()
      .default(null),
    language: z
      .string({ error: 'Language is required' })
      .trim()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Language is a code such as fr, en or pt-BR'),
    publishedAt: day('Published').nullable().default(null),
    reportedAt: day('Reported').nullable().default(null),
    text: requiredText('Text', MAX_SOURCE_TEXT),
  })
  .refine((source) => !source.publishedAt || !source.reportedAt || source.publishedAt <= source.reportedAt, {
    message: 'The article cannot be reported before it was published',
    path: ['reportedAt'],
  });
export type SourceInputDraft = z.input<typeof sourceInputSchema>;

const offset = (label: string) =>
  z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(0, `${label} must not be negative`);

/** Whose own statement a quote reports; empty or absent: the outlet's own reporting (null). */
const attribution = z
  .string({ error: 'The attribution must be text' })
  .trim()
  .max(200, 'The attribution must be at most 200 characters')
  .nullable()
  .default(null)
  .transform((value) => value || null);

export const excerptInputSchema = z
  .object({
    start: offset('Start'),
    end: offset('End'),
    text: z.string({ error: 'The quoted text is required' }).min(1, 'Select some text').max(MAX_EXCERPT_LENGTH, `An excerpt must be at most ${MAX_EXCERPT_LENGTH} characters`),
    attribution,
  })
  .refine((span) => span.end - span.start === span.text.length, {
    message: 'The quoted text does not match its offsets',
    path: ['text'],
  });
export type ExcerptInput = z.infer<typeof excerptInputSchema>;
export type ExcerptInputDraft = z.input<typeof excerptInputSchema>;

/** An article's edit: its fields as written, and the version it was based on. */
export const sourceUpdateSchema = z.intersection(sourceInputSchema, versionBodySchema);
export type SourceUpdateDraft = z.input<typeof sourceUpdateSchema>;

/** The article of an item's or a region's page, as the public lists name it. */
export const sourceSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  outlet: z.string(),
  url: z.string().nullable(),
  language: z.string(),
  /** Calendar day. */
  publishedAt: z.string().nullable(),
  /** Live items citing at least one of its excerpts. */
  itemCount: z.number(),
  excerptCount: z.number(),
  version: z.number(),
});
export type SourceSummary = z.infer<typeof sourceSummarySchema>;

/** GET /api/sources: every article, newest first (by publication day, then id). */
export const sourceListSchema = z.object({ sources: z.array(sourceSummarySchema) });
export type SourceList = z.infer<typeof sourceListSchema>;

export const SOURCE_REVISION_ACTIONS = ['create', 'update', 'delete', 'excerpt-create', 'excerpt-update', 'excerpt-delete'] as const;
export type SourceRevisionAction = (typeof SOURCE_REVISION_ACTIONS)[number];

/** One change to an article or one of its excerpts: who, when, and the record before and after. */
export const sourceRevisionSchema = z.object({
  id: z.number(),
  sourceId: z.number(),
  excerptId: z.number().nullable(),
  action: z.enum(SOURCE_REVISION_ACTIONS),
  adminName: z.string().nullable(),
  createdAt: z.string(),
  /** The article's stored fields, or the excerpt's (offsets, text, attribution); null when absent. */
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type SourceRevisionDto = z.infer<typeof sourceRevisionSchema>;
