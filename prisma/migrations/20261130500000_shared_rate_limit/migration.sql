-- Per-minute request limits counted in PostgreSQL, so that every API copy behind a load balancer
-- counts the same requests: one row per limiter key and fixed window (api/http/rate-limit-store.ts).
-- Old windows are deleted by the API copies themselves; the table stays as small as the set of
-- clients active in the last few minutes.
CREATE TABLE "rate_limit_hit" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "rate_limit_hit_pkey" PRIMARY KEY ("key", "window_start")
);
CREATE INDEX "rate_limit_hit_window_start_idx" ON "rate_limit_hit" ("window_start");
