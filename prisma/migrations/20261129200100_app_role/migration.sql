-- Least privilege (issue 14): migrations run as the owner of the tables; the API and the worker
-- connect as onewindow_app, which may read and write the working tables but only INSERT and
-- SELECT on the audit log and the violations list. Not being their owner nor a superuser, it can
-- neither DISABLE TRIGGER, TRUNCATE, ALTER nor switch session_replication_role: not even the
-- application can rewrite history. The login (password) is set outside migrations: by `npm start`
-- and the tests for the embedded server, by the DBA elsewhere (docs/operations.md).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'onewindow_app') THEN
    BEGIN
      CREATE ROLE onewindow_app NOLOGIN;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE WARNING 'role onewindow_app does not exist and the migrating role may not create it: create it (docs/operations.md) and grant by re-running this script''s GRANTs';
      RETURN;
    END;
  END IF;
  REVOKE CREATE ON SCHEMA public FROM PUBLIC;
  GRANT USAGE ON SCHEMA public TO onewindow_app;
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO onewindow_app;
  REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log", "violation" FROM onewindow_app;
  REVOKE ALL ON "_prisma_migrations" FROM onewindow_app;
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO onewindow_app;
  -- Tables and sequences later migrations create (as this same owner role) are granted alike;
  -- a new append-only table must REVOKE UPDATE, DELETE from onewindow_app in its migration.
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO onewindow_app;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO onewindow_app;
END;
$$;
