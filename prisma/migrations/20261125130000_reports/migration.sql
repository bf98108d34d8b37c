-- Monthly statistical analysis reports (R4.3) and the notifications that tell departments of them.

CREATE TABLE "report" (
    "id" UUID NOT NULL,
    "month" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "generated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "report_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "report_month_scope_format_key" ON "report"("month", "scope", "format");

CREATE TABLE "notification" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "department_code" TEXT,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "notification_department_code_at_idx" ON "notification"("department_code", "at");
