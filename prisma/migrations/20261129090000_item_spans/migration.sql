-- AlterTable
ALTER TABLE "Item" ADD COLUMN "spanEnd" DATETIME;
ALTER TABLE "Item" ADD COLUMN "spanStart" DATETIME;

-- Hand-written from here.

-- Backfill: the span of each existing item, by the rule of lib/dates.ts itemSpan (the write path computes
-- it for every later write; lib/db/migrate.test.ts checks the two agree): a day is its midnight UTC in
-- Prisma's text format, coarse dates are widened to their week or month, "unknown" is the week up to
-- the announcement.
UPDATE "Item" SET
    "spanStart" = CASE "datePrecision"
        WHEN 'unknown' THEN strftime('%Y-%m-%dT00:00:00.000+00:00', coalesce("announcedAt", "startDate"), '-6 days')
        ELSE strftime('%Y-%m-%dT00:00:00.000+00:00', "startDate")
    END,
    "spanEnd" = CASE "datePrecision"
        WHEN 'unknown' THEN strftime('%Y-%m-%dT00:00:00.000+00:00', coalesce("announcedAt", "startDate"))
        WHEN 'week' THEN max(strftime('%Y-%m-%dT00:00:00.000+00:00', "startDate"),
            strftime('%Y-%m-%dT00:00:00.000+00:00', coalesce("endDate", "startDate"), '+6 days'))
        WHEN 'month' THEN max(strftime('%Y-%m-%dT00:00:00.000+00:00', "startDate"),
            strftime('%Y-%m-%dT00:00:00.000+00:00', coalesce("endDate", "startDate"), 'start of month', '+1 month', '-1 day'))
        ELSE max(strftime('%Y-%m-%dT00:00:00.000+00:00', "startDate"),
            strftime('%Y-%m-%dT00:00:00.000+00:00', coalesce("endDate", "startDate")))
    END;

-- The R*Tree's auxiliary columns carry the span instead of the end date: a viewport page or a tile
-- filters on the span from the index alone (and still sorts by startDate).
DROP TRIGGER "Item_bbox_insert";
DROP TRIGGER "Item_bbox_update";
DROP TRIGGER "Item_bbox_delete";
DROP TABLE "ItemBBox";

-- CreateVirtualTable
CREATE VIRTUAL TABLE "ItemBBox" USING rtree("id", "minLng", "maxLng", "minLat", "maxLat",
    +"west", +"south", +"east", +"north", +"startDate", +"spanStart", +"spanEnd", +"kind");

-- Backfill
INSERT INTO "ItemBBox" ("id", "minLng", "maxLng", "minLat", "maxLat", "west", "south", "east", "north", "startDate", "spanStart", "spanEnd", "kind")
SELECT "id", "minLng", "maxLng", "minLat", "maxLat", "minLng", "minLat", "maxLng", "maxLat", "startDate", "spanStart", "spanEnd", "kind"
FROM "Item" WHERE "deletedAt" IS NULL;

-- CreateTrigger
CREATE TRIGGER "Item_bbox_insert" AFTER INSERT ON "Item" WHEN NEW."deletedAt" IS NULL
BEGIN
    INSERT INTO "ItemBBox" ("id", "minLng", "maxLng", "minLat", "maxLat", "west", "south", "east", "north", "startDate", "spanStart", "spanEnd", "kind")
    VALUES (NEW."id", NEW."minLng", NEW."maxLng", NEW."minLat", NEW."maxLat",
        NEW."minLng", NEW."minLat", NEW."maxLng", NEW."maxLat", NEW."startDate", NEW."spanStart", NEW."spanEnd", NEW."kind");
END;

-- CreateTrigger
CREATE TRIGGER "Item_bbox_update"
AFTER UPDATE OF "id", "minLng", "maxLng", "minLat", "maxLat", "startDate", "spanStart", "spanEnd", "kind", "deletedAt" ON "Item"
BEGIN
    DELETE FROM "ItemBBox" WHERE "id" = OLD."id";
    INSERT INTO "ItemBBox" ("id", "minLng", "maxLng", "minLat", "maxLat", "west", "south", "east", "north", "startDate", "spanStart", "spanEnd", "kind")
    SELECT NEW."id", NEW."minLng", NEW."maxLng", NEW."minLat", NEW."maxLat",
        NEW."minLng", NEW."minLat", NEW."maxLng", NEW."maxLat", NEW."startDate", NEW."spanStart", NEW."spanEnd", NEW."kind"
    WHERE NEW."deletedAt" IS NULL;
END;

-- CreateTrigger
CREATE TRIGGER "Item_bbox_delete" AFTER DELETE ON "Item"
BEGIN
    DELETE FROM "ItemBBox" WHERE "id" = OLD."id";
END;
