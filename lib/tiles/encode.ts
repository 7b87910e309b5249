// Mapbox Vector Tile encoding (pure): GeoJSON features of one tile -> protobuf, with MapLibre's own
// geojson-vt (cutting, simplifying, projecting) and vt-pbf (writing), as its GeoJSON source does.
import { geoJSONToTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature } from 'geojson';
import type { TileCoordinates } from './tile-math';

export const TILE_EXTENT = 4096;
/** Tile pixels drawn beyond each edge, so lines and circles crossing it are not cut. */
export const TILE_BUFFER = 64;

/** One MVT (version 2) with a layer per non-empty entry of `layers`. */
export function encodeTile({ z, x, y }: TileCoordinates, layers: Record<string, Feature[]>): Uint8Array {
  const tiles = Object.fromEntries(
    Object.entries(layers).flatMap(([name, features]) => {
      if (features.length === 0) return [];
      const tile = geoJSONToTile({ type: 'FeatureCollection', features }, z, x, y, {
        extent: TILE_EXTENT,
        buffer: TILE_BUFFER,
        clip: true,
        wrap: true,
      });
      return tile ? [[name, tile]] : [];
    }),
  );
  return fromGeojsonVt(tiles, { version: 2, extent: TILE_EXTENT });
}
