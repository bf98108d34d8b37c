-- The department inbox (部门审批) and the window queues read the read model with filters on
-- paused, special procedure and output hold, sorted by due date: plain columns (kept by the
-- projector) instead of JSON look-ups, and one index that serves "open cases of a department by
-- due date" (10,000 open cases answer a page in milliseconds).
ALTER TABLE case_snapshot
  ADD COLUMN paused boolean NOT NULL DEFAULT false,
  ADD COLUMN in_special_procedure boolean NOT NULL DEFAULT false,
  ADD COLUMN output_held boolean NOT NULL DEFAULT false;

UPDATE case_snapshot SET
  paused = coalesce((view->>'paused')::boolean, false),
  in_special_procedure = coalesce((view->>'inSpecialProcedure')::boolean, false),
  output_held = coalesce((view->>'outputHeld')::boolean, false);

CREATE INDEX case_snapshot_department_due_idx ON case_snapshot (department_code, due_date, case_no);
CREATE INDEX case_snapshot_status_submitted_idx ON case_snapshot (status, submitted_at);
