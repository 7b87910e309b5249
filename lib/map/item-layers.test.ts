import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { ITEM_KINDS } from '@/lib/items/kinds';
import { interactiveItemLayerIds, itemLayers, kindLayerIds, ITEMS_SOURCE } from './item-layers';

function styleWith(layers = itemLayers()) {
  return {
    version: 8 as const,
    sources: { [ITEMS_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } },
    layers,
  };
}

describe('item layers', () => {
  it('form a valid MapLibre style', () => {
    expect(validateStyleMin(styleWith())).toEqual([]);
  });

  it('give every kind its own family of layers', () => {
    const ids = itemLayers().map((layer) => layer.id);
    for (const kind of ITEM_KINDS) {
      expect(ids).toEqual(expect.arrayContaining(Object.values(kindLayerIds(kind))));
    }
  });

  it('hide exactly the layers of a hidden kind', () => {
    const hidden = itemLayers(['strike']).filter((layer) => layer.layout?.visibility === 'none');
    expect(hidden.map((layer) => layer.id).sort()).toEqual(Object.values(kindLayerIds('strike')).sort());
  });

  it('list every item layer as interactive', () => {
    expect(interactiveItemLayerIds().sort()).toEqual(itemLayers().map((layer) => layer.id).sort());
  });
});
