// A comparison as features for the map's diff layer (pure): each changed item's shape tagged with
// how it changed, and the ground gained and lost.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ChangeSet } from './diff';

export type DiffKind = 'appeared' | 'ended' | 'edited' | 'gained' | 'lost';

export const DIFF_KINDS: DiffKind[] = ['appeared', 'edited', 'ended', 'gained', 'lost'];

/** Gained/appeared green, lost/ended red, edited amber (dark enough for the white map, WCAG 3:1 as graphics). */
export const DIFF_COLORS: Record<DiffKind, string> = {
  appeared: '#1b7a3a',
  gained: '#1b7a3a',
  ended: '#b3261e',
  lost: '#b3261e',
  edited: '#a15c00',
};

export interface DiffProperties {
  change: DiffKind;
  id: number | null;
  title: string | null;
  km2: number | null;
}

export function changeFeatures(changes: ChangeSet): FeatureCollection<Geometry, DiffProperties> {
  const areas: Array<Feature<Geometry, DiffProperties>> = changes.areas.map((area) => ({
    type: 'Feature',
    geometry: area.geometry,
    properties: { change: area.change, id: null, title: null, km2: area.km2 },
  }));
  const items: Array<Feature<Geometry, DiffProperties>> = changes.items.map((change) => ({
    type: 'Feature',
    geometry: change.item.geometry,
    properties: { change: change.change, id: change.id, title: change.item.properties.title, km2: null },
  }));
  return { type: 'FeatureCollection', features: [...areas, ...items] };
}
