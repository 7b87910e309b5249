import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { NextConfig } from 'next';
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './lib/security/headers';
import { BASEMAP_VERSIONS_FILE, basemapPrefix, type BasemapName, type BasemapVersions } from './lib/tiles/basemap';
import { TEST_BUILD_ID_PREFIX } from './scripts/test-build';

/**
 * The glyphs, and the basemap's tiles at their unversioned URLs, under public/ change only when the app
 * is rebuilt, but those URLs carry no version: a day fresh, then revalidated by ETag in the background
 * for a week.
 */
const STATIC_MAP_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';
/** A pyramid under its content hash (what the map style asks for): new tiles get a new URL. */
const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

// Written by `npm run basemap`, which `npm run build` runs first.
const basemapVersions: BasemapVersions = existsSync(BASEMAP_VERSIONS_FILE) ? JSON.parse(readFileSync(BASEMAP_VERSIONS_FILE, 'utf8')) : {};
/** The security headers of the API's answers, which the proxy (proxy.ts) does not see. */
const API_HEADERS = [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }, ...Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }))];
const versionedBasemaps = (Object.keys(basemapVersions) as BasemapName[]).map((name) => ({ name, prefix: basemapPrefix(name, basemapVersions) }));

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A test build (`npm run build:test`) keeps handles on the live maps (components/map/test-hooks.ts);
  // its id says so, and the browser tests' and benchmark's servers refuse any other build.
  generateBuildId: async () => (process.env.NEXT_PUBLIC_SITMAP_TEST_HOOKS === '1' ? `${TEST_BUILD_ID_PREFIX}${randomUUID()}` : null),
  // better-sqlite3 (a native addon) and pg (optional native bindings): loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  // Inlined in the bundles: the map style's tile URLs (lib/tiles/basemap.ts).
  env: { SITMAP_BASEMAP_VERSIONS: JSON.stringify(basemapVersions) },
  async rewrites() {
    return versionedBasemaps.map(({ name, prefix }) => ({ source: `${prefix}/:path*`, destination: `/basemap/${name}/:path*` }));
  },
  async headers() {
    return [
      { source: '/api/:path*', headers: API_HEADERS },
      { source: '/ogc/:path*', headers: API_HEADERS },
      { source: '/ogc', headers: API_HEADERS },
      {
        source: '/basemap/:path*',
        headers: [
          { key: 'Cache-Control', value: STATIC_MAP_CACHE_CONTROL },
          // The registered media type of Mapbox Vector Tiles (public files are served by extension otherwise).
          { key: 'Content-Type', value: 'application/vnd.mapbox-vector-tile' },
        ],
      },
      // After the rule above, which also matches: the later value wins.
      ...versionedBasemaps.map(({ prefix }) => ({ source: `${prefix}/:path*`, headers: [{ key: 'Cache-Control', value: IMMUTABLE_CACHE_CONTROL }] })),
      { source: '/fonts/:path*', headers: [{ key: 'Cache-Control', value: STATIC_MAP_CACHE_CONTROL }] },
    ];
  },
};

export default nextConfig;
