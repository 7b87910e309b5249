// The diff layer of a comparison (lib/changes): ground gained (solid outline) and lost (dashed), and
// each changed item ringed, filled when it appeared, hollow and dashed when it ended. Drawn above the
// items; the legend (components/changes/ChangeLegend.tsx) names every style.
import { useEffect } from 'react';
import type { ExpressionSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { ChangeSet } from '@/lib/changes/diff';
import { changeFeatures, DIFF_COLORS, DIFF_KINDS } from '@/lib/changes/map-features';

export const CHANGES_SOURCE = 'changes';

const color = ['match', ['get', 'change'], ...DIFF_KINDS.flatMap((kind) => [kind, DIFF_COLORS[kind]]), '#000000'] as unknown as ExpressionSpecification;
const isArea: ExpressionSpecification = ['in', ['get', 'change'], ['literal', ['gained', 'lost']]];
const isItem: ExpressionSpecification = ['!', isArea];
const isPoint: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
const endedOrLost: ExpressionSpecification = ['in', ['get', 'change'], ['literal', ['ended', 'lost']]];

export function changeLayers(): LayerSpecification[] {
  return [
    {
      id: 'changes-area-fill',
      type: 'fill',
      source: CHANGES_SOURCE,
      filter: isArea,
      paint: { 'fill-color': color, 'fill-opacity': 0.35 },
    },
    {
      id: 'changes-area-outline',
      type: 'line',
      source: CHANGES_SOURCE,
      filter: isArea,
      paint: { 'line-color': color, 'line-width': 2.5, 'line-dasharray': ['case', endedOrLost, ['literal', [2, 1.5]], ['literal', [1, 0]]] },
    },
    {
      id: 'changes-item-line',
      type: 'line',
      source: CHANGES_SOURCE,
      filter: ['all', isItem, ['!', isPoint]],
      paint: { 'line-color': color, 'line-width': 5, 'line-opacity': 0.75, 'line-dasharray': ['case', endedOrLost, ['literal', [1.5, 1]], ['literal', [1, 0]]] },
    },
    {
      id: 'changes-item-point',
      type: 'circle',
      source: CHANGES_SOURCE,
      filter: ['all', isItem, isPoint],
      paint: {
        'circle-radius': 13,
        'circle-color': color,
        'circle-opacity': ['match', ['get', 'change'], 'appeared', 0.35, 'edited', 0.15, 0],
        'circle-stroke-color': color,
        'circle-stroke-width': 3,
      },
    },
  ];
}

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
