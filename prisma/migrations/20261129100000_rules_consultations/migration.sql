-- Issue 16: consultations recorded at the window (咨询, the first step of the closed loop), and
-- the statistics rebuild taught the new figures (domain/statistics.ts: SPECIAL_PROCEDURE_OVERDUE,
-- PRE_REVIEW_OVERDUE, OUTPUT_OVERDUE, CONSULTED). The projector and the consultation route add
-- to the rollups as they go; the rebuild recomputes them with the same rules.

CREATE TABLE "consultation" (
    "id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mode" TEXT NOT NULL,
    "item_code" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "zone_code" TEXT NOT NULL,
    "staff_id" TEXT NOT NULL,
    "staff_name" TEXT NOT NULL,
    "window_no" TEXT,
    "applicant_name" TEXT,
    "applicant_phone" TEXT,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "case_no" TEXT,
    CONSTRAINT "consultation_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "consultation_at_idx" ON "consultation"("at");
CREATE INDEX "consultation_department_code_at_idx" ON "consultation"("department_code", "at");
CREATE INDEX "consultation_case_no_idx" ON "consultation"("case_no");

-- The front-desk stage a case waits in (pre-review or hand-out) with its limit's flags, projected
-- from the case view, so the case list and the big screen can show stages past their limit.
ALTER TABLE "case_snapshot" ADD COLUMN "stage" TEXT,
    ADD COLUMN "stage_due_date" DATE,
    ADD COLUMN "stage_warning" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "stage_overdue" BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX "case_snapshot_stage_overdue_idx" ON "case_snapshot"("stage_due_date") WHERE "stage_overdue";

CREATE OR REPLACE FUNCTION "statistics_rebuild"() RETURNS void LANGUAGE plpgsql AS $$
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
                           'SPECIAL_PROCEDURE_STARTED', 'WITHDRAWN', 'TERMINATED', 'CORRECTION_LAPSED',
                           'SPECIAL_PROCEDURE_OVERDUE', 'PRE_REVIEW_OVERDUE', 'OUTPUT_OVERDUE')
    ) c
    -- One pass, up to two metrics per event: its own (an OVERDUE only if it is the case's first),
    -- and COMPLETED_ON_TIME for a completion with no OVERDUE before it.
    CROSS JOIN LATERAL (VALUES
        (CASE WHEN c."type" <> 'OVERDUE' OR c."seq" = c."first_overdue_seq" THEN c."type" END),
        (CASE WHEN c."type" = 'COMPLETED' AND (c."first_overdue_seq" IS NULL OR c."first_overdue_seq" > c."seq") THEN 'COMPLETED_ON_TIME' END)
    ) AS m("metric")
    WHERE m."metric" IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    UNION ALL
    -- Consultations are no case events: each counts once as CONSULTED, by the clerk who recorded it.
    SELECT ((q."at" AT TIME ZONE 'UTC') + interval '8 hours')::date, q."department_code", q."item_code", q."zone_code", 'WINDOW', q."staff_id", 'CONSULTED', count(*)
    FROM "consultation" q
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
