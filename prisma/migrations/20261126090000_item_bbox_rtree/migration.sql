-- Hand-written (Prisma cannot model virtual tables or triggers): an R*Tree over every item's bbox,
-- kept in sync with "Item" by triggers, for viewport queries, region prefilters and vector tiles.
-- lib/db/schema-diff.ts ignores exactly these objects when diffing the migrations against the schema.
-- R*Tree stores 32-bit floats rounded outwards, so it never misses an item; callers refine with the
-- exact columns of "Item" where it matters.

-- CreateVirtualTable
CREATE VIRTUAL TABLE "ItemBBox" USING rtree("id", "minLng", "maxLng", "minLat", "maxLat");

-- Backfill
INSERT INTO "ItemBBox" ("id", "minLng", "maxLng", "minLat", "maxLat")
SELECT "id", "minLng", "maxLng", "minLat", "maxLat" FROM "Item";

-- CreateTrigger
CREATE TRIGGER "Item_bbox_insert" AFTER INSERT ON "Item"
BEGIN
    INSERT INTO "ItemBBox" ("id", "minLng", "maxLng", "minLat", "maxLat")
    VALUES (NEW."id", NEW."minLng", NEW."maxLng", NEW."minLat", NEW."maxLat");
END;

-- CreateTrigger
CREATE TRIGGER "Item_bbox_update" AFTER UPDATE OF "id", "minLng", "maxLng", "minLat", "maxLat" ON "Item"
BEGIN
    DELETE FROM "ItemBBox" WHERE "id" = OLD."id";
    INSERT INTO "ItemBBox" ("id", "minLng", "maxLng", "minLat", "maxLat")
    VALUES (NEW."id", NEW."minLng", NEW."maxLng", NEW."minLat", NEW."maxLat");
END;

-- CreateTrigger
CREATE TRIGGER "Item_bbox_delete" AFTER DELETE ON "Item"
BEGIN
    DELETE FROM "ItemBBox" WHERE "id" = OLD."id";
END;
