-- Hand-written (Prisma cannot model an expression index; `npm run db:make-migration -- --postgres` finds
-- no change). The spatial index gains the start date as a second key (btree_gist gives timestamps a
-- GiST operator class), so a viewport page read window by window of start dates (lib/items/repository.ts)
-- finds the items of a box in a window in one index scan. It answers box-only lookups (tiles, clusters,
-- region candidates) as the index it replaces did.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE INDEX "Item_live_box_start_idx" ON "Item"
    USING gist (box(point("minLng", "minLat"), point("maxLng", "maxLat")), "startDate")
    WHERE "deletedAt" IS NULL;

DROP INDEX "Item_live_box_idx";
