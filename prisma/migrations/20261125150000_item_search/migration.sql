-- Full-text search over items: title, summary and the text of their excerpts, accents folded
-- ("Guerassimov" finds "Guérassimov"). Prisma cannot model FTS5 tables, so this migration is written
-- by hand and lib/db/schema-diff.ts ignores exactly these objects. Triggers keep it in sync with every
-- write path, including raw SQL and future ones.
CREATE VIRTUAL TABLE "item_search" USING fts5(
  "title",
  "summary",
  "excerpts",
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO "item_search" ("rowid", "title", "summary", "excerpts")
SELECT "Item"."id", "Item"."title", "Item"."summary",
  COALESCE((SELECT group_concat("Excerpt"."text", ' ') FROM "ItemExcerpt"
            JOIN "Excerpt" ON "Excerpt"."id" = "ItemExcerpt"."excerptId"
            WHERE "ItemExcerpt"."itemId" = "Item"."id"), '')
FROM "Item";

CREATE TRIGGER "item_search_after_item_insert" AFTER INSERT ON "Item" BEGIN
  INSERT INTO "item_search" ("rowid", "title", "summary", "excerpts") VALUES (new."id", new."title", new."summary", '');
END;

CREATE TRIGGER "item_search_after_item_update" AFTER UPDATE OF "title", "summary" ON "Item" BEGIN
  UPDATE "item_search" SET "title" = new."title", "summary" = new."summary" WHERE "rowid" = new."id";
END;

CREATE TRIGGER "item_search_after_item_delete" AFTER DELETE ON "Item" BEGIN
  DELETE FROM "item_search" WHERE "rowid" = old."id";
END;

CREATE TRIGGER "item_search_after_link_insert" AFTER INSERT ON "ItemExcerpt" BEGIN
  UPDATE "item_search" SET "excerpts" = COALESCE((SELECT group_concat("Excerpt"."text", ' ') FROM "ItemExcerpt"
    JOIN "Excerpt" ON "Excerpt"."id" = "ItemExcerpt"."excerptId" WHERE "ItemExcerpt"."itemId" = new."itemId"), '')
  WHERE "rowid" = new."itemId";
END;

CREATE TRIGGER "item_search_after_link_delete" AFTER DELETE ON "ItemExcerpt" BEGIN
  UPDATE "item_search" SET "excerpts" = COALESCE((SELECT group_concat("Excerpt"."text", ' ') FROM "ItemExcerpt"
    JOIN "Excerpt" ON "Excerpt"."id" = "ItemExcerpt"."excerptId" WHERE "ItemExcerpt"."itemId" = old."itemId"), '')
  WHERE "rowid" = old."itemId";
END;
