-- CreateTable
CREATE TABLE "ItemCell" (
    "level" INTEGER NOT NULL,
    "x" INTEGER NOT NULL,
    "y" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "sumLng" REAL NOT NULL,
    "sumLat" REAL NOT NULL,

    PRIMARY KEY ("level", "x", "y")
);

-- Hand-written from here: Prisma cannot model views or triggers (its schema engine does not report them).

-- The R*Tree again, holding live items only (soft-deleted ones leave it, restored ones come back), so
-- every reader (viewport pages, tile counts and clusters, region candidates) sees live items only.
-- Auxiliary columns carry what a viewport page or a region's candidates filter and sort on: the
-- exact bbox (the R*Tree's own coordinates are 32-bit floats rounded outwards), dates and kind. A
-- page is then chosen from the index alone, and only its rows are read from "Item".
DROP TRIGGER "Item_bbox_insert";
DROP TRIGGER "Item_bbox_update";
DROP TRIGGER "Item_bbox_delete";
DROP TABLE "ItemBBox";

-- CreateVirtualTable
CREATE VIRTUAL TABLE "ItemBBox" USING rtree("id", "minLng", "maxLng", "minLat", "maxLat",
    +"west", +"south", +"east", +"north", +"startDate", +"endDate", +"kind");

-- Backfill
INSERT INTO "ItemBBox" ("id", "minLng", "maxLng", "minLat", "maxLat", "west", "south", "east", "north", "startDate", "endDate", "kind")
SELECT "id", "minLng", "maxLng", "minLat", "maxLat", "minLng", "minLat", "maxLng", "maxLat", "startDate", "endDate", "kind"
FROM "Item" WHERE "deletedAt" IS NULL;

-- CreateTrigger
CREATE TRIGGER "Item_bbox_insert" AFTER INSERT ON "Item" WHEN NEW."deletedAt" IS NULL
BEGIN
    INSERT INTO "ItemBBox" ("id", "minLng", "maxLng", "minLat", "maxLat", "west", "south", "east", "north", "startDate", "endDate", "kind")
    VALUES (NEW."id", NEW."minLng", NEW."maxLng", NEW."minLat", NEW."maxLat",
        NEW."minLng", NEW."minLat", NEW."maxLng", NEW."maxLat", NEW."startDate", NEW."endDate", NEW."kind");
END;

-- CreateTrigger
CREATE TRIGGER "Item_bbox_update"
AFTER UPDATE OF "id", "minLng", "maxLng", "minLat", "maxLat", "startDate", "endDate", "kind", "deletedAt" ON "Item"
BEGIN
    DELETE FROM "ItemBBox" WHERE "id" = OLD."id";
    INSERT INTO "ItemBBox" ("id", "minLng", "maxLng", "minLat", "maxLat", "west", "south", "east", "north", "startDate", "endDate", "kind")
    SELECT NEW."id", NEW."minLng", NEW."maxLng", NEW."minLat", NEW."maxLat",
        NEW."minLng", NEW."minLat", NEW."maxLng", NEW."maxLat", NEW."startDate", NEW."endDate", NEW."kind"
    WHERE NEW."deletedAt" IS NULL;
END;

-- CreateTrigger
CREATE TRIGGER "Item_bbox_delete" AFTER DELETE ON "Item"
BEGIN
    DELETE FROM "ItemBBox" WHERE "id" = OLD."id";
END;

-- The cell of every live item at each level 3..10 (tiles z0..z7, 8 × 8 cells each), by its box centre
-- (longitude wrapped into -180..180, latitude clamped to Web Mercator's ±85.0511°).
CREATE VIEW "ItemCellOf" AS
SELECT c."itemId", l."column1" AS "level", c."lng", c."lat",
    CAST(((c."lng" + 180) / 360) * (1 << l."column1") AS INTEGER) AS "x",
    min((1 << l."column1") - 1, CAST((1 - ln(tan(radians(c."lat")) + 1 / cos(radians(c."lat"))) / pi()) / 2 * (1 << l."column1") AS INTEGER)) AS "y"
FROM (
    SELECT "id" AS "itemId",
        ("minLng" + "maxLng") / 2 - 360 * floor((("minLng" + "maxLng") / 2 + 180) / 360) AS "lng",
        max(-85.0511287798, min(85.0511287798, ("minLat" + "maxLat") / 2)) AS "lat"
    FROM "Item" WHERE "deletedAt" IS NULL
) AS c, (VALUES (3), (4), (5), (6), (7), (8), (9), (10)) AS l;

-- Backfill
INSERT INTO "ItemCell" ("level", "x", "y", "count", "sumLng", "sumLat")
SELECT "level", "x", "y", count(*), sum("lng"), sum("lat") FROM "ItemCellOf" GROUP BY "level", "x", "y";

-- CreateTrigger: a live item counts in its cells; removal (update, soft delete, delete) reads the row
-- before it changes, so the view still gives the cells it was counted in.
CREATE TRIGGER "Item_cells_insert" AFTER INSERT ON "Item" WHEN NEW."deletedAt" IS NULL
BEGIN
    INSERT INTO "ItemCell" ("level", "x", "y", "count", "sumLng", "sumLat")
    SELECT "level", "x", "y", 1, "lng", "lat" FROM "ItemCellOf" WHERE "itemId" = NEW."id"
    ON CONFLICT ("level", "x", "y") DO UPDATE SET "count" = "count" + 1,
        "sumLng" = "sumLng" + excluded."sumLng", "sumLat" = "sumLat" + excluded."sumLat";
END;

CREATE TRIGGER "Item_cells_before_update" BEFORE UPDATE OF "minLng", "maxLng", "minLat", "maxLat", "deletedAt" ON "Item"
BEGIN
    UPDATE "ItemCell" SET "count" = "count" - 1, "sumLng" = "sumLng" - old_cell."lng", "sumLat" = "sumLat" - old_cell."lat"
    FROM (SELECT * FROM "ItemCellOf" WHERE "itemId" = OLD."id") AS old_cell
    WHERE "ItemCell"."level" = old_cell."level" AND "ItemCell"."x" = old_cell."x" AND "ItemCell"."y" = old_cell."y";
    DELETE FROM "ItemCell" WHERE "count" = 0
        AND ("level", "x", "y") IN (SELECT "level", "x", "y" FROM "ItemCellOf" WHERE "itemId" = OLD."id");
END;

CREATE TRIGGER "Item_cells_after_update" AFTER UPDATE OF "minLng", "maxLng", "minLat", "maxLat", "deletedAt" ON "Item"
BEGIN
    INSERT INTO "ItemCell" ("level", "x", "y", "count", "sumLng", "sumLat")
    SELECT "level", "x", "y", 1, "lng", "lat" FROM "ItemCellOf" WHERE "itemId" = NEW."id"
    ON CONFLICT ("level", "x", "y") DO UPDATE SET "count" = "count" + 1,
        "sumLng" = "sumLng" + excluded."sumLng", "sumLat" = "sumLat" + excluded."sumLat";
END;

CREATE TRIGGER "Item_cells_delete" BEFORE DELETE ON "Item"
BEGIN
    UPDATE "ItemCell" SET "count" = "count" - 1, "sumLng" = "sumLng" - old_cell."lng", "sumLat" = "sumLat" - old_cell."lat"
    FROM (SELECT * FROM "ItemCellOf" WHERE "itemId" = OLD."id") AS old_cell
    WHERE "ItemCell"."level" = old_cell."level" AND "ItemCell"."x" = old_cell."x" AND "ItemCell"."y" = old_cell."y";
    DELETE FROM "ItemCell" WHERE "count" = 0
        AND ("level", "x", "y") IN (SELECT "level", "x", "y" FROM "ItemCellOf" WHERE "itemId" = OLD."id");
END;
