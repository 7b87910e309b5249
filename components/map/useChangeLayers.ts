import { useEffect } from 'react';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { ChangeSet } from '@/lib/changes/diff';
import { changeFeatures } from '@/lib/changes/map-features';
import { CHANGES_SOURCE, changeLayers } from '@/lib/map/change-layers';

/** Keeps the diff layer in sync with `changes` (null: no comparison, nothing drawn). */
export function useChangeLayers(map: MapLibreMap | null, changes: ChangeSet | null | undefined): void {
  useEffect(() => {
    if (!map) return;
    const data = changes ? changeFeatures(changes) : { type: 'FeatureCollection' as const, features: [] };
    const source = map.getSource(CHANGES_SOURCE) as GeoJSONSource | undefined;
    if (source) source.setData(data);
    else map.addSource(CHANGES_SOURCE, { type: 'geojson', data });
    for (const layer of changeLayers()) {
      // Above the items, which are re-added when their source changes.
      if (map.getLayer(layer.id)) map.moveLayer(layer.id);
      else map.addLayer(layer);
    }
  }, [map, changes]);
}
