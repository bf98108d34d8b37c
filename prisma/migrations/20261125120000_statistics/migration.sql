-- Statistics rollups (R4.2). The projector (activities/projection.ts) adds to them in the same
-- transaction as the case events it inserts; the figures' definitions are in
-- domain/statistics.ts and docs/statistics.md. Days are Asia/Shanghai calendar days (UTC+8, no
-- daylight saving since 1991: a fixed offset, so no time-zone data is needed).
--
-- Today's rows are incremented many times a day. Only `count` changes and it is in no index, so
-- with free room on the page (fillfactor) the update stays on the page (HOT) and touches no index.

CREATE TABLE "stat_daily" (
    "day" DATE NOT NULL,
    "department_code" TEXT NOT NULL,
    "item_code" TEXT NOT NULL,
    "zone_code" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "staff_id" TEXT NOT NULL DEFAULT '',
    "metric" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "stat_daily_pkey" PRIMARY KEY ("day","department_code","item_code","zone_code","channel","staff_id","metric")
) WITH (fillfactor = 80);
CREATE INDEX "stat_daily_department_code_day_idx" ON "stat_daily"("department_code", "day");
CREATE INDEX "stat_daily_item_code_day_idx" ON "stat_daily"("item_code", "day");

CREATE TABLE "stat_department_daily" (
    "day" DATE NOT NULL,
    "department_code" TEXT NOT NULL,
    "zone_code" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "stat_department_daily_pkey" PRIMARY KEY ("day","department_code","zone_code","channel","metric")
) WITH (fillfactor = 80);

-- The big screen's overdue and warning lists: cases still in the approval stage (the clock can
-- only run there), most overdue first. Partial, so they stay as small as the lists themselves.
CREATE INDEX "case_snapshot_open_overdue_idx" ON "case_snapshot"("due_at")
    WHERE "overdue" AND "status" IN ('TRANSFERRING', 'IN_REVIEW', 'RETURNED');
CREATE INDEX "case_snapshot_open_warning_idx" ON "case_snapshot"("due_at")
    WHERE "warning" AND "status" IN ('TRANSFERRING', 'IN_REVIEW', 'RETURNED');

-- Recomputes both rollups from case_event with the same rules as domain/statistics.ts
-- (rollupIncrements): keep the two in step. Used once below for events projected before this
-- migration, by bench/stats.ts after bulk seeding, and by an operator should the rollups ever be
-- doubted. The exclusive locks make it safe while projectors run: a projection either finished
-- before (its events are read here) or waits and adds its increments after.
CREATE FUNCTION "statistics_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- Enough memory to aggregate a long history without spilling to disk; this transaction only.
    PERFORM set_config('work_mem', '256MB', true);
    LOCK TABLE "stat_daily", "stat_department_daily" IN ACCESS EXCLUSIVE MODE;
    TRUNCATE "stat_daily", "stat_department_daily";
    INSERT INTO "stat_daily" ("day", "department_code", "item_code", "zone_code", "channel", "staff_id", "metric", "count")
    SELECT c."day", c."department_code", c."item_code", c."zone_code", c."channel", c."staff_id", m."metric", count(*)
    FROM (
        SELECT ((e."at" AT TIME ZONE 'UTC') + interval '8 hours')::date AS "day",
               s."department_code", s."item_code", s."zone_code", s."channel",
               CASE WHEN e."actor_id" IS NOT NULL AND e."actor_role" NOT IN ('APPLICANT', 'SYSTEM') THEN e."actor_id" ELSE '' END AS "staff_id",
               e."type", e."seq", f."seq" AS "first_overdue_seq"
        FROM "case_event" e
        JOIN "case_snapshot" s ON s."case_no" = e."case_no"
        LEFT JOIN (SELECT "case_no", min("seq") AS "seq" FROM "case_event" WHERE "type" = 'OVERDUE' GROUP BY "case_no") f ON f."case_no" = e."case_no"
        WHERE e."type" IN ('ACCEPTED', 'APPROVED', 'COMPLETED', 'OVERDUE', 'RETURNED', 'PAUSED',
                           'SPECIAL_PROCEDURE_STARTED', 'WITHDRAWN', 'TERMINATED', 'CORRECTION_LAPSED')
    ) c
    -- One pass, up to two metrics per event: its own (an OVERDUE only if it is the case's first),
    -- and COMPLETED_ON_TIME for a completion with no OVERDUE before it.
    CROSS JOIN LATERAL (VALUES
        (CASE WHEN c."type" <> 'OVERDUE' OR c."seq" = c."first_overdue_seq" THEN c."type" END),
        (CASE WHEN c."type" = 'COMPLETED' AND (c."first_overdue_seq" IS NULL OR c."first_overdue_seq" > c."seq") THEN 'COMPLETED_ON_TIME' END)
    ) AS m("metric")
    WHERE m."metric" IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    -- In key order: the primary key is built left to right, and a day's rows share pages.
    ORDER BY 1, 2, 3, 4, 5, 6, 7;
    INSERT INTO "stat_department_daily" ("day", "department_code", "zone_code", "channel", "metric", "count")
    SELECT "day", "department_code", "zone_code", "channel", "metric", sum("count")
    FROM "stat_daily"
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5;
END
$$;

SELECT "statistics_rebuild"();
