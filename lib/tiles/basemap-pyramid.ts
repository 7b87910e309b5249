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

/** A source layer of the tiles of zooms minZoom..maxZoom (a name may come back for other zooms). */
export interface PyramidLayer<Name extends string = string> {
  name: Name;
  minZoom: number;
  maxZoom: number;
  data: FeatureCollection;
}

export interface PyramidOptions {
  maxZoom: number;
  /** Douglas-Peucker tolerance at every zoom, in screen pixels. */
  simplifyPx: number;
}

export interface PyramidTile extends TileCoordinates {
  /** The MVT (version 2); empty when no layer has a feature in the tile. */
  data: Uint8Array;
}

/** Every tile of zooms 0..maxZoom, zoom by zoom, with the layers whose zooms include the tile's. */
export function* tilePyramid(layers: readonly PyramidLayer[], { maxZoom, simplifyPx }: PyramidOptions): Generator<PyramidTile> {
  for (let z = 0; z <= maxZoom; z++) {
    const names = layers.filter((layer) => layer.minZoom <= z && z <= layer.maxZoom).map((layer) => layer.name);
    if (new Set(names).size !== names.length) throw new Error(`basemap pyramid: two layers named alike at zoom ${z}`);
  }
  const indexes = layers.map((layer) => ({
    layer,
    index: new GeoJSONVT(layer.data, {
      maxZoom: layer.maxZoom,
      indexMaxZoom: layer.maxZoom,
      extent: TILE_EXTENT,
      buffer: TILE_BUFFER,
      tolerance: (simplifyPx * TILE_EXTENT) / TILE_SIZE_PX,
    }),
  }));
  for (let z = 0; z <= maxZoom; z++) {
    const atZoom = indexes.filter(({ layer }) => layer.minZoom <= z && z <= layer.maxZoom);
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const tiles: Record<string, GeoJSONVTTile> = {};
        for (const { layer, index } of atZoom) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) tiles[layer.name] = tile;
        }
        yield { z, x, y, data: fromGeojsonVt(tiles, { version: 2, extent: TILE_EXTENT }) };
      }
    }
  }
}
