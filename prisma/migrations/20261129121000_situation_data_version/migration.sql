-- Hand-written: the situation and the articles' histories move the data version too (migration
-- data_version), so a cached header, title or history is never served stale.
CREATE TRIGGER "Situation_version_insert" AFTER INSERT ON "Situation"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Situation_version_update" AFTER UPDATE ON "Situation"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "Situation_version_delete" AFTER DELETE ON "Situation"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "SituationRevision_version_insert" AFTER INSERT ON "SituationRevision"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "SituationRevision_version_update" AFTER UPDATE ON "SituationRevision"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "SituationRevision_version_delete" AFTER DELETE ON "SituationRevision"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "SourceRevision_version_insert" AFTER INSERT ON "SourceRevision"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "SourceRevision_version_update" AFTER UPDATE ON "SourceRevision"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
CREATE TRIGGER "SourceRevision_version_delete" AFTER DELETE ON "SourceRevision"
BEGIN
    UPDATE "DataVersion" SET "version" = max("version" + 1, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
