-- Documents (issue 17): uploaded materials and electronic results, stored by content hash in the
-- document store (a folder or S3); these rows are their metadata. Rows are append-only for the
-- application: a new version is a new row, earlier versions stay.
CREATE TABLE "document" (
  "id" UUID NOT NULL,
  "case_no" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "material_code" TEXT NOT NULL,
  "version" INTEGER NOT NULL,
  "file_name" TEXT NOT NULL,
  "media_type" TEXT NOT NULL,
  "size" INTEGER NOT NULL,
  "sha256" TEXT NOT NULL,
  "channel" TEXT NOT NULL,
  "uploaded_by_id" TEXT NOT NULL,
  "uploaded_by_name" TEXT NOT NULL,
  "uploaded_by_role" TEXT NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "document_case_no_material_code_version_key" ON "document"("case_no", "material_code", "version");
CREATE INDEX "document_sha256_idx" ON "document"("sha256");

CREATE TABLE "result_certificate" (
  "code" TEXT NOT NULL,
  "case_no" TEXT NOT NULL,
  "document_id" UUID NOT NULL,
  "decision" TEXT NOT NULL,
  "issued_at" TIMESTAMPTZ(3) NOT NULL,
  "facts" JSONB NOT NULL,
  CONSTRAINT "result_certificate_pkey" PRIMARY KEY ("code")
);
CREATE UNIQUE INDEX "result_certificate_case_no_key" ON "result_certificate"("case_no");

DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'onewindow_app') THEN
    REVOKE UPDATE, DELETE, TRUNCATE ON "document", "result_certificate" FROM onewindow_app;
  END IF;
END;
$$;
