-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" BIGINT NOT NULL
);

-- Hand-written from here: Prisma cannot model triggers (its schema engine does not report them).

-- The one row, starting at the migration's time in milliseconds (see the model's comment).
INSERT INTO "DataVersion" ("id", "version") VALUES (1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));

-- Every insert, update and delete of a row the public reads come from moves the version forward, in the
-- writing transaction: readers see the new version exactly when they see the new rows. ItemBBox and
-- ItemCell follow "Item" through its own triggers, so they need none.
CREATE TRIGGER "Source_version_insert" AFTER INSERT ON "Source"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Source_version_update" AFTER UPDATE ON "Source"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Source_version_delete" AFTER DELETE ON "Source"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Excerpt_version_insert" AFTER INSERT ON "Excerpt"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Excerpt_version_update" AFTER UPDATE ON "Excerpt"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Excerpt_version_delete" AFTER DELETE ON "Excerpt"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Item_version_insert" AFTER INSERT ON "Item"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Item_version_update" AFTER UPDATE ON "Item"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Item_version_delete" AFTER DELETE ON "Item"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "ItemExcerpt_version_insert" AFTER INSERT ON "ItemExcerpt"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "ItemExcerpt_version_update" AFTER UPDATE ON "ItemExcerpt"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "ItemExcerpt_version_delete" AFTER DELETE ON "ItemExcerpt"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Region_version_insert" AFTER INSERT ON "Region"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Region_version_update" AFTER UPDATE ON "Region"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Region_version_delete" AFTER DELETE ON "Region"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "ItemRegion_version_insert" AFTER INSERT ON "ItemRegion"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "ItemRegion_version_update" AFTER UPDATE ON "ItemRegion"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "ItemRegion_version_delete" AFTER DELETE ON "ItemRegion"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "RegionExcerpt_version_insert" AFTER INSERT ON "RegionExcerpt"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "RegionExcerpt_version_update" AFTER UPDATE ON "RegionExcerpt"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "RegionExcerpt_version_delete" AFTER DELETE ON "RegionExcerpt"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Revision_version_insert" AFTER INSERT ON "Revision"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Revision_version_update" AFTER UPDATE ON "Revision"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Revision_version_delete" AFTER DELETE ON "Revision"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
