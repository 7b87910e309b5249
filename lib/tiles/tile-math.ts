// Web Mercator tile coordinates (pure): which part of the world a tile {z}/{x}/{y} covers.
import { z } from 'zod';
import type { BBox } from '@/lib/items/types';

const MAX_TILE_ZOOM = 22;

export interface TileCoordinates {
  z: number;
  x: number;
  y: number;
}

const tileNumber = (name: string) => z.string().regex(/^\d+$/, `${name} must be a whole number`).transform(Number);

/** z/x/y path parameters; x and y must lie within the 2^z × 2^z tiles of zoom z. */
export const tileCoordinatesSchema = z
  .object({ z: tileNumber('z').pipe(z.number().max(MAX_TILE_ZOOM, `z must be at most ${MAX_TILE_ZOOM}`)), x: tileNumber('x'), y: tileNumber('y') })
  .refine((tile) => tile.x < 2 ** tile.z, { message: 'x must be below 2^z', path: ['x'] })
  .refine((tile) => tile.y < 2 ** tile.z, { message: 'y must be below 2^z', path: ['y'] });

const lngOf = (x: number, zoom: number) => (x / 2 ** zoom) * 360 - 180;
const latOf = (y: number, zoom: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** zoom))) * 180) / Math.PI;

/**
 * [west, south, east, north] of a tile, grown on every side by `buffer` (a fraction of the tile's
 * size, as geojson-vt's buffer) so shapes crossing the edge are drawn in both tiles. Longitudes may
 * leave -180..180 at the world's edge; latitudes stop at the Mercator limit.
 */
export function tileBBox({ z: zoom, x, y }: TileCoordinates, buffer = 0): BBox {
  return [
    lngOf(x - buffer, zoom),
    Math.max(-85.0511287798, latOf(y + 1 + buffer, zoom)),
    lngOf(x + 1 + buffer, zoom),
    Math.min(85.0511287798, latOf(y - buffer, zoom)),
  ];
}

/** The tile of zoom `zoom` that holds a longitude/latitude. */
export function tileAt([lng, lat]: readonly [number, number], zoom: number): TileCoordinates {
  const n = 2 ** zoom;
  const rad = (lat * Math.PI) / 180;
  const clamp = (value: number) => Math.min(n - 1, Math.max(0, Math.floor(value)));
  return {
    z: zoom,
    x: clamp(((lng + 180) / 360) * n),
    y: clamp(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n),
  };
}
