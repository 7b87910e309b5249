// The situation: what the map is about, its name and description as an admin writes them and as
// GET /api/situation answers them.
import { z } from 'zod';
import { versionBodySchema } from '@/lib/items/schema';
import { requiredText } from '@/lib/sources/schema';

export const situationInputSchema = z.object({
  name: requiredText('Name', 200),
  description: z.string({ error: 'The description must be text' }).trim().max(2000, 'The description must be at most 2000 characters'),
});
export type SituationInput = z.infer<typeof situationInputSchema>;

export const situationUpdateSchema = situationInputSchema.extend(versionBodySchema.shape);
export type SituationUpdateDraft = z.input<typeof situationUpdateSchema>;

/** GET /api/situation. */
export const situationSchema = z.object({ name: z.string(), description: z.string(), version: z.number() });
export type Situation = z.infer<typeof situationSchema>;
