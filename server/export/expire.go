package export

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/riverqueue/river"

	"github.com/learnerportal/portal/ent/exportarchive"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

// ExpireArgs is the hourly job deleting the archives whose download link has expired.
type ExpireArgs struct{}

// Kind names the job for River.
func (ExpireArgs) Kind() string { return "export.expire" }

// ExpiryJob runs the expiry every hour; River's leader inserts it once for all replicas.
func ExpiryJob() *river.PeriodicJob {
	return river.NewPeriodicJob(river.PeriodicInterval(time.Hour),
		func() (river.JobArgs, *river.InsertOpts) {
			return ExpireArgs{}, &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByPeriod: time.Hour}}
		}, nil)
}

// ExpiryWorker deletes expired archives: the blob, then the key and storage key of the row,
// which says EXPIRED from then on.
type ExpiryWorker struct {
	river.WorkerDefaults[ExpireArgs]
	store *storage.Store
	blobs Blobs
	now   func() time.Time
}

// NewExpiryWorker returns the expiry's worker.
func NewExpiryWorker(store *storage.Store, blobs Blobs, now func() time.Time) *ExpiryWorker {
	return &ExpiryWorker{store: store, blobs: blobs, now: now}
}

// Work expires every READY archive past its expiry time. It is safe to run again: the blob goes
// first, so an archive whose row could not be updated is found again next time, and deleting its
// missing blob then succeeds.
func (w *ExpiryWorker) Work(ctx context.Context, _ *river.Job[ExpireArgs]) error {
	ctx = viewer.SystemContext(ctx)
	due, err := w.store.Client.ExportArchive.Query().
		Where(exportarchive.StateEQ(exportarchive.StateReady), exportarchive.ExpiresAtLTE(w.now())).
		Select(exportarchive.FieldStorageKey).All(ctx)
	if err != nil {
		return err
	}
	var errs []error
	for _, a := range due {
		if err := w.blobs.Delete(ctx, a.StorageKey); err != nil {
			errs = append(errs, fmt.Errorf("deleting the blob of export archive %d: %w", a.ID, err))
			continue
		}
		err := w.store.Client.ExportArchive.UpdateOneID(a.ID).
			SetState(exportarchive.StateExpired).SetStorageKey("").ClearEncryptionKey().Exec(ctx)
		if err != nil {
			errs = append(errs, fmt.Errorf("expiring export archive %d: %w", a.ID, err))
		}
	}
	return errors.Join(errs...)
}
