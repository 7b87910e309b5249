// A static pyramid of vector tiles cut from GeoJSON layers (pure): every tile z0..maxZoom, as MapLibre's
// own GeoJSON source would cut it (geojson-vt: clipping, per-zoom simplification, antimeridian wrap),
// encoded with vt-pbf. Empty tiles are kept (zero bytes) so that every URL of the pyramid answers.
import { GeoJSONVT } from '@maplibre/geojson-vt';
import type { GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { TILE_BUFFER, TILE_EXTENT } from './encode';
import type { TileCoordinates } from './tile-math';

/** MapLibre draws a vector tile 512 px wide. */
const TILE_SIZE_PX = 512;

export interface PyramidOptions {
  maxZoom: number;
  /** Douglas-Peucker tolerance at every zoom, in screen pixels. */
  simplifyPx: number;
}

export interface PyramidTile extends TileCoordinates {
  /** The MVT (version 2); empty when no layer has a feature in the tile. */
  data: Uint8Array;
}

/** Every tile of zooms 0..maxZoom, zoom by zoom, with one source layer per entry of `layers`. */
export function* tilePyramid<Name extends string>(
  layers: Record<Name, FeatureCollection>,
  { maxZoom, simplifyPx }: PyramidOptions,
): Generator<PyramidTile> {
  const indexes = (Object.entries(layers) as Array<[Name, FeatureCollection]>).map(
    ([name, collection]) =>
      [
        name,
        new GeoJSONVT(collection, {
          maxZoom,
          indexMaxZoom: maxZoom,
          extent: TILE_EXTENT,
          buffer: TILE_BUFFER,
          tolerance: (simplifyPx * TILE_EXTENT) / TILE_SIZE_PX,
        }),
      ] as const,
  );
  for (let z = 0; z <= maxZoom; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const tiles: Record<string, GeoJSONVTTile> = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) tiles[name] = tile;
        }
        yield { z, x, y, data: fromGeojsonVt(tiles, { version: 2, extent: TILE_EXTENT }) };
      }
    }
  }
}
