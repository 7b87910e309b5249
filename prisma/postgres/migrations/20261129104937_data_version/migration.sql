-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "version" BIGINT NOT NULL,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- Hand-written from here: Prisma cannot model functions or triggers (its schema engine does not report them).

-- The one row, starting at the migration's time in milliseconds (see the model's comment).
INSERT INTO "DataVersion" ("id", "version") VALUES (1, (extract(epoch FROM clock_timestamp()) * 1000)::bigint);

-- Every statement that inserts, updates, deletes or truncates rows the public reads come from moves the
-- version forward, in the writing transaction: readers see the new version exactly when they see the new
-- rows. Once per statement, not per row, so a bulk insert pays once.
CREATE FUNCTION "data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "DataVersion" SET "version" = GREATEST("version" + 1, (extract(epoch FROM clock_timestamp()) * 1000)::bigint);
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Source_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Source"
    FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "Excerpt_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Excerpt"
    FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "Item_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Item"
    FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "ItemExcerpt_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ItemExcerpt"
    FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "Region_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Region"
    FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "ItemRegion_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ItemRegion"
    FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "RegionExcerpt_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RegionExcerpt"
    FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "Revision_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Revision"
    FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
