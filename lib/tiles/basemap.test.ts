import { describe, expect, it } from 'vitest';
import { basemapTilesPath } from './basemap';

describe('basemapTilesPath', () => {
  it("puts the pyramid under its content hash when the build recorded one", () => {
    expect(basemapTilesPath('reference', { reference: '0123456789ab' })).toBe('/basemap/0123456789ab/reference/{z}/{x}/{y}.pbf');
  });

  it('serves a pyramid without a recorded hash at its plain path', () => {
    expect(basemapTilesPath('plain', { reference: '0123456789ab' })).toBe('/basemap/plain/{z}/{x}/{y}.pbf');
  });
});
