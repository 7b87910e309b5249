// npm run db:setup (also the first step of npm start): applies pending migrations to DATABASE_URL
// (default file:./data/sitmap.db; a postgres:// URL for PostgreSQL), then seeds the article's items if the database is empty.
// Then runs the data migrations SQL cannot compute: the stored item shapes normalised as the write path
// now stores them (lib/items/normalise-stored.ts, once), and the region membership of regions it was not
// computed for (ItemRegion: after the migration that added it, existing items get their rows here).
// Replaces `prisma migrate deploy`, whose native schema engine cannot be downloaded offline.
// On a database without any admin it creates "admin": with SITMAP_FIRST_ADMIN_PASSWORD when that is
// set (the browser tests do), otherwise with a random password printed here, once.
import { ensureFirstAdmin } from '../lib/auth/accounts';
import { createDb } from '../lib/db/create-client';
import { configuredDatabaseUrl, redactDatabaseUrl } from '../lib/db/config';
import { migrateDatabase } from '../lib/db/migrate';
import { ensureShapesNormalised } from '../lib/items/normalise-stored';
import { ensureRegionMembership } from '../lib/regions/membership';
import { seedDatabase } from '../prisma/seed/seed';

/** Placing or normalising a million existing items takes minutes; the default 5 s would cut it off. */
const MEMBERSHIP_TIMEOUT_MS = 60 * 60_000;

async function main(): Promise<void> {
  const databaseUrl = configuredDatabaseUrl();
  const name = redactDatabaseUrl(databaseUrl);
  const applied = await migrateDatabase(databaseUrl);
  console.log(
    applied.length ? `Applied ${applied.length} migration(s) to ${name}: ${applied.join(', ')}` : `Database ${name} is up to date.`,
  );
  const db = createDb(databaseUrl);
  try {
    const result = await seedDatabase(db);
    console.log(
      result.seeded
        ? `Seeded ${result.items} items, ${result.regions} regions and ${result.excerpts} excerpts from the article.`
        : 'Database already has data: not seeding.',
    );
    // One transaction each: no item write interleaves, and a failure leaves the rows as they were.
    const shapes = await db.$transaction((tx) => ensureShapesNormalised(tx), { timeout: MEMBERSHIP_TIMEOUT_MS });
    if (shapes?.changed.length) console.log(`Normalised the stored shape of ${shapes.changed.length} item(s) (cut at the antimeridian, rings rewound).`);
    if (shapes?.refused.length) console.warn(`Items ${shapes.refused.join(', ')} have a stored shape the editor refuses: open them in the editor to fix it.`);
    const placed = await db.$transaction((tx) => ensureRegionMembership(tx), { timeout: MEMBERSHIP_TIMEOUT_MS });
    if (placed.length) console.log(`Computed which items lie in ${placed.length} region(s).`);
    const given = process.env.SITMAP_FIRST_ADMIN_PASSWORD || undefined;
    const created = await ensureFirstAdmin(db, given);
    if (created && given) console.log(`Created the first admin account "${created.name}" with SITMAP_FIRST_ADMIN_PASSWORD.`);
    else if (created) {
      console.log(
        `\nCreated the first admin account. It is shown only this once; sign in at /admin/sign-in and keep it safe:\n` +
          `  name:     ${created.name}\n  password: ${created.password}\n` +
          `(npm run admin -- reset-password ${created.name} sets a new one.)\n`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`Database setup failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error('The database was left as it was before this step.');
  process.exit(1);
});
