-- +goose Up
-- create "notifications" table
CREATE TABLE `notifications` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `kind` text NOT NULL, `to_address` text NOT NULL, `subject` text NOT NULL, `body` text NOT NULL, `status` text NOT NULL DEFAULT ('QUEUED'), `attempts` integer NOT NULL DEFAULT (0), `last_error` text NOT NULL DEFAULT (''), `created_at` datetime NOT NULL, `sent_at` datetime NULL, `request_id` integer NULL, `user_id` integer NOT NULL, CONSTRAINT `notifications_rights_requests_request` FOREIGN KEY (`request_id`) REFERENCES `rights_requests` (`id`) ON DELETE SET NULL, CONSTRAINT `notifications_users_notifications` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "notifications" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("notifications", 94489280512);
-- create index "notification_user_id_created_at" to table: "notifications"
CREATE INDEX `notification_user_id_created_at` ON `notifications` (`user_id`, `created_at`);
-- create index "notification_status" to table: "notifications"
CREATE INDEX `notification_status` ON `notifications` (`status`);

-- +goose Down
-- reverse: create index "notification_status" to table: "notifications"
DROP INDEX `notification_status`;
-- reverse: create index "notification_user_id_created_at" to table: "notifications"
DROP INDEX `notification_user_id_created_at`;
-- reverse: set sequence for "notifications" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "notifications";
-- reverse: create "notifications" table
DROP TABLE `notifications`;
