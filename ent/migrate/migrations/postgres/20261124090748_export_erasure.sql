-- +goose Up
-- modify "export_archives" table
ALTER TABLE "export_archives" ADD COLUMN "progress" bigint NOT NULL DEFAULT 0, ADD COLUMN "files" jsonb NULL, ADD COLUMN "failure" character varying NOT NULL DEFAULT '';
-- modify "rights_requests" table
ALTER TABLE "rights_requests" ADD COLUMN "erasure_scheduled_at" timestamptz NULL, ADD COLUMN "erasure_receipt" jsonb NULL;
-- modify "users" table
ALTER TABLE "users" ADD COLUMN "closed_at" timestamptz NULL;

-- +goose Down
-- reverse: modify "users" table
ALTER TABLE "users" DROP COLUMN "closed_at";
-- reverse: modify "rights_requests" table
ALTER TABLE "rights_requests" DROP COLUMN "erasure_receipt", DROP COLUMN "erasure_scheduled_at";
-- reverse: modify "export_archives" table
ALTER TABLE "export_archives" DROP COLUMN "failure", DROP COLUMN "files", DROP COLUMN "progress";
