-- AlterTable
ALTER TABLE "Excerpt" ADD COLUMN     "attribution" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "Situation" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Situation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SituationRevision" (
    "id" SERIAL NOT NULL,
    "situationId" INTEGER NOT NULL,
    "adminId" INTEGER,
    "before" TEXT,
    "after" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SituationRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceRevision" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "excerptId" INTEGER,
    "adminId" INTEGER,
    "action" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SituationRevision_situationId_createdAt_idx" ON "SituationRevision"("situationId", "createdAt");

-- CreateIndex
CREATE INDEX "SourceRevision_sourceId_createdAt_idx" ON "SourceRevision"("sourceId", "createdAt");

-- AddForeignKey
ALTER TABLE "SituationRevision" ADD CONSTRAINT "SituationRevision_situationId_fkey" FOREIGN KEY ("situationId") REFERENCES "Situation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SituationRevision" ADD CONSTRAINT "SituationRevision_adminId_fkey" FOREIGN KEY ("adminId") REFERENCES "Admin"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceRevision" ADD CONSTRAINT "SourceRevision_adminId_fkey" FOREIGN KEY ("adminId") REFERENCES "Admin"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The one situation, so GET /api/situation always answers; the seed names it (prisma/seed), an admin renames it.
INSERT INTO "Situation" ("name", "description") VALUES ('Situation map', '');
