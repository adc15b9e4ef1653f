-- +goose Up
-- modify "memberships" table
ALTER TABLE "memberships" ADD COLUMN "sort_name" character varying NOT NULL DEFAULT '', ADD COLUMN "sort_email" character varying NOT NULL DEFAULT '', ADD COLUMN "last_active_at" timestamptz NOT NULL DEFAULT '0001-01-01 00:00:00+00', ADD COLUMN "open_requests" bigint NOT NULL DEFAULT 0;
-- fill the directory's sort keys of existing memberships, as package directory keeps them
UPDATE "memberships" m SET
  "sort_name" = COALESCE((SELECT LOWER(p."last_name") || ' ' || LOWER(p."first_name") FROM "profiles" p WHERE p."user_id" = m."user_id"), ''),
  "sort_email" = COALESCE((SELECT LOWER(u."email") FROM "users" u WHERE u."id" = m."user_id"), ''),
  "open_requests" = (SELECT COUNT(*) FROM "rights_requests" r WHERE r."subject_id" = m."user_id" AND r."open_type" IS NOT NULL),
  "last_active_at" = GREATEST(m."last_active_at",
    COALESCE((SELECT u."last_login_at" FROM "users" u WHERE u."id" = m."user_id"), m."last_active_at"),
    COALESCE((SELECT MAX(e."occurred_at") FROM "activity_events" e WHERE e."user_id" = m."user_id"), m."last_active_at"));
ALTER TABLE "memberships" ALTER COLUMN "last_active_at" DROP DEFAULT;
-- end all but the oldest of any duplicate current memberships, which the unique index below
-- forbids; a duplicate ends as it started, never having been a membership of its own
UPDATE "memberships" SET "ended_at" = "started_at" WHERE "ended_at" IS NULL AND "id" NOT IN (
  SELECT MIN("id") FROM "memberships" WHERE "ended_at" IS NULL GROUP BY "organisation_id", "kind", "user_id");
-- create index "membership_organisation_id_kind_last_active_at_user_id" to table: "memberships"
CREATE INDEX "membership_organisation_id_kind_last_active_at_user_id" ON "memberships" ("organisation_id", "kind", "last_active_at", "user_id") WHERE (ended_at IS NULL);
-- create index "membership_organisation_id_kind_open_requests_user_id" to table: "memberships"
CREATE INDEX "membership_organisation_id_kind_open_requests_user_id" ON "memberships" ("organisation_id", "kind", "open_requests", "user_id") WHERE (ended_at IS NULL);
-- create index "membership_organisation_id_kind_sort_email_user_id" to table: "memberships"
CREATE INDEX "membership_organisation_id_kind_sort_email_user_id" ON "memberships" ("organisation_id", "kind", "sort_email", "user_id") WHERE (ended_at IS NULL);
-- create index "membership_organisation_id_kind_sort_name_user_id" to table: "memberships"
CREATE INDEX "membership_organisation_id_kind_sort_name_user_id" ON "memberships" ("organisation_id", "kind", "sort_name", "user_id") WHERE (ended_at IS NULL);
-- create index "membership_organisation_id_kind_user_id" to table: "memberships"
CREATE UNIQUE INDEX "membership_organisation_id_kind_user_id" ON "memberships" ("organisation_id", "kind", "user_id") WHERE (ended_at IS NULL);

-- +goose Down
-- reverse: create index "membership_organisation_id_kind_user_id" to table: "memberships"
DROP INDEX "membership_organisation_id_kind_user_id";
-- reverse: create index "membership_organisation_id_kind_sort_name_user_id" to table: "memberships"
DROP INDEX "membership_organisation_id_kind_sort_name_user_id";
-- reverse: create index "membership_organisation_id_kind_sort_email_user_id" to table: "memberships"
DROP INDEX "membership_organisation_id_kind_sort_email_user_id";
-- reverse: create index "membership_organisation_id_kind_open_requests_user_id" to table: "memberships"
DROP INDEX "membership_organisation_id_kind_open_requests_user_id";
-- reverse: create index "membership_organisation_id_kind_last_active_at_user_id" to table: "memberships"
DROP INDEX "membership_organisation_id_kind_last_active_at_user_id";
-- reverse: modify "memberships" table
ALTER TABLE "memberships" DROP COLUMN "open_requests", DROP COLUMN "last_active_at", DROP COLUMN "sort_email", DROP COLUMN "sort_name";
