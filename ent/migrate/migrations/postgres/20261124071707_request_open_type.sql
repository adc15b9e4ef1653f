-- +goose Up
-- modify "rights_requests" table
ALTER TABLE "rights_requests" ADD COLUMN "open_type" character varying NULL;
-- create index "rightsrequest_subject_id_open_type" to table: "rights_requests"
CREATE UNIQUE INDEX "rightsrequest_subject_id_open_type" ON "rights_requests" ("subject_id", "open_type");

-- +goose Down
-- reverse: create index "rightsrequest_subject_id_open_type" to table: "rights_requests"
DROP INDEX "rightsrequest_subject_id_open_type";
-- reverse: modify "rights_requests" table
ALTER TABLE "rights_requests" DROP COLUMN "open_type";
