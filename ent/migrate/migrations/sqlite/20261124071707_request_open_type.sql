-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_rights_requests" table
CREATE TABLE `new_rights_requests` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `type` text NOT NULL, `state` text NOT NULL DEFAULT ('SUBMITTED'), `description` text NOT NULL DEFAULT (''), `open_type` text NULL, `rectification_field` text NOT NULL DEFAULT (''), `rectification_value` text NOT NULL DEFAULT (''), `objection_processing` text NOT NULL DEFAULT (''), `portability_recipient` text NOT NULL DEFAULT (''), `received_at` datetime NOT NULL, `due_at` datetime NOT NULL, `paused_at` datetime NULL, `paused_days` integer NOT NULL DEFAULT (0), `extension_months` integer NOT NULL DEFAULT (0), `extension_reason` text NOT NULL DEFAULT (''), `rejection_reason` text NULL, `rejection_explanation` text NOT NULL DEFAULT (''), `possibly_repetitive` bool NOT NULL DEFAULT (false), `erasure_preview` json NULL, `closed_at` datetime NULL, `purge_after` datetime NULL, `submitted_by_id` integer NULL, `organisation_id` integer NULL, `subject_id` integer NOT NULL, CONSTRAINT `rights_requests_users_submitted_by` FOREIGN KEY (`submitted_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `rights_requests_organisations_organisation` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`) ON DELETE SET NULL, CONSTRAINT `rights_requests_users_rights_requests` FOREIGN KEY (`subject_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "new_rights_requests" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_rights_requests", 73014444032);
-- copy rows from old table "rights_requests" to new temporary table "new_rights_requests"
INSERT INTO `new_rights_requests` (`id`, `created_at`, `updated_at`, `type`, `state`, `description`, `rectification_field`, `rectification_value`, `objection_processing`, `portability_recipient`, `received_at`, `due_at`, `paused_at`, `paused_days`, `extension_months`, `extension_reason`, `rejection_reason`, `rejection_explanation`, `possibly_repetitive`, `erasure_preview`, `closed_at`, `purge_after`, `submitted_by_id`, `organisation_id`, `subject_id`) SELECT `id`, `created_at`, `updated_at`, `type`, `state`, `description`, `rectification_field`, `rectification_value`, `objection_processing`, `portability_recipient`, `received_at`, `due_at`, `paused_at`, `paused_days`, `extension_months`, `extension_reason`, `rejection_reason`, `rejection_explanation`, `possibly_repetitive`, `erasure_preview`, `closed_at`, `purge_after`, `submitted_by_id`, `organisation_id`, `subject_id` FROM `rights_requests`;
-- drop "rights_requests" table after copying rows
DROP TABLE `rights_requests`;
-- rename temporary table "new_rights_requests" to "rights_requests"
ALTER TABLE `new_rights_requests` RENAME TO `rights_requests`;
-- create index "rightsrequest_state_due_at" to table: "rights_requests"
CREATE INDEX `rightsrequest_state_due_at` ON `rights_requests` (`state`, `due_at`);
-- create index "rightsrequest_subject_id_type_state" to table: "rights_requests"
CREATE INDEX `rightsrequest_subject_id_type_state` ON `rights_requests` (`subject_id`, `type`, `state`);
-- create index "rightsrequest_subject_id_open_type" to table: "rights_requests"
CREATE UNIQUE INDEX `rightsrequest_subject_id_open_type` ON `rights_requests` (`subject_id`, `open_type`);
-- create index "rightsrequest_organisation_id_state" to table: "rights_requests"
CREATE INDEX `rightsrequest_organisation_id_state` ON `rights_requests` (`organisation_id`, `state`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "rightsrequest_organisation_id_state" to table: "rights_requests"
DROP INDEX `rightsrequest_organisation_id_state`;
-- reverse: create index "rightsrequest_subject_id_open_type" to table: "rights_requests"
DROP INDEX `rightsrequest_subject_id_open_type`;
-- reverse: create index "rightsrequest_subject_id_type_state" to table: "rights_requests"
DROP INDEX `rightsrequest_subject_id_type_state`;
-- reverse: create index "rightsrequest_state_due_at" to table: "rights_requests"
DROP INDEX `rightsrequest_state_due_at`;
-- reverse: set sequence for "new_rights_requests" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_rights_requests";
-- reverse: create "new_rights_requests" table
DROP TABLE `new_rights_requests`;
