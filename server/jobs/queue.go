// Package jobs runs the portal's background work through River, on the same database as
// everything else (SQLite or PostgreSQL), so any replica can run any job and a job is inserted in
// the same transaction as the change it follows.
package jobs

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"time"

	"entgo.io/ent/dialect"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/learnerportal/portal/server/storage"
)

// Queue inserts and runs jobs.
type Queue struct {
	client *river.Client[*sql.Tx]
	db     *sql.DB
	ownDB  bool
}

// Config is what the queue runs.
type Config struct {
	Workers  *river.Workers
	Periodic []*river.PeriodicJob
	Logger   *slog.Logger
	// Concurrency is how many jobs this replica works at once.
	Concurrency int
	// RescueAfter is how long a job may run before it is taken to have died with its replica
	// and is run again; jobs time out at half of it, so a live one is never run twice at once.
	RescueAfter time.Duration
}

// Open migrates River's tables and returns a queue that is not yet working jobs (see Start).
func Open(ctx context.Context, store *storage.Store, cfg Config) (*Queue, error) {
	db, err := store.JobDB()
	if err != nil {
		return nil, err
	}
	q := &Queue{db: db, ownDB: db != store.DB}
	var driver riverdriver.Driver[*sql.Tx]
	if store.Dialect == dialect.SQLite {
		driver = riversqlite.New(db)
	} else {
		driver = riverdatabasesql.New(db)
	}
	migrator, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: cfg.Logger})
	if err != nil {
		q.close()
		return nil, err
	}
	if _, err := migrator.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		q.close()
		return nil, fmt.Errorf("migrating the job queue: %w", err)
	}
	q.client, err = river.NewClient(driver, &river.Config{
		Logger:       cfg.Logger,
		Queues:       map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: max(cfg.Concurrency, 1)}},
		Workers:      cfg.Workers,
		PeriodicJobs: cfg.Periodic,
		// Zero leaves River's defaults.
		RescueStuckJobsAfter: cfg.RescueAfter,
		JobTimeout:           cfg.RescueAfter / 2,
	})
	if err != nil {
		q.close()
		return nil, err
	}
	return q, nil
}

// InsertTx inserts a job in tx, so it exists exactly when tx commits; opts may be nil.
func (q *Queue) InsertTx(ctx context.Context, tx *sql.Tx, args river.JobArgs, opts *river.InsertOpts) error {
	_, err := q.client.InsertTx(ctx, tx, args, opts)
	return err
}

// Start begins working jobs until Stop.
func (q *Queue) Start(ctx context.Context) error { return q.client.Start(ctx) }

// Stop finishes the jobs in hand and stops working; then the queue's own pool is closed.
func (q *Queue) Stop(ctx context.Context) error {
	err := q.client.Stop(ctx)
	q.close()
	return err
}

func (q *Queue) close() {
	if q.ownDB {
		_ = q.db.Close()
	}
}

// Subscribe returns a channel of River's events of the given kinds (e.g. river.EventKindJobCompleted)
// and a function to stop. Tests use it to wait for background work instead of sleeping.
func (q *Queue) Subscribe(kinds ...river.EventKind) (<-chan *river.Event, func()) {
	return q.client.Subscribe(kinds...)
}
