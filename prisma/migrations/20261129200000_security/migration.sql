-- Security hardening (issue 14): token versions, refresh-token families, sign-in throttling,
-- public query attempts, projection issues, anonymous refusal tallies, an append-only violation list.

-- A user's tokens carry the version they were issued under; any change of what the user may do
-- (role, department, window, active, password) bumps it, so older access tokens stop working.
ALTER TABLE "app_user" ADD COLUMN "token_version" INTEGER NOT NULL DEFAULT 0;
CREATE FUNCTION app_user_bump_token_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.role IS DISTINCT FROM OLD.role
     OR NEW.department_code IS DISTINCT FROM OLD.department_code
     OR NEW.window_no IS DISTINCT FROM OLD.window_no
     OR NEW.active IS DISTINCT FROM OLD.active
     OR NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
    NEW.token_version := OLD.token_version + 1;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER app_user_token_version BEFORE UPDATE ON "app_user"
  FOR EACH ROW EXECUTE FUNCTION app_user_bump_token_version();

-- Rotated refresh tokens form a family: reusing a rotated one revokes the whole family.
ALTER TABLE "refresh_token" ADD COLUMN "family_id" UUID;
CREATE INDEX "refresh_token_family_id_idx" ON "refresh_token"("family_id");

-- Progressive sign-in delay, per account name and per (account name, client address).
CREATE TABLE "login_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "last_failure_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key")
);

-- Wrong query codes per case (public progress query).
CREATE TABLE "public_query_attempt" (
    "case_no" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "last_failure_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "public_query_attempt_pkey" PRIMARY KEY ("case_no")
);

-- A projection that failed on its data: shown to operators, never retried forever.
CREATE TABLE "projection_issue" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "case_no" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "event_seqs" INTEGER[] DEFAULT '{}',
    CONSTRAINT "projection_issue_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "projection_issue_at_idx" ON "projection_issue"("at");

-- Refusals of anonymous requests, counted per minute instead of one audit row each.
CREATE TABLE "anonymous_refusal_tally" (
    "minute" TIMESTAMPTZ(0) NOT NULL,
    "action" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "anonymous_refusal_tally_pkey" PRIMARY KEY ("minute", "action", "status")
);

-- Violations are evidence, like the audit log: append-only.
CREATE TRIGGER violation_no_update BEFORE UPDATE OR DELETE ON "violation"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER violation_no_truncate BEFORE TRUNCATE ON "violation"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
