import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Prisma 7's CLI downloads a native schema engine before every command (even `generate`), which is
// impossible offline. Point it at a stub that fails loudly: `prisma generate` then works, and any
// `prisma migrate` / `prisma db` command stops with a message naming our own scripts
// (npm run db:setup applies migrations, npm run db:make-migration writes new ones; README,
// "Migrations offline"). Setting it explicitly in the environment overrides this.
const rootDir = path.dirname(fileURLToPath(import.meta.url));
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(rootDir, 'prisma', 'engine-stub.mjs');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
  },
  datasource: {
    url: process.env.DATABASE_URL || 'file:./data/sitmap.db',
  },
});
