// What the basemap's vector tiles hold and where they are served (pure: shared by the build, which
// writes them, and the map style, which reads them).

/** Source layers of a basemap tile (lib/basemap/layers.ts builds them). */
export const BASEMAP_TILE_LAYERS = [
  'countries',
  'borders',
  'coastline',
  'labels',
  'lakes',
  'rivers',
  'regions',
  'region_labels',
  'seas',
  'places',
] as const;
export type BasemapTileLayer = (typeof BASEMAP_TILE_LAYERS)[number];

/**
 * The two static pyramids (public/basemap/<name>/{z}/{x}/{y}.pbf, built by `npm run basemap`):
 * - reference: what the app draws, 1:10m from zoom 5, subdivisions, places, seas, rivers; tiles to
 *   zoom 8, which MapLibre overzooms to 10 and beyond (its places carry the zoom they show from);
 * - plain: the basemap of earlier versions (1:50m countries and names, zooms 0-5), the benchmark's
 *   baseline (`?basemap=plain`).
 */
export const BASEMAPS = {
  reference: { maxZoom: 8 },
  plain: { maxZoom: 5 },
} as const;
export type BasemapName = keyof typeof BASEMAPS;

/**
 * Each pyramid's content hash, written by `npm run basemap` to this file: next.config.ts serves the pyramid
 * under it too (`/basemap/<hash>/<name>/…`, cached for a year, immutable: new tiles get a new URL) and
 * inlines the hashes in the bundles as SITMAP_BASEMAP_VERSIONS, which the map style reads.
 */
export const BASEMAP_VERSIONS_FILE = 'public/basemap/versions.json';
export type BasemapVersions = Partial<Record<BasemapName, string>>;

/** The hashes inlined at build time; none before a basemap build (tests, a fresh checkout). */
function builtBasemapVersions(): BasemapVersions {
  return JSON.parse(process.env.SITMAP_BASEMAP_VERSIONS || '{}') as BasemapVersions;
}

/** The URL prefix of a pyramid: with its content hash when it has one. */
export function basemapPrefix(name: BasemapName, versions: BasemapVersions = builtBasemapVersions()): string {
  const version = versions[name];
  return version ? `/basemap/${version}/${name}` : `/basemap/${name}`;
}

/** Where a pyramid's tiles are served from. */
export function basemapTilesPath(name: BasemapName, versions?: BasemapVersions): string {
  return `${basemapPrefix(name, versions)}/{z}/{x}/{y}.pbf`;
}

/**
 * Simplification of the basemap's shapes per zoom, in screen pixels (512 px tiles), on top of the
 * simplification of the source data (lib/geo/countries.ts).
 */
export const BASEMAP_SIMPLIFY_PX = 0.5;
