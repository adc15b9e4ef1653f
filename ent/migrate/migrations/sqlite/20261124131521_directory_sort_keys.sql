-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_memberships" table
CREATE TABLE `new_memberships` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `started_at` datetime NOT NULL, `ended_at` datetime NULL, `sort_name` text NOT NULL DEFAULT (''), `sort_email` text NOT NULL DEFAULT (''), `last_active_at` datetime NOT NULL, `open_requests` integer NOT NULL DEFAULT (0), `organisation_id` integer NOT NULL, `user_id` integer NOT NULL, CONSTRAINT `memberships_organisations_organisation` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`) ON DELETE NO ACTION, CONSTRAINT `memberships_users_memberships` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "new_memberships" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_memberships", 42949672960);
-- copy rows from old table "memberships" to new temporary table "new_memberships"
INSERT INTO `new_memberships` (`id`, `created_at`, `updated_at`, `kind`, `started_at`, `ended_at`, `organisation_id`, `user_id`, `last_active_at`) SELECT `id`, `created_at`, `updated_at`, `kind`, `started_at`, `ended_at`, `organisation_id`, `user_id`, '0001-01-01 00:00:00+00:00' FROM `memberships`;
-- fill the directory's sort keys of existing memberships, as package directory keeps them
UPDATE `new_memberships` SET
  `sort_name` = COALESCE((SELECT LOWER(p.`last_name`) || ' ' || LOWER(p.`first_name`) FROM `profiles` p WHERE p.`user_id` = `new_memberships`.`user_id`), ''),
  `sort_email` = COALESCE((SELECT LOWER(u.`email`) FROM `users` u WHERE u.`id` = `new_memberships`.`user_id`), ''),
  `open_requests` = (SELECT COUNT(*) FROM `rights_requests` r WHERE r.`subject_id` = `new_memberships`.`user_id` AND r.`open_type` IS NOT NULL),
  `last_active_at` = MAX(`last_active_at`,
    COALESCE((SELECT u.`last_login_at` FROM `users` u WHERE u.`id` = `new_memberships`.`user_id`), `last_active_at`),
    COALESCE((SELECT MAX(e.`occurred_at`) FROM `activity_events` e WHERE e.`user_id` = `new_memberships`.`user_id`), `last_active_at`));
-- end all but the oldest of any duplicate current memberships, which the unique index below
-- forbids; a duplicate ends as it started, never having been a membership of its own
UPDATE `new_memberships` SET `ended_at` = `started_at` WHERE `ended_at` IS NULL AND `id` NOT IN (
  SELECT MIN(`id`) FROM `new_memberships` WHERE `ended_at` IS NULL GROUP BY `organisation_id`, `kind`, `user_id`);
-- drop "memberships" table after copying rows
DROP TABLE `memberships`;
-- rename temporary table "new_memberships" to "memberships"
ALTER TABLE `new_memberships` RENAME TO `memberships`;
-- create index "membership_organisation_id_kind_ended_at" to table: "memberships"
CREATE INDEX `membership_organisation_id_kind_ended_at` ON `memberships` (`organisation_id`, `kind`, `ended_at`);
-- create index "membership_user_id_ended_at" to table: "memberships"
CREATE INDEX `membership_user_id_ended_at` ON `memberships` (`user_id`, `ended_at`);
-- create index "membership_organisation_id_kind_user_id" to table: "memberships"
CREATE UNIQUE INDEX `membership_organisation_id_kind_user_id` ON `memberships` (`organisation_id`, `kind`, `user_id`) WHERE ended_at IS NULL;
-- create index "membership_organisation_id_kind_sort_name_user_id" to table: "memberships"
CREATE INDEX `membership_organisation_id_kind_sort_name_user_id` ON `memberships` (`organisation_id`, `kind`, `sort_name`, `user_id`) WHERE ended_at IS NULL;
-- create index "membership_organisation_id_kind_sort_email_user_id" to table: "memberships"
CREATE INDEX `membership_organisation_id_kind_sort_email_user_id` ON `memberships` (`organisation_id`, `kind`, `sort_email`, `user_id`) WHERE ended_at IS NULL;
-- create index "membership_organisation_id_kind_last_active_at_user_id" to table: "memberships"
CREATE INDEX `membership_organisation_id_kind_last_active_at_user_id` ON `memberships` (`organisation_id`, `kind`, `last_active_at`, `user_id`) WHERE ended_at IS NULL;
-- create index "membership_organisation_id_kind_open_requests_user_id" to table: "memberships"
CREATE INDEX `membership_organisation_id_kind_open_requests_user_id` ON `memberships` (`organisation_id`, `kind`, `open_requests`, `user_id`) WHERE ended_at IS NULL;
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "membership_organisation_id_kind_open_requests_user_id" to table: "memberships"
DROP INDEX `membership_organisation_id_kind_open_requests_user_id`;
-- reverse: create index "membership_organisation_id_kind_last_active_at_user_id" to table: "memberships"
DROP INDEX `membership_organisation_id_kind_last_active_at_user_id`;
-- reverse: create index "membership_organisation_id_kind_sort_email_user_id" to table: "memberships"
DROP INDEX `membership_organisation_id_kind_sort_email_user_id`;
-- reverse: create index "membership_organisation_id_kind_sort_name_user_id" to table: "memberships"
DROP INDEX `membership_organisation_id_kind_sort_name_user_id`;
-- reverse: create index "membership_organisation_id_kind_user_id" to table: "memberships"
DROP INDEX `membership_organisation_id_kind_user_id`;
-- reverse: create index "membership_user_id_ended_at" to table: "memberships"
DROP INDEX `membership_user_id_ended_at`;
-- reverse: create index "membership_organisation_id_kind_ended_at" to table: "memberships"
DROP INDEX `membership_organisation_id_kind_ended_at`;
-- reverse: set sequence for "new_memberships" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_memberships";
-- reverse: create "new_memberships" table
DROP TABLE `new_memberships`;
