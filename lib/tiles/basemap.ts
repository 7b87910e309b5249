// What the basemap's vector tiles hold and where they are served (pure: shared by the build, which
// writes them, and the map style, which reads them).

/** Source layers of a basemap tile, one per layer of lib/geo/basemap.ts. */
export const BASEMAP_TILE_LAYERS = ['countries', 'borders', 'coastline', 'labels'] as const;
export type BasemapTileLayer = (typeof BASEMAP_TILE_LAYERS)[number];

/**
 * Deepest zoom of the static pyramid; MapLibre overzooms these tiles beyond it. At z5 a tile unit is
 * about 0.003° and the simplification below about 0.01°, finer than the 50m data as simplified by
 * lib/geo/countries.ts (0.03°, coordinates rounded to 0.01°): deeper tiles would add files, not detail.
 */
export const BASEMAP_TILES_MAX_ZOOM = 5;

/** Where the pyramid is served from (public/basemap/tiles, built by `npm run basemap`). */
export const BASEMAP_TILES_PATH = '/basemap/tiles/{z}/{x}/{y}.pbf';

/**
 * Simplification of the basemap's shapes per zoom, in screen pixels (512 px tiles): the same for the
 * prebuilt tiles and for the GeoJSON sources MapLibre tiles itself, so both look alike.
 */
export const BASEMAP_SIMPLIFY_PX = 0.5;
