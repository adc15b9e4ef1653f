// Package storage opens the portal's database, an embedded SQLite file or a shared PostgreSQL,
// applies the versioned migrations, and returns an ent client that audits itself.
package storage

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"net/url"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
	"github.com/pressly/goose/v3"
	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/intercept"
	"github.com/learnerportal/portal/ent/migrate/migrations"
	_ "github.com/learnerportal/portal/ent/runtime" // the schema's policies, hooks and defaults
	"github.com/learnerportal/portal/server/audit"
	"github.com/learnerportal/portal/server/directory"
)

// MaxConnections is the most connections one replica opens to the database.
const MaxConnections = 16

// Store is an open database.
type Store struct {
	Client  *ent.Client
	DB      *sql.DB
	Dialect string
	now     func() time.Time
	// sqlitePath is the SQLite file, for a second pool of its own (JobDB); "" for PostgreSQL.
	sqlitePath string
}

// Open connects to databaseURL (a PostgreSQL URL, checked by config) or, when it is empty, to the
// SQLite file at sqlitePath, and migrates the schema to the latest version.
func Open(ctx context.Context, databaseURL, sqlitePath string, now func() time.Time) (*Store, error) {
	s, err := connect(databaseURL, sqlitePath)
	if err != nil {
		return nil, err
	}
	// gqlgen resolves fields concurrently, so one request uses several connections. Keeping them
	// idle rather than database/sql's default of two saves reconnecting and re-preparing
	// statements on every request.
	s.DB.SetMaxOpenConns(MaxConnections)
	s.DB.SetMaxIdleConns(MaxConnections)
	s.DB.SetConnMaxIdleTime(5 * time.Minute)
	if err := s.DB.PingContext(ctx); err != nil {
		s.DB.Close()
		return nil, fmt.Errorf("connecting to the %s database: %w", s.Dialect, err)
	}
	if err := s.migrate(ctx); err != nil {
		s.DB.Close()
		return nil, err
	}
	s.now = now
	s.Client = ent.NewClient(ent.Driver(entsql.OpenDB(s.Dialect, s.DB)))
	Configure(s.Client, now)
	return s, nil
}

func connect(databaseURL, sqlitePath string) (*Store, error) {
	if databaseURL != "" {
		db, err := sql.Open("pgx", databaseURL)
		if err != nil {
			return nil, err
		}
		return &Store{DB: db, Dialect: dialect.Postgres}, nil
	}
	db, err := sql.Open("sqlite", SQLiteDSN(sqlitePath))
	if err != nil {
		return nil, err
	}
	return &Store{DB: db, Dialect: dialect.SQLite, sqlitePath: sqlitePath}, nil
}

// Configure prepares every client of the store, shared or bound to a transaction: it audits
// itself, keeps the employee directory's sort keys, and its queries select rows without DISTINCT. ent adds DISTINCT in case joins repeat
// rows, but this schema has no many-to-many edges and filters use subqueries, so rows never
// repeat, and COUNT(DISTINCT id) made PostgreSQL's page counts several times slower.
func Configure(client *ent.Client, now func() time.Time) *ent.Client {
	client.Intercept(intercept.TraverseFunc(func(_ context.Context, q intercept.Query) error {
		q.Unique(false)
		return nil
	}))
	audit.Attach(client, now)
	directory.KeepSortKeys(client)
	return client
}

// SQLiteDSN is the connection string for a SQLite file: foreign keys on, write-ahead logging so
// readers never wait for the writer, a busy timeout instead of immediate "database is locked"
// errors, and transactions that take the write lock up front so two of them cannot deadlock.
func SQLiteDSN(path string) string {
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_time_format", "sqlite")
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

func (s *Store) migrate(ctx context.Context) error {
	gooseDialect, dir := goose.DialectPostgres, "postgres"
	if s.Dialect == dialect.SQLite {
		gooseDialect, dir = goose.DialectSQLite3, "sqlite"
	}
	files, err := fs.Sub(migrations.FS, dir)
	if err != nil {
		return err
	}
	provider, err := goose.NewProvider(gooseDialect, s.DB, files)
	if err != nil {
		return fmt.Errorf("loading migrations: %w", err)
	}
	if _, err := provider.Up(ctx); err != nil {
		return fmt.Errorf("migrating the %s database: %w", s.Dialect, err)
	}
	return nil
}

// JobDB returns the pool the job queue uses for its own work. On SQLite that is a second pool of
// one connection, as River advises (it runs many small operations in parallel, which SQLite
// serialises anyway); on PostgreSQL it is the shared pool. Jobs inserted as part of a business
// action still use that action's transaction.
func (s *Store) JobDB() (*sql.DB, error) {
	if s.Dialect != dialect.SQLite {
		return s.DB, nil
	}
	db, err := sql.Open("sqlite", SQLiteDSN(s.sqlitePath))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// Ready reports whether the database answers.
func (s *Store) Ready(ctx context.Context) error { return s.DB.PingContext(ctx) }

// Close closes the database.
func (s *Store) Close() error { return s.Client.Close() }
