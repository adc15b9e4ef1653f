// Package storagetest gives each test a fresh, migrated database: a SQLite file in the test's
// temporary directory, or, when TEST_DATABASE_URL names a PostgreSQL server, a schema of its own
// there, dropped when the test ends. The same suites run on both.
package storagetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/learnerportal/portal/server/storage"
)

// DatabaseURL returns the PostgreSQL server the tests use, or "" for SQLite.
func DatabaseURL() string { return os.Getenv("TEST_DATABASE_URL") }

// Open returns a migrated store on a database no other test uses.
func Open(t testing.TB, now func() time.Time) *storage.Store {
	t.Helper()
	ctx := context.Background()
	databaseURL, sqlitePath := "", filepath.Join(t.TempDir(), "portal.db")
	if base := DatabaseURL(); base != "" {
		databaseURL = scratchSchema(t, base)
	}
	s, err := storage.Open(ctx, databaseURL, sqlitePath, now)
	if err != nil {
		t.Fatalf("opening the test database: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// ScratchURL returns a database URL no other test uses: PostgreSQL when TEST_DATABASE_URL is set,
// otherwise "" (the caller then uses a SQLite file).
func ScratchURL(t testing.TB) string {
	if base := DatabaseURL(); base != "" {
		return scratchSchema(t, base)
	}
	return ""
}

func scratchSchema(t testing.TB, base string) string {
	t.Helper()
	suffix := make([]byte, 6)
	_, _ = rand.Read(suffix)
	schema := "test_" + hex.EncodeToString(suffix)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("creating schema on %s: %v", base, err)
	}
	t.Cleanup(func() {
		_, _ = admin.Exec("DROP SCHEMA " + schema + " CASCADE")
		admin.Close()
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
