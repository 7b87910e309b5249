// npm run db:setup (also the first step of npm start): applies pending migrations to DATABASE_URL
// (default file:./data/sitmap.db), then seeds the article's items if the database is empty.
// Replaces `prisma migrate deploy`, whose native schema engine cannot be downloaded offline.
import { createDb } from '../lib/db/create-client';
import { applyMigrations, DEFAULT_DATABASE_URL, resolveSqlitePath } from '../lib/db/migrate';
import { seedDatabase } from '../prisma/seed/seed';

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const dbFile = resolveSqlitePath(databaseUrl);
  const applied = applyMigrations(dbFile);
  console.log(
    applied.length ? `Applied ${applied.length} migration(s) to ${dbFile}: ${applied.join(', ')}` : `Database ${dbFile} is up to date.`,
  );
  const db = createDb(databaseUrl);
  try {
    const result = await seedDatabase(db);
    console.log(
      result.seeded
        ? `Seeded ${result.items} items, ${result.regions} regions and ${result.excerpts} excerpts from the article.`
        : 'Database already has data: not seeding.',
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`Database setup failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error('The database was left as it was before this step.');
  process.exit(1);
});
