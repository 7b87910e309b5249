-- Hand-written: the situation and the articles' histories move the data version too (migration
-- data_version), so a cached header, title or history is never served stale.
CREATE TRIGGER "Situation_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Situation"
    FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "SituationRevision_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SituationRevision"
    FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "SourceRevision_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SourceRevision"
    FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
