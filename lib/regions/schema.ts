import { z } from 'zod';

/** Country ids are ISO alpha-3 codes (or basemap fallbacks), theatre ids are slugs. */
export const regionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'A region id is letters, digits and dashes (e.g. SYR or eastern-mediterranean)');
