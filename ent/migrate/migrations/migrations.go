// Package migrations embeds the versioned schema migrations, one folder per database kind,
// written by ent/migrate/diff and applied by goose at start-up.
package migrations

import "embed"

// FS holds sqlite/*.sql and postgres/*.sql.
//
//go:embed sqlite/*.sql postgres/*.sql
var FS embed.FS
