-- Versions of what each API process keeps in memory: the working-day calendar and the published
-- catalog (items, their versions, departments). A statement-level trigger bumps the version in the
-- same transaction as every write to the tables behind it, whatever wrote it (the API, the seed, a
-- hand-made fix). Before an intake each API process reads the versions (one small query) and drops
-- what changed, so a change made through any process is seen by the next intake on every process.
CREATE TABLE "cache_version" (
  "name" TEXT PRIMARY KEY,
  "version" BIGINT NOT NULL DEFAULT 0
);
INSERT INTO "cache_version" ("name") VALUES ('calendar'), ('catalog');

CREATE FUNCTION "bump_cache_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "cache_version" SET "version" = "version" + 1 WHERE "name" = TG_ARGV[0];
  RETURN NULL;
END
$$;

CREATE TRIGGER "calendar_day_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "calendar_day"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_version"('calendar');
CREATE TRIGGER "calendar_year_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "calendar_year"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_version"('calendar');
CREATE TRIGGER "service_item_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "service_item"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_version"('catalog');
CREATE TRIGGER "service_item_version_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "service_item_version"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_version"('catalog');
CREATE TRIGGER "department_cache_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "department"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_cache_version"('catalog');
