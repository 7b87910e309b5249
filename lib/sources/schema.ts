// Zod schemas for new articles and excerpts, shared by the API and the admin forms, and the shape the
// admin's source lists receive.
import { z } from 'zod';

export const MAX_SOURCE_TEXT = 200_000;
export const MAX_EXCERPT_LENGTH = 5_000;

const day = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: use a date like 2024-12-05`)
    .refine((value) => !Number.isNaN(Date.parse(value)), `${label} is not a real date`);

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${max} characters`);

export const sourceInputSchema = z
  .object({
    title: text('Title', 300),
    outlet: text('Outlet', 200),
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
    text: text('Text', MAX_SOURCE_TEXT),
  })
  .refine((source) => !source.publishedAt || !source.reportedAt || source.publishedAt <= source.reportedAt, {
    message: 'The article cannot be reported before it was published',
    path: ['reportedAt'],
  });
export type SourceInputDraft = z.input<typeof sourceInputSchema>;

const offset = (label: string) =>
  z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(0, `${label} must not be negative`);

export const excerptInputSchema = z
  .object({
    start: offset('Start'),
    end: offset('End'),
    text: z.string({ error: 'The quoted text is required' }).min(1, 'Select some text').max(MAX_EXCERPT_LENGTH, `An excerpt must be at most ${MAX_EXCERPT_LENGTH} characters`),
  })
  .refine((span) => span.end - span.start === span.text.length, {
    message: 'The quoted text does not match its offsets',
    path: ['text'],
  });
export type ExcerptInput = z.infer<typeof excerptInputSchema>;

/** A source as the admin's pickers list it (newest first), reportedAt as a calendar day. */
export const sourceSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  outlet: z.string(),
  language: z.string(),
  reportedAt: z.string().nullable(),
});
export type SourceSummary = z.infer<typeof sourceSummarySchema>;
