package export

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/exportarchive"
	"github.com/learnerportal/portal/ent/predicate"
	"github.com/learnerportal/portal/ent/schema/outcome"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

// Notifier is told when an archive is ready, in the transaction that marks it so: the request
// service emails the requester.
type Notifier interface {
	ExportReady(ctx context.Context, tx *storage.Tx, archive *ent.ExportArchive) error
}

// BuildArgs is the job that builds an ExportArchive. Insert it in the transaction that creates
// the archive's row.
type BuildArgs struct {
	ArchiveID int `json:"archive_id"`
}

// Kind names the job for River. It is stored with every job: never change it.
func (BuildArgs) Kind() string { return "export.build" }

// InsertOpts gives a build five tries (River's backoff spreads them over about ten minutes) and
// one job per archive at a time.
func (BuildArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 5, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRetryable,
		rivertype.JobStateRunning, rivertype.JobStateScheduled,
	}}}
}

// BuildWorker works BuildArgs jobs. River runs a job at least once, so Work leaves a READY or
// EXPIRED archive alone, and an attempt that died part-way is simply built again.
type BuildWorker struct {
	river.WorkerDefaults[BuildArgs]
	store    *storage.Store
	blobs    Blobs
	now      func() time.Time
	ttl      time.Duration
	logger   *slog.Logger
	notifier Notifier
}

var _ river.Worker[BuildArgs] = (*BuildWorker)(nil)

// NewBuildWorker returns the worker that builds archives into blobs; each can be downloaded for
// ttl once ready, and notifier is told when it is.
func NewBuildWorker(store *storage.Store, blobs Blobs, now func() time.Time, ttl time.Duration, logger *slog.Logger, notifier Notifier) *BuildWorker {
	return &BuildWorker{store: store, blobs: blobs, now: now, ttl: ttl, logger: logger, notifier: notifier}
}

// Work builds the job's archive. A failed attempt records why on the archive and returns the
// error for River to try again; the last one marks the archive FAILED.
func (w *BuildWorker) Work(ctx context.Context, job *river.Job[BuildArgs]) error {
	ctx = viewer.SystemContext(ctx)
	archive, err := w.store.Client.ExportArchive.Query().
		Where(exportarchive.ID(job.Args.ArchiveID)).WithRequest().Only(ctx)
	if ent.IsNotFound(err) {
		// Purged with its request: there is nothing left to build.
		return river.JobCancel(fmt.Errorf("export archive %d no longer exists", job.Args.ArchiveID))
	}
	if err != nil {
		return fmt.Errorf("loading export archive %d: %w", job.Args.ArchiveID, err)
	}
	if archive.State == exportarchive.StateReady || archive.State == exportarchive.StateExpired {
		return nil
	}
	buildErr := w.build(ctx, archive)
	if buildErr == nil {
		return nil
	}
	if errors.Is(buildErr, errOvertaken) {
		return river.JobCancel(buildErr)
	}
	// The failure is recorded even when the job's time ran out.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	update := w.store.Client.ExportArchive.UpdateOneID(archive.ID).SetFailure(shortError(buildErr))
	if job.Attempt >= job.MaxAttempts {
		update.SetState(exportarchive.StateFailed)
	}
	if err := update.Exec(ctx); err != nil {
		return errors.Join(buildErr, fmt.Errorf("recording the failure of export archive %d: %w", archive.ID, err))
	}
	return buildErr
}

// build writes the archive to a new blob and marks it READY.
func (w *BuildWorker) build(ctx context.Context, archive *ent.ExportArchive) error {
	// An attempt that died part-way left its blob, complete or not, under the key it recorded.
	if archive.StorageKey != "" {
		if err := w.blobs.Delete(ctx, archive.StorageKey); err != nil {
			return fmt.Errorf("deleting the blob of an earlier attempt: %w", err)
		}
	}
	blobKey := fmt.Sprintf("export-%d-%s", archive.ID, strings.ToLower(rand.Text()))
	// Recorded first, so that the next attempt finds the blob if this one dies; and only while
	// the archive is still to be built (an erasure expires it).
	n, err := w.store.Client.ExportArchive.Update().Where(exportarchive.ID(archive.ID), unbuilt()).
		SetState(exportarchive.StateBuilding).SetProgress(0).SetStorageKey(blobKey).Save(ctx)
	if err != nil {
		return err
	}
	if n == 0 {
		return errOvertaken
	}
	key, err := newKey()
	if err != nil {
		return err
	}
	built, err := w.write(ctx, archive, blobKey, key)
	if err == nil {
		err = w.markReady(ctx, archive.ID, blobKey, built, key)
	}
	if err != nil {
		// Not left for the next attempt to delete: this may have been the last.
		return errors.Join(err, w.blobs.Delete(context.WithoutCancel(ctx), blobKey))
	}
	return nil
}

