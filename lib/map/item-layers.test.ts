import { describe, expect, it } from 'vitest';
import { expression, latest, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { ITEM_KINDS } from '@/lib/items/kinds';
import { interactiveItemLayerIds, itemLayers, kindLayerIds, ITEMS_SOURCE, WEAK_SUPPORT_OPACITY } from './item-layers';

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

  it('draw a point resting on a single source or one party fainter than a corroborated one', () => {
    const point = itemLayers().find((layer) => layer.id === kindLayerIds('strike').point);
    const paint = point && 'paint' in point ? (point.paint as Record<string, unknown>) : {};
    const opacity = expression.createExpression(paint['icon-opacity'], 'icon-opacity', latest.paint_symbol['icon-opacity'] as StylePropertySpecification);
    if (opacity.result !== 'success') throw new Error('icon-opacity is not an expression');
    const at = (support: string) =>
      opacity.value.evaluate({ zoom: 5 }, { type: 'Point', properties: { support }, geometry: [] } as never, {});
    expect([at('corroborated'), at('single-source'), at('one-party')]).toEqual([1, WEAK_SUPPORT_OPACITY, WEAK_SUPPORT_OPACITY]);
  });
});
