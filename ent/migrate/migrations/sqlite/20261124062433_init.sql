-- +goose Up
-- create "activity_events" table
CREATE TABLE `activity_events` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `kind` text NOT NULL, `occurred_at` datetime NOT NULL, `ip_address` text NOT NULL DEFAULT (''), `user_agent` text NOT NULL DEFAULT (''), `detail` text NOT NULL DEFAULT (''), `user_id` integer NOT NULL, CONSTRAINT `activity_events_users_activity_events` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- create index "activityevent_user_id_occurred_at" to table: "activity_events"
CREATE INDEX `activityevent_user_id_occurred_at` ON `activity_events` (`user_id`, `occurred_at`);
-- create "audit_entries" table
CREATE TABLE `audit_entries` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `actor_role` text NOT NULL, `action` text NOT NULL, `entity` text NOT NULL, `entity_id` integer NULL, `count` integer NOT NULL DEFAULT (1), `request_id` text NOT NULL DEFAULT (''), `occurred_at` datetime NOT NULL, `actor_id` integer NULL, `actor_organisation_id` integer NULL, `subject_id` integer NULL, CONSTRAINT `audit_entries_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `audit_entries_organisations_actor_organisation` FOREIGN KEY (`actor_organisation_id`) REFERENCES `organisations` (`id`) ON DELETE SET NULL, CONSTRAINT `audit_entries_users_subject` FOREIGN KEY (`subject_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "audit_entries" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("audit_entries", 4294967296);
-- create index "auditentry_subject_id_occurred_at" to table: "audit_entries"
CREATE INDEX `auditentry_subject_id_occurred_at` ON `audit_entries` (`subject_id`, `occurred_at`);
-- create index "auditentry_actor_id_occurred_at" to table: "audit_entries"
CREATE INDEX `auditentry_actor_id_occurred_at` ON `audit_entries` (`actor_id`, `occurred_at`);
-- create "communication_preferences" table
CREATE TABLE `communication_preferences` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `channel` text NOT NULL, `topic` text NOT NULL, `enabled` bool NOT NULL, `user_id` integer NOT NULL, CONSTRAINT `communication_preferences_users_communication_preferences` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "communication_preferences" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("communication_preferences", 8589934592);
-- create index "communicationpreference_user_id_channel_topic" to table: "communication_preferences"
CREATE UNIQUE INDEX `communicationpreference_user_id_channel_topic` ON `communication_preferences` (`user_id`, `channel`, `topic`);
-- create "consents" table
CREATE TABLE `consents` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `state` text NOT NULL, `changed_at` datetime NOT NULL, `purpose_id` integer NOT NULL, `policy_version_id` integer NULL, `user_id` integer NOT NULL, CONSTRAINT `consents_data_purposes_purpose` FOREIGN KEY (`purpose_id`) REFERENCES `data_purposes` (`id`) ON DELETE NO ACTION, CONSTRAINT `consents_policy_versions_policy_version` FOREIGN KEY (`policy_version_id`) REFERENCES `policy_versions` (`id`) ON DELETE SET NULL, CONSTRAINT `consents_users_consents` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "consents" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("consents", 12884901888);
-- create index "consent_user_id_purpose_id" to table: "consents"
CREATE UNIQUE INDEX `consent_user_id_purpose_id` ON `consents` (`user_id`, `purpose_id`);
-- create "consent_events" table
CREATE TABLE `consent_events` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `kind` text NOT NULL, `channel` text NOT NULL DEFAULT (''), `topic` text NOT NULL DEFAULT (''), `actor_role` text NOT NULL, `source` text NOT NULL, `occurred_at` datetime NOT NULL, `consent_id` integer NULL, `actor_id` integer NULL, `policy_version_id` integer NULL, `user_id` integer NOT NULL, CONSTRAINT `consent_events_consents_consent` FOREIGN KEY (`consent_id`) REFERENCES `consents` (`id`) ON DELETE SET NULL, CONSTRAINT `consent_events_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `consent_events_policy_versions_policy_version` FOREIGN KEY (`policy_version_id`) REFERENCES `policy_versions` (`id`) ON DELETE SET NULL, CONSTRAINT `consent_events_users_consent_events` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "consent_events" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("consent_events", 17179869184);
-- create index "consentevent_user_id_occurred_at" to table: "consent_events"
CREATE INDEX `consentevent_user_id_occurred_at` ON `consent_events` (`user_id`, `occurred_at`);
-- create "data_purposes" table
CREATE TABLE `data_purposes` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `key` text NOT NULL, `name` text NOT NULL, `description` text NOT NULL, `category` text NOT NULL, `lawful_basis` text NOT NULL, `retention_months` integer NOT NULL, `retention_from` text NOT NULL, `recipients` json NULL, `objectable` bool NOT NULL DEFAULT (false), `dpv_purpose` text NOT NULL DEFAULT (''), `dpv_legal_basis` text NOT NULL DEFAULT (''), `dpv_data_categories` json NULL);
-- set sequence for "data_purposes" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("data_purposes", 21474836480);
-- create index "data_purposes_key_key" to table: "data_purposes"
CREATE UNIQUE INDEX `data_purposes_key_key` ON `data_purposes` (`key`);
-- create "export_archives" table
CREATE TABLE `export_archives` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `state` text NOT NULL DEFAULT ('PENDING'), `storage_key` text NOT NULL DEFAULT (''), `encryption_key` blob NULL, `size_bytes` integer NOT NULL DEFAULT (0), `sha256` text NOT NULL DEFAULT (''), `ready_at` datetime NULL, `expires_at` datetime NULL, `request_id` integer NOT NULL, CONSTRAINT `export_archives_rights_requests_export_archive` FOREIGN KEY (`request_id`) REFERENCES `rights_requests` (`id`) ON DELETE NO ACTION);
-- set sequence for "export_archives" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("export_archives", 25769803776);
-- create index "export_archives_request_id_key" to table: "export_archives"
CREATE UNIQUE INDEX `export_archives_request_id_key` ON `export_archives` (`request_id`);
-- create index "exportarchive_state_expires_at" to table: "export_archives"
CREATE INDEX `exportarchive_state_expires_at` ON `export_archives` (`state`, `expires_at`);
-- create "financial_records" table
CREATE TABLE `financial_records` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `reference` text NOT NULL, `description` text NOT NULL DEFAULT (''), `amount_pence` integer NOT NULL, `currency` text NOT NULL DEFAULT ('GBP'), `occurred_at` datetime NOT NULL, `billing_name` text NOT NULL DEFAULT (''), `billing_address` text NOT NULL DEFAULT (''), `minimised_at` datetime NULL, `retain_until` datetime NULL, `user_id` integer NULL, CONSTRAINT `financial_records_users_financial_records` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "financial_records" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("financial_records", 30064771072);
-- create index "financialrecord_user_id_occurred_at" to table: "financial_records"
CREATE INDEX `financialrecord_user_id_occurred_at` ON `financial_records` (`user_id`, `occurred_at`);
-- create index "financialrecord_retain_until" to table: "financial_records"
CREATE INDEX `financialrecord_retain_until` ON `financial_records` (`retain_until`);
-- create "learning_records" table
CREATE TABLE `learning_records` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `course_code` text NOT NULL, `course_title` text NOT NULL, `status` text NOT NULL, `registered_at` datetime NOT NULL, `completed_at` datetime NULL, `cpd_hours` real NOT NULL DEFAULT (0), `certificate_number` text NOT NULL DEFAULT (''), `certificate_name` text NOT NULL DEFAULT (''), `user_id` integer NOT NULL, CONSTRAINT `learning_records_users_learning_records` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "learning_records" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("learning_records", 34359738368);
-- create index "learningrecord_user_id_registered_at" to table: "learning_records"
CREATE INDEX `learningrecord_user_id_registered_at` ON `learning_records` (`user_id`, `registered_at`);
-- create "legal_holds" table
CREATE TABLE `legal_holds` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `kind` text NOT NULL, `reason` text NOT NULL, `placed_at` datetime NOT NULL, `released_at` datetime NULL, `placed_by_id` integer NULL, `released_by_id` integer NULL, `user_id` integer NOT NULL, CONSTRAINT `legal_holds_users_placed_by` FOREIGN KEY (`placed_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `legal_holds_users_released_by` FOREIGN KEY (`released_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `legal_holds_users_legal_holds` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "legal_holds" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("legal_holds", 38654705664);
-- create index "legalhold_user_id_released_at" to table: "legal_holds"
CREATE INDEX `legalhold_user_id_released_at` ON `legal_holds` (`user_id`, `released_at`);
-- create "memberships" table
CREATE TABLE `memberships` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `kind` text NOT NULL, `started_at` datetime NOT NULL, `ended_at` datetime NULL, `organisation_id` integer NOT NULL, `user_id` integer NOT NULL, CONSTRAINT `memberships_organisations_organisation` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`) ON DELETE NO ACTION, CONSTRAINT `memberships_users_memberships` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "memberships" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("memberships", 42949672960);
-- create index "membership_organisation_id_kind_ended_at" to table: "memberships"
CREATE INDEX `membership_organisation_id_kind_ended_at` ON `memberships` (`organisation_id`, `kind`, `ended_at`);
-- create index "membership_user_id_ended_at" to table: "memberships"
CREATE INDEX `membership_user_id_ended_at` ON `memberships` (`user_id`, `ended_at`);
-- create "organisations" table
CREATE TABLE `organisations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL);
-- set sequence for "organisations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("organisations", 47244640256);
-- create index "organisations_name_key" to table: "organisations"
CREATE UNIQUE INDEX `organisations_name_key` ON `organisations` (`name`);
-- create "policy_acceptances" table
CREATE TABLE `policy_acceptances` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `accepted_at` datetime NOT NULL, `policy_version_id` integer NOT NULL, `user_id` integer NOT NULL, CONSTRAINT `policy_acceptances_policy_versions_policy_version` FOREIGN KEY (`policy_version_id`) REFERENCES `policy_versions` (`id`) ON DELETE NO ACTION, CONSTRAINT `policy_acceptances_users_policy_acceptances` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "policy_acceptances" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("policy_acceptances", 51539607552);
-- create index "policyacceptance_user_id_policy_version_id" to table: "policy_acceptances"
CREATE UNIQUE INDEX `policyacceptance_user_id_policy_version_id` ON `policy_acceptances` (`user_id`, `policy_version_id`);
-- create "policy_versions" table
CREATE TABLE `policy_versions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` text NOT NULL, `title` text NOT NULL, `summary` text NOT NULL DEFAULT (''), `body` text NOT NULL, `published_at` datetime NULL);
-- set sequence for "policy_versions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("policy_versions", 55834574848);
-- create index "policy_versions_version_key" to table: "policy_versions"
CREATE UNIQUE INDEX `policy_versions_version_key` ON `policy_versions` (`version`);
-- create "profiles" table
CREATE TABLE `profiles` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `first_name` text NOT NULL DEFAULT (''), `last_name` text NOT NULL DEFAULT (''), `username` text NOT NULL DEFAULT (''), `date_of_birth` datetime NULL, `gender` text NOT NULL DEFAULT (''), `phone` text NOT NULL DEFAULT (''), `address_line1` text NOT NULL DEFAULT (''), `address_line2` text NOT NULL DEFAULT (''), `town` text NOT NULL DEFAULT (''), `postcode` text NOT NULL DEFAULT (''), `country` text NOT NULL DEFAULT (''), `job_title` text NOT NULL DEFAULT (''), `qualifications` json NULL, `subjects_taught` json NULL, `age_groups_taught` json NULL, `interests` json NULL, `user_id` integer NOT NULL, CONSTRAINT `profiles_users_profile` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "profiles" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("profiles", 60129542144);
-- create index "profiles_user_id_key" to table: "profiles"
CREATE UNIQUE INDEX `profiles_user_id_key` ON `profiles` (`user_id`);
-- create "request_events" table
CREATE TABLE `request_events` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `actor_role` text NOT NULL, `from_state` text NOT NULL DEFAULT (''), `to_state` text NOT NULL, `note` text NOT NULL DEFAULT (''), `occurred_at` datetime NOT NULL, `request_id` integer NOT NULL, `actor_id` integer NULL, CONSTRAINT `request_events_rights_requests_request` FOREIGN KEY (`request_id`) REFERENCES `rights_requests` (`id`) ON DELETE NO ACTION, CONSTRAINT `request_events_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "request_events" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("request_events", 64424509440);
-- create index "requestevent_request_id_occurred_at" to table: "request_events"
CREATE INDEX `requestevent_request_id_occurred_at` ON `request_events` (`request_id`, `occurred_at`);
-- create "request_messages" table
CREATE TABLE `request_messages` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `author_role` text NOT NULL, `body` text NOT NULL, `sent_at` datetime NOT NULL, `request_id` integer NOT NULL, `author_id` integer NULL, CONSTRAINT `request_messages_rights_requests_request` FOREIGN KEY (`request_id`) REFERENCES `rights_requests` (`id`) ON DELETE NO ACTION, CONSTRAINT `request_messages_users_author` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "request_messages" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("request_messages", 68719476736);
-- create index "requestmessage_request_id_sent_at" to table: "request_messages"
CREATE INDEX `requestmessage_request_id_sent_at` ON `request_messages` (`request_id`, `sent_at`);
-- create "rights_requests" table
CREATE TABLE `rights_requests` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `type` text NOT NULL, `state` text NOT NULL DEFAULT ('SUBMITTED'), `description` text NOT NULL DEFAULT (''), `rectification_field` text NOT NULL DEFAULT (''), `rectification_value` text NOT NULL DEFAULT (''), `objection_processing` text NOT NULL DEFAULT (''), `portability_recipient` text NOT NULL DEFAULT (''), `received_at` datetime NOT NULL, `due_at` datetime NOT NULL, `paused_at` datetime NULL, `paused_days` integer NOT NULL DEFAULT (0), `extension_months` integer NOT NULL DEFAULT (0), `extension_reason` text NOT NULL DEFAULT (''), `rejection_reason` text NULL, `rejection_explanation` text NOT NULL DEFAULT (''), `possibly_repetitive` bool NOT NULL DEFAULT (false), `erasure_preview` json NULL, `closed_at` datetime NULL, `purge_after` datetime NULL, `submitted_by_id` integer NULL, `organisation_id` integer NULL, `subject_id` integer NOT NULL, CONSTRAINT `rights_requests_users_submitted_by` FOREIGN KEY (`submitted_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `rights_requests_organisations_organisation` FOREIGN KEY (`organisation_id`) REFERENCES `organisations` (`id`) ON DELETE SET NULL, CONSTRAINT `rights_requests_users_rights_requests` FOREIGN KEY (`subject_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "rights_requests" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("rights_requests", 73014444032);
-- create index "rightsrequest_state_due_at" to table: "rights_requests"
CREATE INDEX `rightsrequest_state_due_at` ON `rights_requests` (`state`, `due_at`);
-- create index "rightsrequest_subject_id_type_state" to table: "rights_requests"
CREATE INDEX `rightsrequest_subject_id_type_state` ON `rights_requests` (`subject_id`, `type`, `state`);
-- create index "rightsrequest_organisation_id_state" to table: "rights_requests"
CREATE INDEX `rightsrequest_organisation_id_state` ON `rights_requests` (`organisation_id`, `state`);
-- create "sessions" table
CREATE TABLE `sessions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `token_hash` blob NOT NULL, `created_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `revoked_at` datetime NULL, `id_token_hint` text NOT NULL DEFAULT (''), `user_id` integer NOT NULL, CONSTRAINT `sessions_users_sessions` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "sessions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("sessions", 77309411328);
-- create index "sessions_token_hash_key" to table: "sessions"
CREATE UNIQUE INDEX `sessions_token_hash_key` ON `sessions` (`token_hash`);
-- create index "session_user_id" to table: "sessions"
CREATE INDEX `session_user_id` ON `sessions` (`user_id`);
-- create index "session_expires_at" to table: "sessions"
CREATE INDEX `session_expires_at` ON `sessions` (`expires_at`);
-- create "suppression_entries" table
CREATE TABLE `suppression_entries` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `email_hash` text NOT NULL, `reason` text NOT NULL, `created_at` datetime NOT NULL);
-- set sequence for "suppression_entries" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("suppression_entries", 81604378624);
-- create index "suppression_entries_email_hash_key" to table: "suppression_entries"
CREATE UNIQUE INDEX `suppression_entries_email_hash_key` ON `suppression_entries` (`email_hash`);
-- create "survey_answers" table
CREATE TABLE `survey_answers` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `survey` text NOT NULL, `question` text NOT NULL, `answer` text NOT NULL, `answered_at` datetime NOT NULL, `user_id` integer NOT NULL, CONSTRAINT `survey_answers_users_survey_answers` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "survey_answers" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("survey_answers", 85899345920);
-- create index "surveyanswer_user_id_answered_at" to table: "survey_answers"
CREATE INDEX `surveyanswer_user_id_answered_at` ON `survey_answers` (`user_id`, `answered_at`);
-- create "users" table
CREATE TABLE `users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `oidc_issuer` text NOT NULL, `oidc_subject` text NOT NULL, `email` text NOT NULL, `role` text NOT NULL DEFAULT ('LEARNER'), `status` text NOT NULL DEFAULT ('ACTIVE'), `last_login_at` datetime NULL);
-- set sequence for "users" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("users", 90194313216);
-- create index "user_oidc_issuer_oidc_subject" to table: "users"
CREATE UNIQUE INDEX `user_oidc_issuer_oidc_subject` ON `users` (`oidc_issuer`, `oidc_subject`);
-- create index "user_email" to table: "users"
CREATE INDEX `user_email` ON `users` (`email`);

-- +goose Down
-- reverse: create index "user_email" to table: "users"
DROP INDEX `user_email`;
-- reverse: create index "user_oidc_issuer_oidc_subject" to table: "users"
DROP INDEX `user_oidc_issuer_oidc_subject`;
-- reverse: set sequence for "users" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "users";
-- reverse: create "users" table
DROP TABLE `users`;
-- reverse: create index "surveyanswer_user_id_answered_at" to table: "survey_answers"
DROP INDEX `surveyanswer_user_id_answered_at`;
-- reverse: set sequence for "survey_answers" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "survey_answers";
-- reverse: create "survey_answers" table
DROP TABLE `survey_answers`;
-- reverse: create index "suppression_entries_email_hash_key" to table: "suppression_entries"
DROP INDEX `suppression_entries_email_hash_key`;
-- reverse: set sequence for "suppression_entries" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "suppression_entries";
-- reverse: create "suppression_entries" table
DROP TABLE `suppression_entries`;
-- reverse: create index "session_expires_at" to table: "sessions"
DROP INDEX `session_expires_at`;
-- reverse: create index "session_user_id" to table: "sessions"
DROP INDEX `session_user_id`;
-- reverse: create index "sessions_token_hash_key" to table: "sessions"
DROP INDEX `sessions_token_hash_key`;
-- reverse: set sequence for "sessions" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "sessions";
-- reverse: create "sessions" table
DROP TABLE `sessions`;
-- reverse: create index "rightsrequest_organisation_id_state" to table: "rights_requests"
DROP INDEX `rightsrequest_organisation_id_state`;
-- reverse: create index "rightsrequest_subject_id_type_state" to table: "rights_requests"
DROP INDEX `rightsrequest_subject_id_type_state`;
-- reverse: create index "rightsrequest_state_due_at" to table: "rights_requests"
DROP INDEX `rightsrequest_state_due_at`;
-- reverse: set sequence for "rights_requests" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "rights_requests";
-- reverse: create "rights_requests" table
DROP TABLE `rights_requests`;
-- reverse: create index "requestmessage_request_id_sent_at" to table: "request_messages"
DROP INDEX `requestmessage_request_id_sent_at`;
-- reverse: set sequence for "request_messages" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "request_messages";
-- reverse: create "request_messages" table
DROP TABLE `request_messages`;
-- reverse: create index "requestevent_request_id_occurred_at" to table: "request_events"
DROP INDEX `requestevent_request_id_occurred_at`;
-- reverse: set sequence for "request_events" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "request_events";
-- reverse: create "request_events" table
DROP TABLE `request_events`;
-- reverse: create index "profiles_user_id_key" to table: "profiles"
DROP INDEX `profiles_user_id_key`;
-- reverse: set sequence for "profiles" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "profiles";
-- reverse: create "profiles" table
DROP TABLE `profiles`;
-- reverse: create index "policy_versions_version_key" to table: "policy_versions"
DROP INDEX `policy_versions_version_key`;
-- reverse: set sequence for "policy_versions" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "policy_versions";
-- reverse: create "policy_versions" table
DROP TABLE `policy_versions`;
-- reverse: create index "policyacceptance_user_id_policy_version_id" to table: "policy_acceptances"
DROP INDEX `policyacceptance_user_id_policy_version_id`;
-- reverse: set sequence for "policy_acceptances" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "policy_acceptances";
-- reverse: create "policy_acceptances" table
DROP TABLE `policy_acceptances`;
-- reverse: create index "organisations_name_key" to table: "organisations"
DROP INDEX `organisations_name_key`;
-- reverse: set sequence for "organisations" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "organisations";
-- reverse: create "organisations" table
DROP TABLE `organisations`;
-- reverse: create index "membership_user_id_ended_at" to table: "memberships"
DROP INDEX `membership_user_id_ended_at`;
-- reverse: create index "membership_organisation_id_kind_ended_at" to table: "memberships"
DROP INDEX `membership_organisation_id_kind_ended_at`;
-- reverse: set sequence for "memberships" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "memberships";
-- reverse: create "memberships" table
DROP TABLE `memberships`;
-- reverse: create index "legalhold_user_id_released_at" to table: "legal_holds"
DROP INDEX `legalhold_user_id_released_at`;
-- reverse: set sequence for "legal_holds" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "legal_holds";
-- reverse: create "legal_holds" table
DROP TABLE `legal_holds`;
-- reverse: create index "learningrecord_user_id_registered_at" to table: "learning_records"
DROP INDEX `learningrecord_user_id_registered_at`;
-- reverse: set sequence for "learning_records" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "learning_records";
-- reverse: create "learning_records" table
DROP TABLE `learning_records`;
-- reverse: create index "financialrecord_retain_until" to table: "financial_records"
DROP INDEX `financialrecord_retain_until`;
-- reverse: create index "financialrecord_user_id_occurred_at" to table: "financial_records"
DROP INDEX `financialrecord_user_id_occurred_at`;
-- reverse: set sequence for "financial_records" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "financial_records";
-- reverse: create "financial_records" table
DROP TABLE `financial_records`;
-- reverse: create index "exportarchive_state_expires_at" to table: "export_archives"
DROP INDEX `exportarchive_state_expires_at`;
-- reverse: create index "export_archives_request_id_key" to table: "export_archives"
DROP INDEX `export_archives_request_id_key`;
-- reverse: set sequence for "export_archives" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "export_archives";
-- reverse: create "export_archives" table
DROP TABLE `export_archives`;
-- reverse: create index "data_purposes_key_key" to table: "data_purposes"
DROP INDEX `data_purposes_key_key`;
-- reverse: set sequence for "data_purposes" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "data_purposes";
-- reverse: create "data_purposes" table
DROP TABLE `data_purposes`;
-- reverse: create index "consentevent_user_id_occurred_at" to table: "consent_events"
DROP INDEX `consentevent_user_id_occurred_at`;
-- reverse: set sequence for "consent_events" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "consent_events";
-- reverse: create "consent_events" table
DROP TABLE `consent_events`;
-- reverse: create index "consent_user_id_purpose_id" to table: "consents"
DROP INDEX `consent_user_id_purpose_id`;
-- reverse: set sequence for "consents" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "consents";
-- reverse: create "consents" table
DROP TABLE `consents`;
-- reverse: create index "communicationpreference_user_id_channel_topic" to table: "communication_preferences"
DROP INDEX `communicationpreference_user_id_channel_topic`;
-- reverse: set sequence for "communication_preferences" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "communication_preferences";
-- reverse: create "communication_preferences" table
DROP TABLE `communication_preferences`;
-- reverse: create index "auditentry_actor_id_occurred_at" to table: "audit_entries"
DROP INDEX `auditentry_actor_id_occurred_at`;
-- reverse: create index "auditentry_subject_id_occurred_at" to table: "audit_entries"
DROP INDEX `auditentry_subject_id_occurred_at`;
-- reverse: set sequence for "audit_entries" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "audit_entries";
-- reverse: create "audit_entries" table
DROP TABLE `audit_entries`;
-- reverse: create index "activityevent_user_id_occurred_at" to table: "activity_events"
DROP INDEX `activityevent_user_id_occurred_at`;
-- reverse: create "activity_events" table
DROP TABLE `activity_events`;
