// The diff layer of a comparison (lib/changes): ground gained (solid outline) and lost (dashed), and
// each changed item ringed, filled when it appeared, hollow and dashed when it ended. Drawn above the
// items; the legend (components/changes/ChangeLegend.tsx) names every style (pure data).
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { DIFF_COLORS, DIFF_KINDS } from '@/lib/changes/map-features';

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
