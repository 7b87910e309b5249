import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from './migrate';
import { diagnoseMigrationHistory, diffMigrationsAgainstSchema } from './schema-diff';

const tempDirs: string[] = [];

function makeTempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-schema-diff-test-'));
  tempDirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of prisma/schema.prisma with one more model, in a temp dir. */
function schemaWithExtraModel(): string {
  const schemaPath = path.join(makeTempDir(), 'schema.prisma');
  const extra = '\nmodel Extra {\n  id Int @id @default(autoincrement())\n}\n';
  fs.writeFileSync(schemaPath, fs.readFileSync('prisma/schema.prisma', 'utf8') + extra);
  return schemaPath;
}

describe('diffMigrationsAgainstSchema', () => {
  it('finds nothing to migrate: the committed migrations produce exactly prisma/schema.prisma', async () => {
    expect(await diffMigrationsAgainstSchema()).toBe('');
  });

  it('returns the SQL for what the schema has and the migrations lack', async () => {
    const sql = await diffMigrationsAgainstSchema({ schemaPath: schemaWithExtraModel() });

    expect(sql).toContain('CREATE TABLE "Extra"');
    expect(sql).not.toContain('CREATE TABLE "Item"');
  });
});

describe('diagnoseMigrationHistory', () => {
  it('sees a database migrated by applyMigrations as up to date, as Prisma would', async () => {
    const dbFile = path.join(makeTempDir(), 'test.db');
    applyMigrations(dbFile);

    expect(await diagnoseMigrationHistory(dbFile)).toEqual({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });
  });
});