// errOvertaken stops a build whose archive was expired (by an erasure) or taken over by another
// attempt while it ran; its blob is deleted and the job ends.
var errOvertaken = errors.New("the export archive was expired or taken over while it was being built")

// unbuilt matches an archive that is still to be built.
func unbuilt() predicate.ExportArchive {
	return exportarchive.StateIn(exportarchive.StatePending, exportarchive.StateBuilding, exportarchive.StateFailed)
}

// built is an archive written to its blob: its files, and the size and SHA-256 of the ZIP.
type built struct {
	files  []outcome.ArchiveFile
	size   int64
	sha256 string
}

func (w *BuildWorker) write(ctx context.Context, archive *ent.ExportArchive, blobKey string, key []byte) (built, error) {
	ctx, abandon := context.WithCancel(ctx)
	defer abandon()
	blob, err := w.blobs.Create(ctx, blobKey)
	if err != nil {
		return built{}, err
	}
	encrypted, err := encrypt(blob, key)
	if err != nil {
		abandon()
		return built{}, errors.Join(err, blob.Close())
	}
	plain := &countingHash{w: encrypted, hash: sha256.New()}
	a := Archive{PersonID: archive.Edges.Request.SubjectID, At: w.now(), Progress: w.progress(ctx, archive.ID)}
	files, err := a.Write(ctx, plain, w.store.DB, w.store.Dialect)
	if err == nil {
		err = encrypted.Close()
	}
	if err != nil {
		abandon() // Close removes the partial blob
	}
	if closeErr := blob.Close(); err == nil {
		err = closeErr
	}
	return built{files: files, size: plain.n, sha256: hex.EncodeToString(plain.hash.Sum(nil))}, err
}

// progress records the percentage written on the archive, for the requester's progress bar. A
// failed update is only logged: the build goes on.
func (w *BuildWorker) progress(ctx context.Context, archiveID int) func(int) {
	return func(percent int) {
		err := w.store.Client.ExportArchive.UpdateOneID(archiveID).SetProgress(min(percent, 99)).Exec(ctx)
		if err != nil {
			w.logger.WarnContext(ctx, "recording the progress of an export", "archive_id", archiveID, "error", err)
		}
	}
}

// markReady records the built archive and tells the notifier, in one transaction: the email
// goes out exactly when the archive can be downloaded.
func (w *BuildWorker) markReady(ctx context.Context, archiveID int, blobKey string, b built, key []byte) error {
	return w.store.InTx(ctx, func(ctx context.Context, tx *storage.Tx) error {
		now := w.now()
		// Only the attempt that owns the blob, and only if no erasure expired the archive while
		// it was being written: an archive read before an erasure must never become ready after it.
		n, err := tx.Client.ExportArchive.Update().
			Where(exportarchive.ID(archiveID), exportarchive.StateEQ(exportarchive.StateBuilding), exportarchive.StorageKey(blobKey)).
			SetState(exportarchive.StateReady).SetProgress(100).SetFailure("").
			SetFiles(b.files).SetSizeBytes(b.size).SetSha256(b.sha256).SetEncryptionKey(key).
			SetReadyAt(now).SetExpiresAt(now.Add(w.ttl)).
			Save(ctx)
		if err != nil {
			return err
		}
		if n == 0 {
			return errOvertaken
		}
		ready, err := tx.Client.ExportArchive.Get(ctx, archiveID)
		if err != nil {
			return err
		}
		return w.notifier.ExportReady(ctx, tx, ready)
	})
}

// maxFailureLength bounds the failure kept on an archive.
const maxFailureLength = 300

// shortError is err on one line of at most maxFailureLength bytes.
func shortError(err error) string {
	s := strings.Join(strings.Fields(err.Error()), " ")
	if len(s) <= maxFailureLength {
		return s
	}
	return strings.ToValidUTF8(s[:maxFailureLength-len("…")], "") + "…"
}
