// Package retention deletes what the portal no longer has a reason to keep, once a day: financial
// records past their retention date, request records past their accountability period, activity
// events older than the data registry allows, and the accounts of learners gone quiet for longer
// than the registry keeps an account, which are erased. A restricted person's data is kept,
// whatever its age, until the restriction is lifted.
package retention

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/riverqueue/river"

	"github.com/learnerportal/portal/server/erasure"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

// SweepArgs is the daily retention sweep.
type SweepArgs struct{}

// Kind names the job for River. It is stored with every job: never change it.
func (SweepArgs) Kind() string { return "retention.sweep" }

// SweepJob runs the sweep once a day; River's leader inserts it once for all replicas. It also
// runs on start, since a daily interval restarts with every deployment and might otherwise never
// come round; the uniqueness per day keeps that to one sweep a day.
func SweepJob() *river.PeriodicJob {
	return river.NewPeriodicJob(river.PeriodicInterval(24*time.Hour),
		func() (river.JobArgs, *river.InsertOpts) {
			return SweepArgs{}, &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByPeriod: 24 * time.Hour}}
		},
		&river.PeriodicJobOpts{RunOnStart: true})
}

// Report counts what one sweep removed.
type Report struct {
	// FinancialRecords were past their retain_until date.
	FinancialRecords int
	// Requests were past their accountability period; their timeline, messages and export
	// archive went with them.
	Requests int
	// ActivityEvents were older than the registry keeps them.
	ActivityEvents int
	// Accounts of inactive learners were erased.
	Accounts int
}

// SweepWorker works the sweep. Each step commits in transactions of a bounded size and selects
// only what is still due, so a sweep cut short is finished by the next, and a second sweep finds
// nothing to do.
type SweepWorker struct {
	river.WorkerDefaults[SweepArgs]
	store  *storage.Store
	eraser *erasure.Service
	now    func() time.Time
	// requestRetention dates the purge of closed requests that have no purge date of their own.
	requestRetention time.Duration
	logger           *slog.Logger
}

// NewSweepWorker returns the sweep's worker.
func NewSweepWorker(store *storage.Store, eraser *erasure.Service, now func() time.Time, requestRetention time.Duration, logger *slog.Logger) *SweepWorker {
	return &SweepWorker{store: store, eraser: eraser, now: now, requestRetention: requestRetention, logger: logger}
}

// Work sweeps and logs what it removed, even when a step failed part way: the batches before
// the failure are committed.
func (w *SweepWorker) Work(ctx context.Context, _ *river.Job[SweepArgs]) error {
	r, err := w.Sweep(ctx)
	w.logger.Info("retention sweep", "financial_records", r.FinancialRecords, "requests", r.Requests,
		"activity_events", r.ActivityEvents, "accounts", r.Accounts)
	if err != nil {
		return fmt.Errorf("retention sweep: %w", err)
	}
	return nil
}

// Sweep runs every step once, in order, and reports what each removed, up to the first error.
func (w *SweepWorker) Sweep(ctx context.Context) (Report, error) {
	ctx, now := viewer.SystemContext(ctx), w.now()
	var r Report
	var err error
	if r.FinancialRecords, err = w.purgeFinancialRecords(ctx, now); err != nil {
		return r, err
	}
	if r.Requests, err = w.purgeRequests(ctx, now); err != nil {
		return r, err
	}
	if r.ActivityEvents, err = w.purgeActivity(ctx, now); err != nil {
		return r, err
	}
	r.Accounts, err = w.eraseInactiveAccounts(ctx, now)
	return r, err
}

// batchSize bounds the rows one transaction of the sweep deletes.
const batchSize = 1000

// inBatches runs batch in a transaction of its own, again and again, until it finds nothing left
// to delete, and returns how many rows it deleted in all.
func (w *SweepWorker) inBatches(ctx context.Context, batch func(ctx context.Context, tx *storage.Tx) (int, error)) (int, error) {
	total := 0
	for {
		var n int
		err := w.store.InTx(ctx, func(ctx context.Context, tx *storage.Tx) error {
			var err error
			n, err = batch(ctx, tx)
			return err
		})
		if err != nil || n == 0 {
			return total, err
		}
		total += n
	}
}
