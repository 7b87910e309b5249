import { randomUUID } from 'node:crypto';
import type { NextConfig } from 'next';
import { TEST_BUILD_ID_PREFIX } from './scripts/test-build';
import { MAX_IMPORT_BYTES } from './lib/import/limits';

/**
 * The basemap's vector tiles and glyphs under public/ change only when the app is rebuilt, but their
 * URLs carry no version: a day fresh, then revalidated by ETag in the background for a week.
 */
const STATIC_MAP_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A test build (`npm run build:test`) keeps handles on the live maps (components/map/test-hooks.ts);
  // its id says so, and the browser tests' and benchmark's servers refuse any other build.
  generateBuildId: async () => (process.env.NEXT_PUBLIC_SITMAP_TEST_HOOKS === '1' ? `${TEST_BUILD_ID_PREFIX}${randomUUID()}` : null),
  // better-sqlite3 (a native addon) and pg (optional native bindings): loaded from node_modules at run time, not bundled.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  async headers() {
    return [
      {
        source: '/basemap/:path*',
        headers: [
          { key: 'Cache-Control', value: STATIC_MAP_CACHE_CONTROL },
          // The registered media type of Mapbox Vector Tiles (public files are served by extension otherwise).
          { key: 'Content-Type', value: 'application/vnd.mapbox-vector-tile' },
        ],
      },
      { source: '/fonts/:path*', headers: [{ key: 'Cache-Control', value: STATIC_MAP_CACHE_CONTROL }] },
    ];
  },
  experimental: {
    // The proxy (proxy.ts) buffers request bodies and silently cuts them at 10 MB by default: let an
    // import file through whole, plus one byte so a larger one still reaches the route's 413.
    proxyClientMaxBodySize: MAX_IMPORT_BYTES + 1,
  },
};

export default nextConfig;
