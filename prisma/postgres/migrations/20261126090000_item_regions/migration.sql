-- The rows are computed by the app (a region outline test with turf, which SQL cannot run): npm run db:setup
-- (scripts/setup-db.ts, ensureRegionMembership) fills every region whose itemsOutlineHash is still null.

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "itemsOutlineHash" TEXT;

-- CreateTable
CREATE TABLE "ItemRegion" (
    "itemId" INTEGER NOT NULL,
    "regionId" TEXT NOT NULL,
    "startDate" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ItemRegion_pkey" PRIMARY KEY ("itemId","regionId")
);

-- CreateIndex
CREATE INDEX "ItemRegion_regionId_startDate_itemId_idx" ON "ItemRegion"("regionId", "startDate", "itemId");

-- AddForeignKey
ALTER TABLE "ItemRegion" ADD CONSTRAINT "ItemRegion_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemRegion" ADD CONSTRAINT "ItemRegion_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;
