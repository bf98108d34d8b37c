-- An Idempotency-Key in progress is leased by one API process: if that process dies mid-request
-- the lease runs out and a retry takes the key over, instead of finding it "in progress" forever.
-- What the request decided before acting (e.g. the case number, before the workflow starts) is
-- kept on the key, so the retry finds what the first attempt did.
ALTER TABLE "idempotency_record" ADD COLUMN "owner" TEXT;
ALTER TABLE "idempotency_record" ADD COLUMN "lease_until" TIMESTAMPTZ(3);
ALTER TABLE "idempotency_record" ADD COLUMN "resource" JSONB;
