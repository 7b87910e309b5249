// Development-only access to Prisma's schema engine compiled to WebAssembly
// (@prisma/schema-engine-wasm, an internal Prisma package pinned to an exact pre-release), driven
// through the better-sqlite3 or pg driver adapter. Prisma 7's CLI only runs the native engine, which
// cannot be downloaded offline (README, "Migrations offline").
//
// Used by scripts/make-migration.ts and by tests; never import it from the app or the install/start
// path (its dependencies are devDependencies).
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type * as EngineModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DiagnoseMigrationHistoryOutput, MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from './migrate';
import { applyPostgresMigrations, POSTGRES_MIGRATIONS_DIR } from './migrate-postgres';
import { createPostgresDatabase } from './postgres-databases';

const DEFAULT_SCHEMA_PATH = 'prisma/schema.prisma';
/** Derived from prisma/schema.prisma by scripts/postgres-schema.mjs (npm install runs it). */
export const POSTGRES_SCHEMA_PATH = 'prisma/postgres/schema.prisma';

/**
 * Tables made by hand-written migrations that Prisma cannot model, with their shadow tables: the FTS5
 * search index (item_search; on PostgreSQL a plain table of tsvectors) and the R*Tree over items'
 * bboxes (ItemBBox, SQLite only). Without this the engine would propose to drop them; their triggers
 * and functions are not reported by the engine. Exactly these names.
 */
const RAW_SQL_TABLES = [
  'item_search',
  'item_search_config',
  'item_search_content',
  'item_search_data',
  'item_search_docsize',
  'item_search_idx',
  'ItemBBox',
  'ItemBBox_node',
  'ItemBBox_parent',
  'ItemBBox_rowid',
];

/** PostgreSQL's engine wants schema-qualified names; SQLite's, bare ones. */
function filtersFor(database: EngineDatabase) {
  const externalTables = database.kind === 'postgres' ? RAW_SQL_TABLES.map((table) => `public.${table}`) : RAW_SQL_TABLES;
  return { externalTables, externalEnums: [] };
}

let enginePromise: Promise<typeof EngineModule> | undefined;

// The package entry (schema_engine.js) imports the .wasm file as an ES module, which Node 20 only
// supports behind --experimental-wasm-modules; so load its JS glue and instantiate the wasm here.
function loadEngineModule(): Promise<typeof EngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    // Imported by file URL: a bare specifier in a dynamic import() fails in some loaders (tsx, when a
    // CommonJS-compiled .ts file is loaded from an ES module).
    const glue = (await import(pathToFileURL(gluePath).href)) as typeof EngineModule;
    const bytes = fs.readFileSync(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, {
      './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return enginePromise;
}

type SchemaFile = { path: string; content: string };

function readSchema(schemaPath: string): SchemaFile {
  const absolute = path.resolve(process.cwd(), schemaPath);
  return { path: absolute, content: fs.readFileSync(absolute, 'utf8') };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * A pg pool whose results call PostgreSQL's one-byte `"char"` columns text: the engine's introspection
 * reads catalog columns of that type (pg_class.relkind...), which @prisma/adapter-pg 7.10 cannot map
 * ("Column type 'char' could not be deserialized"). Their values already arrive as one-letter strings.
 */
function catalogReadingPool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl });
  // The adapter only calls query(config) and awaits it.
  const query = pool.query.bind(pool) as (config: pg.QueryConfig) => Promise<pg.QueryResult>;
  pool.query = (async (config: pg.QueryConfig) => {
    const result = await query(config);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  }) as typeof pool.query;
  return pool;
}

/** A database the engine connects to: a SQLite file or a PostgreSQL URL. */
type EngineDatabase = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

