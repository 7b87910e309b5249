import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { internalBoundaries } from './admin1';

function square(country: string, x: number, y: number): FeatureCollection<Polygon, { adm0_a3: string }>['features'][number] {
  return {
    type: 'Feature',
    properties: { adm0_a3: country },
    geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] },
  };
}

const collection = (...features: ReturnType<typeof square>[]): FeatureCollection<Polygon, { adm0_a3: string }> => ({ type: 'FeatureCollection', features });

describe('internalBoundaries', () => {
  it('draws the edge two subdivisions of one country share, once, and not their coasts', () => {
    const lines = internalBoundaries(collection(square('UKR', 0, 0), square('UKR', 1, 0)), { tolerance: 0 }).coordinates;
    expect(lines).toEqual([[[1, 0], [1, 1]]]);
  });

  it('leaves out an edge between two countries (the country borders draw it)', () => {
    expect(internalBoundaries(collection(square('UKR', 0, 0), square('RUS', 1, 0)), { tolerance: 0 }).coordinates).toEqual([]);
  });
});
