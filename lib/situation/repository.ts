import 'server-only';
import { db } from '@/lib/db/client';
import type { Situation } from './schema';
import { readSituation } from './write';

/** What the map is about, for the dashboard's header and <title> and GET /api/situation. */
export function getSituation(): Promise<Situation> {
  return readSituation(db);
}
