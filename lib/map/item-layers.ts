// MapLibre layer specs for items, one family per kind (pure data). Precision, status and support are
// visible: approximate shapes are fainter with a blurred halo, claimed/reported ones are dashed or hollow,
// and those resting on a single source or one party's statement are drawn at lower opacity (the list,
// the table and the item's panel say it in words).
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { ITEM_KINDS, KIND_STYLES, type ItemKind } from '@/lib/items/kinds';
import { markerIconName, patternIconName } from './markers';

export const ITEMS_SOURCE = 'items';

const isPolygon: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const isLine: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const isPoint: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
const isShape: ExpressionSpecification = ['==', ['get', 'role'], 'shape'];
const highlighted: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'hover'], false],
  ['boolean', ['feature-state', 'selected'], false],
];
const dashed: ExpressionSpecification = ['case', ['get', 'unverified'], ['literal', [2, 1.5]], ['literal', [1, 0]]];
/** Opacity factor of items not corroborated by two independent outlets. */
export const WEAK_SUPPORT_OPACITY = 0.5;
const supportFactor: ExpressionSpecification = ['case', ['==', ['get', 'support'], 'corroborated'], 1, WEAK_SUPPORT_OPACITY];
const byPrecision = (exact: number, approximate: number, region: number): ExpressionSpecification => [
  'match',
  ['get', 'precision'],
  'exact',
  exact,
  'approximate',
  approximate,
  region,
];

export function kindLayerIds(kind: ItemKind) {
  const prefix = `item-${kind}`;
  return {
    fill: `${prefix}-fill`,
    outline: `${prefix}-outline`,
    line: `${prefix}-line`,
    halo: `${prefix}-halo`,
    ring: `${prefix}-ring`,
    point: `${prefix}-point`,
    endpoint: `${prefix}-endpoint`,
  };
}

function kindLayers(kind: ItemKind, visible = true): LayerSpecification[] {
  const color = KIND_STYLES[kind].color;
  const ids = kindLayerIds(kind);
  const ofKind: ExpressionSpecification = ['==', ['get', 'kind'], kind];
  const layout = { visibility: visible ? 'visible' : 'none' } as const;
  return [
    {
      id: ids.fill,
      type: 'fill',
      source: ITEMS_SOURCE,
      filter: ['all', ofKind, isPolygon],
      layout,
      paint: {
        'fill-pattern': patternIconName(kind),
        'fill-opacity': ['case', highlighted, 1, ['*', supportFactor, byPrecision(0.8, 0.55, 0.35)]],
      },
    },
    {
      id: ids.outline,
      type: 'line',
      source: ITEMS_SOURCE,
      filter: ['all', ofKind, isPolygon],
      layout: { ...layout, 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-width': ['case', highlighted, 3, 1.5],
        'line-opacity': ['case', highlighted, 1, supportFactor],
        'line-dasharray': dashed,
      },
    },
    {
      id: ids.line,
      type: 'line',
      source: ITEMS_SOURCE,
      filter: ['all', ofKind, isLine],
      layout: { ...layout, 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': color,
        'line-width': ['case', highlighted, 5, 3],
        'line-opacity': ['case', highlighted, 1, ['*', supportFactor, byPrecision(0.95, 0.75, 0.6)]],
        'line-dasharray': dashed,
      },
    },
    {
      id: ids.halo,
      type: 'circle',
      source: ITEMS_SOURCE,
      filter: ['all', ofKind, isPoint, isShape, ['!=', ['get', 'precision'], 'exact']],
      layout,
      paint: { 'circle-color': color, 'circle-radius': 22, 'circle-opacity': 0.25, 'circle-blur': 0.8 },
    },
    {
      // Hover/selection ring: feature-state only reaches paint properties, not the icon's size.
      id: ids.ring,
      type: 'circle',
      source: ITEMS_SOURCE,
      filter: ['all', ofKind, isPoint],
      layout,
      paint: {
        'circle-radius': 15,
        'circle-color': color,
        'circle-opacity': ['case', highlighted, 0.3, 0],
        'circle-stroke-color': color,
        'circle-stroke-width': 2,
        'circle-stroke-opacity': ['case', highlighted, 1, 0],
      },
    },
    {
      id: ids.point,
      type: 'symbol',
      source: ITEMS_SOURCE,
      filter: ['all', ofKind, isPoint, isShape],
      layout: {
        ...layout,
        'icon-image': ['case', ['get', 'unverified'], markerIconName(kind, true), markerIconName(kind, false)],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: { 'icon-opacity': ['case', highlighted, 1, supportFactor] },
    },
    {
      // Arc ends carry the kind's shape too, so a deployment and a call differ by more than colour.
      id: ids.endpoint,
      type: 'symbol',
      source: ITEMS_SOURCE,
      filter: ['all', ofKind, ['==', ['get', 'role'], 'endpoint']],
      layout: {
        ...layout,
        'icon-image': markerIconName(kind, false),
        'icon-size': 0.6,
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
  ];
}

export function itemLayers(hiddenKinds: readonly ItemKind[] = []): LayerSpecification[] {
  return ITEM_KINDS.flatMap((kind) => kindLayers(kind, !hiddenKinds.includes(kind)));
}

/** Every clickable item layer, top-most first, for queryRenderedFeatures. */
export function interactiveItemLayerIds(): string[] {
  return ITEM_KINDS.flatMap((kind) => Object.values(kindLayerIds(kind))).reverse();
}
