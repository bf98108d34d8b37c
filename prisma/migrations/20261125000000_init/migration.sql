-- The platform's first schema: catalog, calendar, people, audit and the case read model.

CREATE TABLE "department" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "stationed" BOOLEAN NOT NULL DEFAULT true,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "department_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "zone" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "zone_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "service_item" (
    "code" TEXT NOT NULL,
    "parent_code" TEXT,
    "department_code" TEXT NOT NULL,
    "zone_code" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "published_version" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "service_item_pkey" PRIMARY KEY ("code")
);
CREATE INDEX "service_item_department_code_idx" ON "service_item"("department_code");
CREATE INDEX "service_item_zone_code_idx" ON "service_item"("zone_code");
CREATE INDEX "service_item_parent_code_idx" ON "service_item"("parent_code");
ALTER TABLE "service_item" ADD CONSTRAINT "service_item_department_code_fkey" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "service_item" ADD CONSTRAINT "service_item_zone_code_fkey" FOREIGN KEY ("zone_code") REFERENCES "zone"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "service_item_version" (
    "item_code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "item_type" TEXT NOT NULL,
    "channels" TEXT[],
    "statutory_limit_days" INTEGER NOT NULL,
    "promised_limit_days" INTEGER NOT NULL,
    "conditions" TEXT NOT NULL,
    "legal_basis" TEXT NOT NULL,
    "result_type" TEXT NOT NULL,
    "fee" TEXT NOT NULL,
    "materials" JSONB NOT NULL,
    "special_procedures" JSONB NOT NULL,
    "tolerance_allowed" BOOLEAN NOT NULL DEFAULT false,
    "special_procedure_kinds" TEXT[],
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    CONSTRAINT "service_item_version_pkey" PRIMARY KEY ("item_code","version")
);
CREATE INDEX "service_item_version_state_idx" ON "service_item_version"("state");
ALTER TABLE "service_item_version" ADD CONSTRAINT "service_item_version_item_code_fkey" FOREIGN KEY ("item_code") REFERENCES "service_item"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "calendar_year" (
    "year" INTEGER NOT NULL,
    "official" BOOLEAN NOT NULL,
    "notice" TEXT NOT NULL DEFAULT '',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "calendar_year_pkey" PRIMARY KEY ("year")
);

CREATE TABLE "calendar_day" (
    "date" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "source" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "updated_by" TEXT NOT NULL DEFAULT 'system',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "calendar_day_pkey" PRIMARY KEY ("date")
);

CREATE TABLE "calendar_change" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "by" TEXT NOT NULL,
    "days" JSONB NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "notified" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "calendar_change_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "department_code" TEXT,
    "window_no" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failed_logins" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_department_code_fkey" FOREIGN KEY ("department_code") REFERENCES "department"("code") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "refresh_token" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "refresh_token_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "refresh_token_token_hash_key" ON "refresh_token"("token_hash");
CREATE INDEX "refresh_token_user_id_idx" ON "refresh_token"("user_id");
ALTER TABLE "refresh_token" ADD CONSTRAINT "refresh_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" TEXT,
    "username" TEXT,
    "role" TEXT,
    "department_code" TEXT,
    "channel" TEXT,
    "case_no" TEXT,
    "action" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "client_ip" TEXT,
    "request_id" TEXT,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");
CREATE INDEX "audit_log_case_no_idx" ON "audit_log"("case_no");
CREATE INDEX "audit_log_user_id_idx" ON "audit_log"("user_id");

-- The audit log is append-only: no role of the application may change or remove a row.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE "violation" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" TEXT,
    "username" TEXT,
    "role" TEXT,
    "department_code" TEXT,
    "kind" TEXT NOT NULL,
    "case_no" TEXT,
    "detail" TEXT NOT NULL,
    "request_id" TEXT,
    CONSTRAINT "violation_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "violation_at_idx" ON "violation"("at");

CREATE TABLE "idempotency_record" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "response_status" INTEGER,
    "response_body" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "idempotency_record_pkey" PRIMARY KEY ("scope","key")
);

CREATE TABLE "case_snapshot" (
    "case_no" TEXT NOT NULL,
    "item_code" TEXT NOT NULL,
    "item_version" INTEGER NOT NULL,
    "item_name" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "zone_code" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "applicant_name" TEXT NOT NULL,
    "applicant_user_id" TEXT,
    "query_code_hash" TEXT,
    "status" TEXT NOT NULL,
    "state_code" INTEGER NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "accepted_at" TIMESTAMPTZ(3),
    "accepted_by" TEXT,
    "due_date" DATE,
    "due_at" TIMESTAMPTZ(3),
    "warning" BOOLEAN NOT NULL DEFAULT false,
    "overdue" BOOLEAN NOT NULL DEFAULT false,
    "ever_overdue" BOOLEAN NOT NULL DEFAULT false,
    "returned" BOOLEAN NOT NULL DEFAULT false,
    "decision" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "last_event_seq" INTEGER NOT NULL,
    "view" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "case_snapshot_pkey" PRIMARY KEY ("case_no")
);
CREATE INDEX "case_snapshot_status_idx" ON "case_snapshot"("status");
CREATE INDEX "case_snapshot_department_code_status_idx" ON "case_snapshot"("department_code", "status");
CREATE INDEX "case_snapshot_item_code_idx" ON "case_snapshot"("item_code");
CREATE INDEX "case_snapshot_submitted_at_idx" ON "case_snapshot"("submitted_at");
CREATE INDEX "case_snapshot_overdue_idx" ON "case_snapshot"("overdue");
CREATE INDEX "case_snapshot_applicant_user_id_idx" ON "case_snapshot"("applicant_user_id");

CREATE TABLE "case_event" (
    "case_no" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "type" TEXT NOT NULL,
    "state_code" INTEGER NOT NULL,
    "actor_id" TEXT,
    "actor_name" TEXT,
    "actor_role" TEXT,
    "detail" JSONB NOT NULL,
    CONSTRAINT "case_event_pkey" PRIMARY KEY ("case_no","seq")
);
CREATE INDEX "case_event_at_idx" ON "case_event"("at");
CREATE INDEX "case_event_type_at_idx" ON "case_event"("type", "at");
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_no_fkey" FOREIGN KEY ("case_no") REFERENCES "case_snapshot"("case_no") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Case numbers come from one sequence so that any number of API replicas never collide.
CREATE SEQUENCE "case_no_seq" START 1;
