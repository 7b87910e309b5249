-- Bookkeeping for the data migrations the app runs once after these SQL migrations (npm run db:setup,
-- scripts/setup-db.ts): the first normalises the stored item shapes (lib/items/normalise-stored.ts: cut
-- at the antimeridian, rings rewound), which SQL cannot compute.

-- CreateTable
CREATE TABLE "DataMigration" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "finishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
