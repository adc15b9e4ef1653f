package auth

import (
	"context"
	"time"

	"github.com/riverqueue/river"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/session"
	"github.com/learnerportal/portal/server/viewer"
)

// SweepArgs is the hourly job deleting sessions that can no longer be used.
type SweepArgs struct{}

// Kind names the job for River.
func (SweepArgs) Kind() string { return "auth.sweep_sessions" }

// SweepJob runs the sweep every hour; River's leader inserts it once for all replicas.
func SweepJob() *river.PeriodicJob {
	return river.NewPeriodicJob(river.PeriodicInterval(time.Hour),
		func() (river.JobArgs, *river.InsertOpts) {
			return SweepArgs{}, &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByPeriod: time.Hour}}
		}, nil)
}

// SweepWorker deletes expired and revoked sessions: they hold a token hash and an ID token that
// no longer serve anyone.
type SweepWorker struct {
	river.WorkerDefaults[SweepArgs]
	client *ent.Client
	now    func() time.Time
}

// NewSweepWorker returns the sweep's worker.
func NewSweepWorker(client *ent.Client, now func() time.Time) *SweepWorker {
	return &SweepWorker{client: client, now: now}
}

// Work deletes the dead sessions.
func (w *SweepWorker) Work(ctx context.Context, _ *river.Job[SweepArgs]) error {
	_, err := w.client.Session.Delete().
		Where(session.Or(session.ExpiresAtLT(w.now()), session.RevokedAtNotNil())).
		Exec(viewer.SystemContext(ctx))
	return err
}
