-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_export_archives" table
CREATE TABLE `new_export_archives` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `state` text NOT NULL DEFAULT ('PENDING'), `storage_key` text NOT NULL DEFAULT (''), `encryption_key` blob NULL, `size_bytes` integer NOT NULL DEFAULT (0), `sha256` text NOT NULL DEFAULT (''), `progress` integer NOT NULL DEFAULT (0), `files` json NULL, `failure` text NOT NULL DEFAULT (''), `ready_at` datetime NULL, `expires_at` datetime NULL, `request_id` integer NOT NULL, CONSTRAINT `export_archives_rights_requests_export_archive` FOREIGN KEY (`request_id`) REFERENCES `rights_requests` (`id`) ON DELETE NO ACTION);
-- set sequence for "new_export_archives" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_export_archives", 25769803776);
-- copy rows from old table "export_archives" to new temporary table "new_export_archives"
INSERT INTO `new_export_archives` (`id`, `created_at`, `updated_at`, `state`, `storage_key`, `encryption_key`, `size_bytes`, `sha256`, `ready_at`, `expires_at`, `request_id`) SELECT `id`, `created_at`, `updated_at`, `state`, `storage_key`, `encryption_key`, `size_bytes`, `sha256`, `ready_at`, `expires_at`, `request_id` FROM `export_archives`;
-- drop "export_archives" table after copying rows
DROP TABLE `export_archives`;
-- rename temporary table "new_export_archives" to "export_archives"
ALTER TABLE `new_export_archives` RENAME TO `export_archives`;
-- create index "export_archives_request_id_key" to table: "export_archives"
CREATE UNIQUE INDEX `export_archives_request_id_key` ON `export_archives` (`request_id`);
-- create index "exportarchive_state_expires_at" to table: "export_archives"
CREATE INDEX `exportarchive_state_expires_at` ON `export_archives` (`state`, `expires_at`);
-- add column "closed_at" to table: "users"
ALTER TABLE `users` ADD COLUMN `closed_at` datetime NULL;
-- add column "erasure_scheduled_at" to table: "rights_requests"
ALTER TABLE `rights_requests` ADD COLUMN `erasure_scheduled_at` datetime NULL;
-- add column "erasure_receipt" to table: "rights_requests"
ALTER TABLE `rights_requests` ADD COLUMN `erasure_receipt` json NULL;
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: add column "erasure_receipt" to table: "rights_requests"
ALTER TABLE `rights_requests` DROP COLUMN `erasure_receipt`;
-- reverse: add column "erasure_scheduled_at" to table: "rights_requests"
ALTER TABLE `rights_requests` DROP COLUMN `erasure_scheduled_at`;
-- reverse: add column "closed_at" to table: "users"
ALTER TABLE `users` DROP COLUMN `closed_at`;
-- reverse: create index "exportarchive_state_expires_at" to table: "export_archives"
DROP INDEX `exportarchive_state_expires_at`;
-- reverse: create index "export_archives_request_id_key" to table: "export_archives"
DROP INDEX `export_archives_request_id_key`;
-- reverse: set sequence for "new_export_archives" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_export_archives";
-- reverse: create "new_export_archives" table
DROP TABLE `new_export_archives`;
