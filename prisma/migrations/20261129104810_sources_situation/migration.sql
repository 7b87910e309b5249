-- AlterTable
ALTER TABLE "Excerpt" ADD COLUMN "attribution" TEXT;

-- CreateTable
CREATE TABLE "Situation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SituationRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "situationId" INTEGER NOT NULL,
    "adminId" INTEGER,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SituationRevision_situationId_fkey" FOREIGN KEY ("situationId") REFERENCES "Situation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SituationRevision_adminId_fkey" FOREIGN KEY ("adminId") REFERENCES "Admin" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SourceRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "excerptId" INTEGER,
    "adminId" INTEGER,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SourceRevision_adminId_fkey" FOREIGN KEY ("adminId") REFERENCES "Admin" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- AlterTable (a column added in place: SQLite can add a NOT NULL column that has a default)
ALTER TABLE "Source" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "SituationRevision_situationId_createdAt_idx" ON "SituationRevision"("situationId", "createdAt");

-- CreateIndex
CREATE INDEX "SourceRevision_sourceId_createdAt_idx" ON "SourceRevision"("sourceId", "createdAt");

-- The one situation, so GET /api/situation always answers; the seed names it (prisma/seed), an admin renames it.
INSERT INTO "Situation" ("name", "description") VALUES ('Situation map', '');
