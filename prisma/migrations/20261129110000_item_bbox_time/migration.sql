-- Hand-written (Prisma cannot model a virtual table; `npm run db:make-migration` finds no change).
-- The R*Tree gains time as a third dimension: each live item's start date, in days since 1970-01-01.
-- A viewport page (the earliest items in a box, by start date) is then read window by window of
-- start dates, so its cost follows the page, not every item in the box (lib/items/repository.ts).
DROP TRIGGER "Item_bbox_insert";
DROP TRIGGER "Item_bbox_update";
DROP TRIGGER "Item_bbox_delete";
DROP TABLE "ItemBBox";

-- CreateVirtualTable
CREATE VIRTUAL TABLE "ItemBBox" USING rtree("id", "minLng", "maxLng", "minLat", "maxLat", "minT", "maxT",
    +"west", +"south", +"east", +"north", +"startDate", +"spanStart", +"spanEnd", +"kind");

-- Backfill
INSERT INTO "ItemBBox" ("id", "minLng", "maxLng", "minLat", "maxLat", "minT", "maxT",
    "west", "south", "east", "north", "startDate", "spanStart", "spanEnd", "kind")
SELECT "id", "minLng", "maxLng", "minLat", "maxLat",
    julianday("startDate") - 2440587.5, julianday("startDate") - 2440587.5,
    "minLng", "minLat", "maxLng", "maxLat", "startDate", "spanStart", "spanEnd", "kind"
FROM "Item" WHERE "deletedAt" IS NULL;

-- CreateTrigger
CREATE TRIGGER "Item_bbox_insert" AFTER INSERT ON "Item" WHEN NEW."deletedAt" IS NULL
BEGIN
    INSERT INTO "ItemBBox" ("id", "minLng", "maxLng", "minLat", "maxLat", "minT", "maxT",
        "west", "south", "east", "north", "startDate", "spanStart", "spanEnd", "kind")
    VALUES (NEW."id", NEW."minLng", NEW."maxLng", NEW."minLat", NEW."maxLat",
        julianday(NEW."startDate") - 2440587.5, julianday(NEW."startDate") - 2440587.5,
        NEW."minLng", NEW."minLat", NEW."maxLng", NEW."maxLat", NEW."startDate", NEW."spanStart", NEW."spanEnd", NEW."kind");
END;

-- CreateTrigger
CREATE TRIGGER "Item_bbox_update"
AFTER UPDATE OF "id", "minLng", "maxLng", "minLat", "maxLat", "startDate", "spanStart", "spanEnd", "kind", "deletedAt" ON "Item"
BEGIN
    DELETE FROM "ItemBBox" WHERE "id" = OLD."id";
    INSERT INTO "ItemBBox" ("id", "minLng", "maxLng", "minLat", "maxLat", "minT", "maxT",
        "west", "south", "east", "north", "startDate", "spanStart", "spanEnd", "kind")
    SELECT NEW."id", NEW."minLng", NEW."maxLng", NEW."minLat", NEW."maxLat",
        julianday(NEW."startDate") - 2440587.5, julianday(NEW."startDate") - 2440587.5,
        NEW."minLng", NEW."minLat", NEW."maxLng", NEW."maxLat", NEW."startDate", NEW."spanStart", NEW."spanEnd", NEW."kind"
    WHERE NEW."deletedAt" IS NULL;
END;

-- CreateTrigger
CREATE TRIGGER "Item_bbox_delete" AFTER DELETE ON "Item"
BEGIN
    DELETE FROM "ItemBBox" WHERE "id" = OLD."id";
END;
