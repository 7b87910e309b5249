import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // '@/lib/x' -> <repo>/lib/x, as in tsconfig.json (does not touch '@prisma/...' and other scopes).
    // 'server-only' throws outside React Server Components; tests import server modules directly.
    alias: {
      '@': path.dirname(fileURLToPath(import.meta.url)),
      'server-only': path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'scripts/**/*.test.ts', 'app/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    // beforeAll hooks migrate and seed a real database (on PostgreSQL: create it first): seconds on a
    // loaded CI machine, more than vitest's 10 s default allows.
    hookTimeout: 60000,
  },
});
