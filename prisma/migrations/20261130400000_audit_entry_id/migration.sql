-- Each audit row carries an id chosen by the process that wrote it. A row that could not be written
-- while PostgreSQL was down waits in that process's spool file (api/http/audit-spool.ts) and is
-- written when the database returns; the id makes that write happen once, also when an earlier
-- attempt did commit but its answer was lost with the connection (ON CONFLICT DO NOTHING).
ALTER TABLE "audit_log" ADD COLUMN "entry_id" UUID;
CREATE UNIQUE INDEX "audit_log_entry_id_key" ON "audit_log"("entry_id");
