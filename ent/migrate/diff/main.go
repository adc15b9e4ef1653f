// Command diff writes a new versioned migration, for SQLite and for PostgreSQL, holding whatever
// the ent schema has gained since the last migration file. It replays the existing files on an
// empty development database of each kind and compares the result with the schema, which is
// ent's documented way to plan migrations; goose applies the files at start-up.
//
//	go run ./ent/migrate/diff <name>
//	go run ./ent/migrate/diff -rehash   # after deliberately editing or removing a migration file
//
// PostgreSQL comes from MIGRATE_POSTGRES_URL (default: the local test server); a scratch
// database is created there and dropped afterwards. With -check it writes nothing and exits 1
// when a migration would be written, which CI uses to catch a schema change without migration.
package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/url"
	"os"
	"path/filepath"

	atlas "ariga.io/atlas/sql/migrate"
	"ariga.io/atlas/sql/sqltool"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/jackc/pgx/v5/stdlib"
	_ "modernc.org/sqlite"

	"github.com/learnerportal/portal/ent/migrate"
)

func main() {
	check := flag.Bool("check", false, "write nothing; exit 1 if the schema needs a new migration")
	rehash := flag.Bool("rehash", false, "rewrite atlas.sum after migration files were deliberately edited or removed")
	flag.Parse()
	if *rehash {
		for _, dir := range []string{"ent/migrate/migrations/sqlite", "ent/migrate/migrations/postgres"} {
			if err := writeSum(dir); err != nil {
				log.Fatalf("%s: %v", dir, err)
			}
		}
		return
	}
	name := flag.Arg(0)
	if name == "" && !*check {
		log.Fatal("usage: diff [-check] <migration name>")
	}
	if *check {
		name = "pending"
	}
	ctx := context.Background()
	pgURL := os.Getenv("MIGRATE_POSTGRES_URL")
	if pgURL == "" {
		pgURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	stale := false
	for _, d := range []struct {
		dir  string
		open func(context.Context) (*sql.DB, func(), error)
		name string
	}{
		{"ent/migrate/migrations/sqlite", openSQLite, dialect.SQLite},
		{"ent/migrate/migrations/postgres", func(ctx context.Context) (*sql.DB, func(), error) { return openScratchPostgres(ctx, pgURL) }, dialect.Postgres},
	} {
		changed, err := diff(ctx, d.dir, d.name, d.open, name, *check)
		if err != nil {
			log.Fatalf("%s: %v", d.dir, err)
		}
		stale = stale || changed
	}
	if *check && stale {
		fmt.Fprintln(os.Stderr, "the ent schema changed without a migration: run go run ./ent/migrate/diff <name>")
		os.Exit(1)
	}
}

// writeSum records the checksums of dir's migration files, which planning verifies so that an
// accidental edit of an applied migration is noticed.
func writeSum(dir string) error {
	d, err := sqltool.NewGooseDir(dir)
	if err != nil {
		return err
	}
	sum, err := d.Checksum()
	if err != nil {
		return err
	}
	return atlas.WriteSumFile(d, sum)
}

// diff plans one dialect's migration; it reports whether there was anything to write.
func diff(ctx context.Context, dir, dialectName string, open func(context.Context) (*sql.DB, func(), error), name string, check bool) (bool, error) {
	target := dir
	if check {
		tmp, err := os.MkdirTemp("", "migrate-check")
		if err != nil {
			return false, err
		}
		defer os.RemoveAll(tmp)
		if err := os.CopyFS(tmp, os.DirFS(dir)); err != nil {
			return false, err
		}
		target = tmp
	}
	before, err := filepath.Glob(filepath.Join(target, "*.sql"))
	if err != nil {
		return false, err
	}
	migrationDir, err := sqltool.NewGooseDir(target)
	if err != nil {
		return false, err
	}
	db, closeDB, err := open(ctx)
	if err != nil {
		return false, err
	}
	defer closeDB()
	err = migrate.NewSchema(entsql.OpenDB(dialectName, db)).NamedDiff(ctx, name,
		schema.WithDir(migrationDir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dialectName),
		schema.WithFormatter(sqltool.GooseFormatter),
	)
	if err != nil && !errors.Is(err, atlas.ErrNoPlan) {
		return false, err
	}
	after, err := filepath.Glob(filepath.Join(target, "*.sql"))
	if err != nil {
		return false, err
	}
	return len(after) != len(before), nil
}

func openSQLite(context.Context) (*sql.DB, func(), error) {
	db, err := sql.Open("sqlite", "file:dev?mode=memory&_pragma=foreign_keys(1)")
	if err != nil {
		return nil, nil, err
	}
	db.SetMaxOpenConns(1) // one connection, so the in-memory database is the same throughout
	return db, func() { db.Close() }, nil
}

// openScratchPostgres creates an empty database for the replay and drops it when done.
func openScratchPostgres(ctx context.Context, adminURL string) (*sql.DB, func(), error) {
	admin, err := sql.Open("pgx", adminURL)
	if err != nil {
		return nil, nil, err
	}
	scratch := fmt.Sprintf("migrate_dev_%d", os.Getpid())
	if _, err := admin.ExecContext(ctx, "DROP DATABASE IF EXISTS "+scratch); err != nil {
		admin.Close()
		return nil, nil, fmt.Errorf("is PostgreSQL running at %s? %w", adminURL, err)
	}
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+scratch); err != nil {
		admin.Close()
		return nil, nil, err
	}
	u, err := url.Parse(adminURL)
	if err != nil {
		admin.Close()
		return nil, nil, err
	}
	u.Path = "/" + scratch
	db, err := sql.Open("pgx", u.String())
	if err != nil {
		admin.Close()
		return nil, nil, err
	}
	return db, func() {
		db.Close()
		_, _ = admin.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+scratch+" WITH (FORCE)")
		admin.Close()
	}, nil
}
