-- Screen credentials for the hall's big screen (大屏), and the recipient of a notification.
--
-- A screen credential is a long-lived, revocable, read-only token that opens the big screen
-- and nothing else. Only its SHA-256 hash is kept; the token is shown once, when it is made.

CREATE TABLE "screen_credential" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "token_prefix" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "revoked_by" TEXT,
    CONSTRAINT "screen_credential_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "screen_credential_token_hash_key" ON "screen_credential"("token_hash");

-- Who a notification is for: a window department (department_code set), the centre's managers,
-- or the business-environment office (市营商办), which receives every monthly report (R4.3).
ALTER TABLE "notification" ADD COLUMN "recipient" TEXT NOT NULL DEFAULT 'DEPARTMENT';
UPDATE "notification" SET "recipient" = 'CENTRE' WHERE "department_code" IS NULL;
CREATE INDEX "notification_recipient_at_idx" ON "notification"("recipient", "at");
