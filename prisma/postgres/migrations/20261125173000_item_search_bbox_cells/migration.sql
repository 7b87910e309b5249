-- Hand-written: what SQLite's migrations item_search, item_bbox_rtree and item_cells build with FTS5
-- and an R*Tree, in PostgreSQL's own terms. Prisma cannot model functions, triggers or expression
-- indexes; lib/db/schema-diff.ts ignores the one table here ("item_search").

-- Spatial index: a GiST index over each live item's box (PostgreSQL's built-in geometric types: boxes
-- need no PostGIS). Viewport pages, tile counts and clusters, and region candidates read live items
-- through `box(...) && box(...)` (lib/items/sql-dialect.ts), which this index answers.
CREATE INDEX "Item_live_box_idx" ON "Item"
    USING gist (box(point("minLng", "minLat"), point("maxLng", "maxLat")))
    WHERE "deletedAt" IS NULL;

-- Full-text search over items: title, summary and the text of their excerpts, accents folded
-- ("Guerassimov" finds "Guérassimov"), words matched as prefixes. unaccent() reads a dictionary, so
-- it cannot sit in an index expression: the folded document is kept in a table by triggers instead.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE "item_search" (
    "itemId" INTEGER NOT NULL PRIMARY KEY REFERENCES "Item" ("id") ON DELETE CASCADE,
    "document" tsvector NOT NULL
);

CREATE INDEX "item_search_document_idx" ON "item_search" USING gin ("document");

CREATE FUNCTION "item_search_refresh"("item_id" integer) RETURNS void LANGUAGE sql AS $$
    INSERT INTO "item_search" ("itemId", "document")
    SELECT i."id", to_tsvector('simple', unaccent(i."title" || ' ' || i."summary" || ' ' || coalesce(
        (SELECT string_agg(e."text", ' ') FROM "ItemExcerpt" ie JOIN "Excerpt" e ON e."id" = ie."excerptId"
         WHERE ie."itemId" = i."id"), '')))
    FROM "Item" i WHERE i."id" = "item_id"
    ON CONFLICT ("itemId") DO UPDATE SET "document" = excluded."document";
$$;

CREATE FUNCTION "item_search_after_item"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "item_search_refresh"(NEW."id");
    RETURN NULL;
END;
$$;

CREATE TRIGGER "item_search_after_item" AFTER INSERT OR UPDATE OF "title", "summary" ON "Item"
    FOR EACH ROW EXECUTE FUNCTION "item_search_after_item"();

CREATE FUNCTION "item_search_after_link"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM "item_search_refresh"(OLD."itemId");
    ELSE
        PERFORM "item_search_refresh"(NEW."itemId");
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "item_search_after_link" AFTER INSERT OR DELETE ON "ItemExcerpt"
    FOR EACH ROW EXECUTE FUNCTION "item_search_after_link"();

-- Live items counted per cell of the grids tiles z0–z7 cluster on (levels 3..10), as in SQLite's
-- item_cells migration: each item's box centre (longitude wrapped into -180..180, latitude clamped to
-- Web Mercator's ±85.0511°), cell indexes truncated toward zero as SQLite's CAST does.
CREATE FUNCTION "item_cells_of"("item" "Item")
RETURNS TABLE ("level" integer, "x" integer, "y" integer, "lng" double precision, "lat" double precision)
LANGUAGE sql IMMUTABLE AS $$
    SELECT l,
        trunc((c."lng" + 180) / 360 * (1 << l))::integer,
        least((1 << l) - 1, trunc((1 - ln(tan(radians(c."lat")) + 1 / cos(radians(c."lat"))) / pi()) / 2 * (1 << l))::integer),
        c."lng", c."lat"
    FROM (SELECT ("item"."minLng" + "item"."maxLng") / 2 - 360 * floor((("item"."minLng" + "item"."maxLng") / 2 + 180) / 360) AS "lng",
                 greatest(-85.0511287798, least(85.0511287798, ("item"."minLat" + "item"."maxLat") / 2)) AS "lat") AS c,
        generate_series(3, 10) AS l;
$$;

-- Adds (delta 1) or removes (delta -1) an item from its cells; empty cells go.
CREATE FUNCTION "item_cells_change"("item" "Item", "delta" integer) RETURNS void LANGUAGE sql AS $$
    INSERT INTO "ItemCell" ("level", "x", "y", "count", "sumLng", "sumLat")
    SELECT "level", "x", "y", "delta", "delta" * "lng", "delta" * "lat" FROM "item_cells_of"("item")
    ON CONFLICT ("level", "x", "y") DO UPDATE SET "count" = "ItemCell"."count" + excluded."count",
        "sumLng" = "ItemCell"."sumLng" + excluded."sumLng", "sumLat" = "ItemCell"."sumLat" + excluded."sumLat";
    DELETE FROM "ItemCell" c USING "item_cells_of"("item") o
    WHERE c."level" = o."level" AND c."x" = o."x" AND c."y" = o."y" AND c."count" = 0;
$$;

CREATE FUNCTION "item_cells_after_item"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        IF OLD."deletedAt" IS NULL THEN PERFORM "item_cells_change"(OLD, -1); END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF NEW."deletedAt" IS NULL THEN PERFORM "item_cells_change"(NEW, 1); END IF;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "item_cells_after_item"
    AFTER INSERT OR DELETE OR UPDATE OF "minLng", "maxLng", "minLat", "maxLat", "deletedAt" ON "Item"
    FOR EACH ROW EXECUTE FUNCTION "item_cells_after_item"();
