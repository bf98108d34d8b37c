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

-- Case lookup by the applicant's ID number or credit code (办件查询): the read model keeps only
-- the masked number, so the window's intake records a keyed hash of the full one here.
CREATE TABLE case_applicant_key (
  case_no text PRIMARY KEY,
  id_hash text NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX case_applicant_key_id_hash_idx ON case_applicant_key (id_hash);