/** Runs `fn` with a schema engine connected to `database`. */
async function withEngine<T>(database: EngineDatabase, schema: SchemaFile, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  let pool: pg.Pool | undefined;
  const adapter = bindMigrationAwareSqlAdapterFactory(
    database.kind === 'sqlite'
      ? new PrismaBetterSqlite3({ url: `file:${database.file}` })
      : new PrismaPg((pool = catalogReadingPool(database.url))),
  );
  const logs: string[] = [];
  const engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, (line: string) => logs.push(line), adapter);
  try {
    return await fn(engine);
  } catch (error) {
    // Engine errors are plain objects or strings; make them readable Errors.
    const message = error instanceof Error ? error.message : typeof error === 'string' ? error : JSON.stringify(error);
    throw new Error(`Prisma schema engine: ${message}`, { cause: error });
  } finally {
    engine.free();
    // Ours to close: the adapter does not end a pool it is given.
    await pool?.end();
  }
}

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitmap-schema-diff-'));
  try {
    return await fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the committed migrations are replayed for a diff: SQLite, or a server PostgreSQL databases can be made on. */
export type DiffTarget = { kind: 'sqlite' } | { kind: 'postgres'; serverUrl: string };

/** Runs `fn` on a fresh database of the target's kind, removed afterwards. */
async function withScratchDatabase<T>(target: DiffTarget, fn: (database: EngineDatabase) => Promise<T>): Promise<T> {
  if (target.kind === 'postgres') {
    const database = await createPostgresDatabase(target.serverUrl, 'sitmap_shadow');
    try {
      return await fn({ kind: 'postgres', url: database.url });
    } finally {
      await database.drop();
    }
  }
  return withTempDir((dir) => fn({ kind: 'sqlite', file: path.join(dir, 'shadow.db') }));
}

/**
 * Applies the committed migrations to a scratch database (SQLite by default, or PostgreSQL) and diffs
 * it against the Prisma schema of that database. Returns the SQL script that would bring the
 * migrations in line with the schema (what `prisma migrate dev --create-only` would write), or ''
 * when they are in sync.
 */
export async function diffMigrationsAgainstSchema(
  options: { schemaPath?: string; migrationsDir?: string; target?: DiffTarget } = {},
): Promise<string> {
  const target = options.target ?? { kind: 'sqlite' };
  const onPostgres = target.kind === 'postgres';
  const schema = readSchema(options.schemaPath ?? (onPostgres ? POSTGRES_SCHEMA_PATH : DEFAULT_SCHEMA_PATH));
  const migrationsDir = path.resolve(process.cwd(), options.migrationsDir ?? (onPostgres ? POSTGRES_MIGRATIONS_DIR : DEFAULT_MIGRATIONS_DIR));
  return withScratchDatabase(target, async (database) => {
    if (fs.existsSync(migrationsDir)) {
      if (database.kind === 'postgres') await applyPostgresMigrations(database.url, migrationsDir);
      else applyMigrations(database.file, migrationsDir);
    }
    const result = await withEngine(database, schema, (engine) =>
      engine.diff({
        from: { tag: 'schemaDatasource', files: [schema], configDir: process.cwd() },
        to: { tag: 'schemaDatamodel', files: [schema] },
        script: true,
        exitCode: true,
        filters: filtersFor(database),
      }),
    );
    // With exitCode: true the engine answers 2 when there is a difference, 0 when there is none
    // (its script is then just "-- This is an empty migration.").
    return result.exitCode === 0 ? '' : (result.stdout ?? '');
  });
}

/** Reads migrationsDir the way Prisma's CLI passes it to the engine. */
function readMigrationList(migrationsDir: string): MigrationList {
  const baseDir = path.resolve(process.cwd(), migrationsDir);
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: fs
      .readdirSync(baseDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .map((name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: { tag: 'ok' as const, value: fs.readFileSync(path.join(baseDir, name, 'migration.sql'), 'utf8') },
        },
      })),
  };
}

/**
 * Prisma's own view (`prisma migrate status`) of the migration history of the SQLite file dbFile
 * against migrationsDir: `history: null` and no failed/edited names means up to date.
 */
export async function diagnoseMigrationHistory(
  dbFile: string,
  options: { schemaPath?: string; migrationsDir?: string } = {},
): Promise<DiagnoseMigrationHistoryOutput> {
  const schema = readSchema(options.schemaPath ?? DEFAULT_SCHEMA_PATH);
  const migrationsList = readMigrationList(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  return withEngine({ kind: 'sqlite', file: dbFile }, schema, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: filtersFor({ kind: 'sqlite', file: dbFile }) }),
  );
}
