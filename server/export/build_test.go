package export

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/exportarchive"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

const linkTTL = 7 * 24 * time.Hour

// recordingNotifier is told of ready archives, and checks it is told inside the transaction.
type recordingNotifier struct{ ready []int }

func (n *recordingNotifier) ExportReady(ctx context.Context, tx *storage.Tx, a *ent.ExportArchive) error {
	// The archive is READY in the transaction that tells us so.
	state, err := tx.Client.ExportArchive.Query().Where(exportarchive.ID(a.ID)).
		Select(exportarchive.FieldState).String(viewer.SystemContext(ctx))
	if err != nil || exportarchive.State(state) != exportarchive.StateReady {
		return errors.Join(errors.New("told before the archive is READY in the transaction"), err)
	}
	n.ready = append(n.ready, a.ID)
	return nil
}

// fixture is a demo database with a blob store and a clock the test moves.
type fixture struct {
	*storagetest.Demo
	blobs    *Dir
	now      time.Time
	notifier *recordingNotifier
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	blobs, err := NewDir(filepath.Join(t.TempDir(), "archives"))
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{Demo: seededDemo(t), blobs: blobs, now: demoNow, notifier: &recordingNotifier{}}
}

func (f *fixture) clock() time.Time { return f.now }

// requestArchive records a completed access request about subject, submitted by submitter, and
// its archive waiting to be built.
func (f *fixture) requestArchive(t *testing.T, subject, submitter string) *ent.ExportArchive {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	create := f.Client.RightsRequest.Create().SetSubjectID(f.IDs[subject]).SetSubmittedByID(f.IDs[submitter]).
		SetType(rightsrequest.TypeAccess).SetState(rightsrequest.StateCompleted).
		SetReceivedAt(f.now).SetDueAt(f.now.AddDate(0, 1, 0)).SetClosedAt(f.now)
	if subject != submitter {
		m, err := f.Client.Membership.Query().Where(membership.UserID(f.IDs[submitter]), membership.KindEQ(membership.KindAdmin)).Only(ctx)
		if err != nil {
			t.Fatal(err)
		}
		create.SetOrganisationID(m.OrganisationID)
	}
	r, err := create.Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a, err := f.Client.ExportArchive.Create().SetRequestID(r.ID).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func (f *fixture) buildWorker() *BuildWorker {
	return NewBuildWorker(f.Store, f.blobs, f.clock, linkTTL, slog.New(slog.DiscardHandler), f.notifier)
}

// build works the build job of archive as River would on the given attempt.
func (f *fixture) build(worker *BuildWorker, archiveID, attempt int) error {
	return worker.Work(context.Background(), &river.Job[BuildArgs]{
		JobRow: &rivertype.JobRow{Attempt: attempt, MaxAttempts: BuildArgs{}.InsertOpts().MaxAttempts},
		Args:   BuildArgs{ArchiveID: archiveID},
	})
}

func (f *fixture) archive(t *testing.T, id int) *ent.ExportArchive {
	t.Helper()
	a, err := f.Client.ExportArchive.Get(viewer.SystemContext(context.Background()), id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestBuildMakesTheArchiveReadyOnce(t *testing.T) {
	f := newFixture(t)
	pending := f.requestArchive(t, "learner@example.com", "learner@example.com")
	if err := f.build(f.buildWorker(), pending.ID, 1); err != nil {
		t.Fatal(err)
	}
	a := f.archive(t, pending.ID)
	if a.State != exportarchive.StateReady || a.Progress != 100 || a.Failure != "" {
		t.Fatalf("state %s, progress %d, failure %q; want READY, 100, none", a.State, a.Progress, a.Failure)
	}
	if !a.ReadyAt.Equal(f.now) || !a.ExpiresAt.Equal(f.now.Add(linkTTL)) {
		t.Errorf("ready at %v, expires at %v; want %v and %v later", a.ReadyAt, a.ExpiresAt, f.now, linkTTL)
	}
	if !slices.Equal(f.notifier.ready, []int{a.ID}) {
		t.Errorf("notified of %v, want once of %d", f.notifier.ready, a.ID)
	}

	sealed := read(t, f.blobs, a.StorageKey)
	if bytes.Contains([]byte(sealed), []byte("learner@example.com")) {
		t.Fatal("the stored archive is not encrypted")
	}
	plain := readAll(t, bytes.NewReader([]byte(sealed)), a.EncryptionKey)
	sum := sha256.Sum256(plain)
	if int64(len(plain)) != a.SizeBytes || hex.EncodeToString(sum[:]) != a.Sha256 {
		t.Errorf("the archive has %d bytes, SHA-256 %x; the row says %d, %s", len(plain), sum, a.SizeBytes, a.Sha256)
	}
	names, _ := unzip(t, plain)
	var listed []string
	for _, file := range a.Files {
		listed = append(listed, file.Name)
	}
	if !slices.Equal(listed, names[:len(names)-1]) || !slices.Contains(listed, "csv/activity_events.csv") {
		t.Errorf("the row lists %v, the archive holds %v", listed, names)
	}

	// River delivers a job at least once: a second run changes nothing.
	if err := f.build(f.buildWorker(), a.ID, 1); err != nil {
		t.Fatal(err)
	}
	again := f.archive(t, a.ID)
	if again.StorageKey != a.StorageKey || !again.UpdatedAt.Equal(a.UpdatedAt) || len(f.notifier.ready) != 1 {
		t.Errorf("a second run rebuilt the archive (key %s, was %s) or notified again (%v)", again.StorageKey, a.StorageKey, f.notifier.ready)
	}
}

func TestBuildAfterACrashStartsAgain(t *testing.T) {
	f := newFixture(t)
	pending := f.requestArchive(t, "priya.shah@acme.example", "admin@acme.example")
	// An attempt died while writing: its row says BUILDING, its blob is half there.
	ctx := viewer.SystemContext(context.Background())
	w, err := f.blobs.Create(ctx, "export-crashed")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("half an archive")); err != nil {
		t.Fatal(err)
	}
	if err := f.Client.ExportArchive.UpdateOneID(pending.ID).SetState(exportarchive.StateBuilding).
		SetProgress(40).SetStorageKey("export-crashed").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if err := f.build(f.buildWorker(), pending.ID, 2); err != nil {
		t.Fatal(err)
	}
	a := f.archive(t, pending.ID)
	if a.State != exportarchive.StateReady || a.StorageKey == "export-crashed" {
		t.Fatalf("state %s, key %s; want READY under a new key", a.State, a.StorageKey)
	}
	assertOnlyFiles(t, f.blobs.path, a.StorageKey)
}

// failingBlobs refuses every write.
type failingBlobs struct{ Blobs }

func (failingBlobs) Create(context.Context, string) (io.WriteCloser, error) {
	return nil, errors.New("disk full")
}

func TestBuildFailureIsRecordedAndRetried(t *testing.T) {
	f := newFixture(t)
	pending := f.requestArchive(t, "learner@example.com", "learner@example.com")
	worker := NewBuildWorker(f.Store, failingBlobs{f.blobs}, f.clock, linkTTL, slog.New(slog.DiscardHandler), f.notifier)
	if err := f.build(worker, pending.ID, 1); err == nil {
		t.Fatal("a build that could not write succeeded")
	}
	a := f.archive(t, pending.ID)
	if a.State != exportarchive.StateBuilding || a.Failure != "disk full" {
		t.Fatalf("after a first failure: state %s, failure %q; want BUILDING, disk full", a.State, a.Failure)
	}
	last := BuildArgs{}.InsertOpts().MaxAttempts
	if err := f.build(worker, pending.ID, last); err == nil {
		t.Fatal("a build that could not write succeeded")
	}
	if a := f.archive(t, pending.ID); a.State != exportarchive.StateFailed {
		t.Fatalf("after the last attempt: state %s, want FAILED", a.State)
	}
	if len(f.notifier.ready) != 0 {
		t.Fatalf("notified of a failed archive: %v", f.notifier.ready)
	}
	// A later successful run (staff retrying) clears the failure.
	if err := f.build(f.buildWorker(), pending.ID, 1); err != nil {
		t.Fatal(err)
	}
	if a := f.archive(t, pending.ID); a.State != exportarchive.StateReady || a.Failure != "" {
		t.Fatalf("after a successful retry: state %s, failure %q", a.State, a.Failure)
	}
}

func TestExpiryDeletesTheBlobAndTheKey(t *testing.T) {
	f := newFixture(t)
	pending := f.requestArchive(t, "learner@example.com", "learner@example.com")
	if err := f.build(f.buildWorker(), pending.ID, 1); err != nil {
		t.Fatal(err)
	}
	ready := f.archive(t, pending.ID)
	expiry := NewExpiryWorker(f.Store, f.blobs, f.clock)
	expire := func() {
		t.Helper()
		if err := expiry.Work(context.Background(), &river.Job[ExpireArgs]{}); err != nil {
			t.Fatal(err)
		}
	}

	f.now = ready.ExpiresAt.Add(-time.Second)
	expire()
	if a := f.archive(t, ready.ID); a.State != exportarchive.StateReady {
		t.Fatalf("expired a second early: %s", a.State)
	}

	f.now = *ready.ExpiresAt
	expire()
	expire() // idempotent
	a := f.archive(t, ready.ID)
	if a.State != exportarchive.StateExpired || a.StorageKey != "" || a.EncryptionKey != nil {
		t.Fatalf("state %s, key %q, encryption key %v; want EXPIRED with both cleared", a.State, a.StorageKey, a.EncryptionKey)
	}
	if _, err := f.blobs.Open(context.Background(), ready.StorageKey); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("the blob is still there: %v", err)
	}
	// Expired archives are not built again.
	if err := f.build(f.buildWorker(), a.ID, 1); err != nil {
		t.Fatal(err)
	}
	if a := f.archive(t, ready.ID); a.State != exportarchive.StateExpired {
		t.Fatalf("a build job revived an expired archive: %s", a.State)
	}
}

// TestBuildJobIsUniquePerArchive inserts the build job of one archive twice, as River would be
// asked to: the second is skipped while the first waits.
func TestBuildJobIsUniquePerArchive(t *testing.T) {
	ctx := context.Background()
	driver := riverDriver(storagetest.Open(t, time.Now))
	migrator, err := rivermigrate.New(driver, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := migrator.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		t.Fatal(err)
	}
	client, err := river.NewClient(driver, &river.Config{})
	if err != nil {
		t.Fatal(err)
	}
	first, err := client.Insert(ctx, BuildArgs{ArchiveID: 7}, nil)
	if err != nil {
		t.Fatal(err)
	}
	second, err := client.Insert(ctx, BuildArgs{ArchiveID: 7}, nil)
	if err != nil {
		t.Fatal(err)
	}
	other, err := client.Insert(ctx, BuildArgs{ArchiveID: 8}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if first.UniqueSkippedAsDuplicate || !second.UniqueSkippedAsDuplicate || other.UniqueSkippedAsDuplicate {
		t.Fatalf("duplicates skipped: %v, %v, %v; want only the second", first.UniqueSkippedAsDuplicate,
			second.UniqueSkippedAsDuplicate, other.UniqueSkippedAsDuplicate)
	}
	if first.Job.MaxAttempts != 5 {
		t.Fatalf("max attempts %d", first.Job.MaxAttempts)
	}
}
