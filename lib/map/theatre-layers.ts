// Theatre outlines (pure data): dashed, labelled, clickable on the outline and the label so the
// countries inside stay clickable too.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const THEATRES_SOURCE = 'theatres';
const THEATRE_OUTLINE_LAYER = 'theatre-outline';
const THEATRE_LABEL_LAYER = 'theatre-label';
export const THEATRE_HIT_LAYERS = [THEATRE_OUTLINE_LAYER, THEATRE_LABEL_LAYER];

const active: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'selected'], false],
];

export function theatreLayers(): LayerSpecification[] {
  return [
    {
      id: 'theatre-selected-fill',
      type: 'fill',
      source: THEATRES_SOURCE,
      paint: { 'fill-color': '#24476b', 'fill-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.08, 0] },
    },
    {
      id: THEATRE_OUTLINE_LAYER,
      type: 'line',
      source: THEATRES_SOURCE,
      paint: {
        'line-color': '#24476b',
        'line-width': ['case', active, 3, 1.5],
        'line-opacity': 0.7,
        'line-dasharray': [4, 3],
      },
    },
    {
      id: THEATRE_LABEL_LAYER,
      type: 'symbol',
      source: THEATRES_SOURCE,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['Noto Sans Regular'],
        'text-size': 12,
        'text-letter-spacing': 0.08,
        'text-transform': 'uppercase',
        'symbol-placement': 'line',
        'text-offset': [0, -0.8],
      },
      paint: { 'text-color': '#24476b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
  ];
}
