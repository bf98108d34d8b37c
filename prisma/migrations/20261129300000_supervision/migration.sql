-- Supervision and service quality (R4.1, R2.4): the negative-behaviour lists, findings, the
-- problem ledger and rectifications, urges that must be answered, service ratings (好差评), and
-- the notification outbox with its contacts.

CREATE TABLE "negative_situation" (
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "group_code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "rectify_days" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "current" BOOLEAN NOT NULL DEFAULT true,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "changed_by" TEXT NOT NULL DEFAULT 'system',
    "change_note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "negative_situation_pkey" PRIMARY KEY ("code", "version")
);
CREATE UNIQUE INDEX "negative_situation_current_key" ON "negative_situation"("code") WHERE "current";

CREATE TABLE "finding" (
    "id" BIGSERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "external_ref" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recorded_by" TEXT NOT NULL,
    "department_code" TEXT,
    "staff_name" TEXT,
    "window_no" TEXT,
    "case_no" TEXT,
    "situation_code" TEXT,
    "summary" TEXT NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '',
    "complainant_name" TEXT,
    "complainant_phone" TEXT,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "rectification_id" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT "finding_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "finding_source_external_ref_key" ON "finding"("source", "external_ref");
CREATE INDEX "finding_status_recorded_at_idx" ON "finding"("status", "recorded_at");
CREATE INDEX "finding_department_code_idx" ON "finding"("department_code");
CREATE INDEX "finding_case_no_idx" ON "finding"("case_no");

CREATE TABLE "rectification" (
    "id" TEXT NOT NULL,
    "finding_id" BIGINT NOT NULL,
    "department_code" TEXT NOT NULL,
    "situation_code" TEXT,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "due_date" DATE,
    "due_at" TIMESTAMPTZ(3),
    "warning" BOOLEAN NOT NULL DEFAULT false,
    "overdue" BOOLEAN NOT NULL DEFAULT false,
    "escalated" BOOLEAN NOT NULL DEFAULT false,
    "appeal" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "closed_at" TIMESTAMPTZ(3),
    "last_seq" INTEGER NOT NULL,
    "view" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "rectification_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "rectification_department_code_status_idx" ON "rectification"("department_code", "status");
CREATE INDEX "rectification_status_due_at_idx" ON "rectification"("status", "due_at");

CREATE TABLE "urge" (
    "id" TEXT NOT NULL,
    "case_no" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "urged_by" TEXT NOT NULL,
    "urged_at" TIMESTAMPTZ(3) NOT NULL,
    "reply_days" INTEGER NOT NULL,
    "due_date" DATE NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "status" TEXT NOT NULL,
    "answer" TEXT,
    "answered_by" TEXT,
    "answered_at" TIMESTAMPTZ(3),
    "escalated_at" TIMESTAMPTZ(3),
    "finding_id" BIGINT,
    "last_seq" INTEGER NOT NULL,
    "view" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "urge_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "urge_department_code_status_idx" ON "urge"("department_code", "status");
CREATE INDEX "urge_case_no_idx" ON "urge"("case_no");

CREATE TABLE "supervision_event" (
    "stream_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "stream_kind" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "type" TEXT NOT NULL,
    "actor_name" TEXT,
    "actor_role" TEXT,
    "detail" JSONB NOT NULL,
    CONSTRAINT "supervision_event_pkey" PRIMARY KEY ("stream_id", "seq")
);

CREATE TABLE "service_rating" (
    "id" BIGSERIAL NOT NULL,
    "case_no" TEXT NOT NULL,
    "item_code" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "clerk_id" TEXT,
    "clerk_name" TEXT,
    "window_no" TEXT,
    "level" INTEGER NOT NULL,
    "overall" INTEGER NOT NULL,
    "efficiency" INTEGER NOT NULL,
    "service_level" INTEGER NOT NULL,
    "attitude" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "channel" TEXT NOT NULL,
    "rated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finding_id" BIGINT,
    "excluded" BOOLEAN NOT NULL DEFAULT false,
    "excluded_reason" TEXT,
    CONSTRAINT "service_rating_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "service_rating_level_check" CHECK ("level" BETWEEN 1 AND 5)
);
CREATE UNIQUE INDEX "service_rating_case_no_key" ON "service_rating"("case_no");
CREATE INDEX "service_rating_department_code_rated_at_idx" ON "service_rating"("department_code", "rated_at");

CREATE TABLE "notify_contact" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    CONSTRAINT "notify_contact_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "outbox_message" (
    "id" BIGSERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dedupe_key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "ref" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "outbox_message_dedupe_key_key" ON "outbox_message"("dedupe_key");
CREATE INDEX "outbox_message_status_next_attempt_at_idx" ON "outbox_message"("status", "next_attempt_at");
CREATE INDEX "outbox_message_ref_idx" ON "outbox_message"("ref");
