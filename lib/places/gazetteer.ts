// National capitals (generated on npm install, lib/places/capital-table.ts): where the drafter draws a
// country's government. The places an article names come from the drafter's gazetteer (lib/draft/gazetteer.ts).
import { capitals } from '@/lib/generated/capitals';
import type { Place } from './suggest';

/** National capitals in English and French at their GeoNames points. */
export function capitalPlaces(): readonly Place[] {
  return capitals;
}
