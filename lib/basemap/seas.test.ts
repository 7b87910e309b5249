import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadCountries } from '@/lib/geo/countries';
import { DETAILED } from './layers';
import { SEA_NAMES, seaLabels } from './seas';

function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('SEA_NAMES', () => {
  it('places every name on water in the 1:10m coastline', () => {
    const countries = loadCountries(DETAILED);
    const onLand = SEA_NAMES.filter(([, , lng, lat]) =>
      countries.some((c) => {
        const parts = c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates;
        // Unwrapped geometry: try the point on both sides of the antimeridian.
        return parts.some((rings) => [lng, lng + 360, lng - 360].some((x) => inRing([x, lat], rings[0]) && !rings.slice(1).some((hole) => inRing([x, lat], hole))));
      }),
    );
    expect(onLand.map(([name]) => name)).toEqual([]);
  }, 60_000);

  it('names each body in English and French', () => {
    const black = seaLabels().features.find((f) => f.properties.name === 'Black Sea');
    expect(black?.properties).toEqual({ name: 'Black Sea', name_fr: 'Mer Noire', minzoom: 3 });
  });
});
