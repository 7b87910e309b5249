import type { NextConfig } from 'next';
import { MAX_IMPORT_BYTES } from './lib/import/limits';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ['better-sqlite3', 'pg'],
  experimental: {
    // The proxy (proxy.ts) buffers request bodies and silently cuts them at 10 MB by default: let an
    // import file through whole, plus one byte so a larger one still reaches the route's 413.
    proxyClientMaxBodySize: MAX_IMPORT_BYTES + 1,
  },
};

export default nextConfig;
