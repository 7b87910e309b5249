// Where the map takes its items from (pure): one GeoJSON source while the items are few, vector tiles
// from /api/tiles above a threshold (see docs/scale.md), with the same layers reading either.
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { CLUSTERS_LAYER, ITEMS_LAYER } from '@/lib/tiles/layers';
import { BASEMAP_FONT } from './basemap-style';
import { itemLayers, ITEMS_SOURCE } from './item-layers';
import type { ItemKind } from '@/lib/items/kinds';

/**
 * Above this many items the map switches to vector tiles. MapLibre's GeoJSON source in this
 * environment's headless Chromium takes about 0.5 s to be ready with 10k points and 3 s with 100k
 * (docs/benchmarks.md), and the whole collection must
 * first come over the wire; 20k keeps the plain source under about a second.
 */
export const TILES_THRESHOLD = 20_000;

export type ItemSourceMode = 'geojson' | 'tiles';

/**
 * The mode for this many items, unless the page asked for one (`?itemSource=geojson|tiles`, read once
 * when the dashboard opens): the browser benchmark compares both on the same data.
 */
export function itemSourceMode(itemCount: number, requested?: string | null): ItemSourceMode {
  if (requested === 'geojson' || requested === 'tiles') return requested;
  return itemCount > TILES_THRESHOLD ? 'tiles' : 'geojson';
}

/** Layer drawing the clusters of crowded tiles: a disc sized by its count, and the count. */
export const CLUSTER_LAYERS = { disc: 'item-clusters', count: 'item-cluster-counts' } as const;

/**
 * The tile URL template with the dashboard's filters (`filterQuery`, from lib/items/query-params.ts):
 * each set of filters is its own URL, so the tiles' HTTP caching stays right.
 */
function itemTilesUrl(origin: string, filterQuery: string): string {
  return `${origin.replace(/\/+$/, '')}/api/tiles/{z}/{x}/{y}${filterQuery ? `?${filterQuery}` : ''}`;
}

export function itemSource(mode: ItemSourceMode, origin: string, filterQuery = ''): SourceSpecification {
  if (mode === 'geojson') return { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' };
  // maxzoom 14: beyond it MapLibre overzooms the z14 tiles instead of asking for more.
  return { type: 'vector', tiles: [itemTilesUrl(origin, filterQuery)], minzoom: 0, maxzoom: 14 };
}

/** The item layers for the source: the same per-kind layers, reading the tiles' items layer, plus clusters. */
export function itemSourceLayers(mode: ItemSourceMode, hiddenKinds: readonly ItemKind[]): LayerSpecification[] {
  const layers = itemLayers(hiddenKinds);
  if (mode === 'geojson') return layers;
  const count: ExpressionSpecification = ['get', 'count'];
  return [
    ...layers.map((layer) => ({ ...layer, 'source-layer': ITEMS_LAYER }) as LayerSpecification),
    {
      id: CLUSTER_LAYERS.disc,
      type: 'circle',
      source: ITEMS_SOURCE,
      'source-layer': CLUSTERS_LAYER,
      paint: {
        'circle-color': '#5a6472',
        'circle-opacity': 0.75,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        'circle-radius': ['interpolate', ['linear'], ['sqrt', count], 1, 8, 100, 28],
      },
    },
    {
      id: CLUSTER_LAYERS.count,
      type: 'symbol',
      source: ITEMS_SOURCE,
      'source-layer': CLUSTERS_LAYER,
      layout: {
        'text-field': ['case', ['>=', count, 1000], ['concat', ['to-string', ['round', ['/', count, 1000]]], 'k'], ['to-string', count]],
        'text-font': [BASEMAP_FONT],
        'text-size': 11,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}
