package request

import (
	"context"
	"fmt"
	"time"

	"github.com/riverqueue/river"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/exportarchive"
	"github.com/learnerportal/portal/ent/legalhold"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/schema/outcome"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/deadline"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/export"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

// Codes of the refusals about what requests produce.
const (
	CodeLegalHold        = "LEGAL_HOLD"
	CodeExportInProgress = "EXPORT_IN_PROGRESS"
	CodeNotRestricted    = "NOT_RESTRICTED"
)

// Eraser erases a person. Its plan is what the requester is shown before submitting and is kept
// with the request; its execution runs in the transaction that completes the request. Package
// erasure provides it.
type Eraser interface {
	Plan(ctx context.Context, client *ent.Client, personID int) (*outcome.Erasure, error)
	Execute(ctx context.Context, tx *storage.Tx, personID int) (*outcome.Erasure, error)
}

// Outcomes configures what completing a request produces.
type Outcomes struct {
	Eraser Eraser
	// CoolingOff is how long a learner's own erasure request waits, cancellable, before the
	// portal carries it out without staff; zero leaves every erasure to staff.
	CoolingOff time.Duration
	// RecordRetention is how long a closed request's record is kept for accountability before
	// the retention sweep purges it.
	RecordRetention time.Duration
}

// DefaultRecordRetention is three years, the accountability period PRODUCT.md gives.
const DefaultRecordRetention = 3 * 365 * 24 * time.Hour

// staleBuild is how long an archive may show no progress before a new download may start.
const staleBuild = time.Hour

// erasureRetryAfter is how long after an erasure started staff may start it again: the job is
// safe to run twice, and one that failed for good would otherwise leave the request stuck.
const erasureRetryAfter = time.Hour

// unsentGrace is how long an erasure waits for the emails already queued to the person (the
// last one tells them the erasure is under way) before it deletes them unsent.
const unsentGrace = time.Hour

// ErasureArgs is the job that carries out an erasure request: after the cooling-off period, or
// at once when staff complete the request. It is safe to run again: a request no longer open, or
// no longer scheduled, is left alone.
type ErasureArgs struct {
	RequestID int `json:"request_id"`
	// StaffID is the staff member who completed the request; zero for the cooling-off.
	StaffID int `json:"staff_id,omitempty"`
}

// Kind names the job.
func (ErasureArgs) Kind() string { return "request.erase" }

// InsertOpts retries a failed erasure for about a day before giving up.
func (ErasureArgs) InsertOpts() river.InsertOpts { return river.InsertOpts{MaxAttempts: 12} }

// ErasureWorker carries out erasures.
type ErasureWorker struct {
	river.WorkerDefaults[ErasureArgs]
	store    *storage.Store
	requests *Service
}

// NewErasureWorker returns the worker of ErasureArgs.
func NewErasureWorker(store *storage.Store, requests *Service) *ErasureWorker {
	return &ErasureWorker{store: store, requests: requests}
}

// Work erases the person in one transaction with the request's completion, so a crash leaves
// either all of it or none, and the retried job finishes it.
func (w *ErasureWorker) Work(ctx context.Context, job *river.Job[ErasureArgs]) error {
	return w.store.InTx(viewer.SystemContext(ctx), func(ctx context.Context, tx *storage.Tx) error {
		return w.requests.erase(ctx, tx, job.Args)
	})
}

// submitErasure prepares a new erasure request: the preview the requester saw, stored with it,
// and for a learner's own request the cooling-off after which it runs by itself.
func (s *Service) submitErasure(ctx context.Context, tx *storage.Tx, create *ent.RightsRequestCreate, subjectID int, bySubject bool, now time.Time) (note string, err error) {
	preview, err := s.outcomes.Eraser.Plan(viewer.SystemContext(ctx), tx.Client, subjectID)
	if err != nil {
		return "", err
	}
	create.SetErasurePreview(preview)
	if !bySubject || s.outcomes.CoolingOff <= 0 {
		return "", nil
	}
	at := now.Add(s.outcomes.CoolingOff)
	create.SetErasureScheduledAt(at)
	return fmt.Sprintf("Unless you cancel the request before then, your data will be erased on %s.", longDate(at)), nil
}

// scheduleErasure inserts the erasure job of a request just created with a schedule.
func (s *Service) scheduleErasure(ctx context.Context, tx *storage.Tx, r *ent.RightsRequest) error {
	if r.ErasureScheduledAt == nil {
		return nil
	}
	return s.jobs.InsertTx(ctx, tx.SQL, ErasureArgs{RequestID: r.ID}, &river.InsertOpts{ScheduledAt: *r.ErasureScheduledAt})
}

// completeErasure is staff completing an erasure request: unless a legal hold stops it, the
// erasure job runs at once, and the request is completed by the job in the erasure's own
// transaction.
func (s *Service) completeErasure(ctx context.Context, tx *storage.Tx, r *ent.RightsRequest, v viewer.Viewer, note string) (*ent.RightsRequest, error) {
	holds, err := activeHolds(ctx, tx, r.SubjectID)
	if err != nil {
		return nil, err
	}
	if len(holds) > 0 {
		return nil, errcode.Newf(CodeLegalHold, "A legal hold stops this erasure (%s). Reject the request with an explanation, or complete it once the hold is released.", holdText(holds))
	}
	now := s.now()
	if r.ErasureScheduledAt != nil && !r.ErasureScheduledAt.After(now) && now.Sub(*r.ErasureScheduledAt) < erasureRetryAfter {
		return nil, errcode.New(errcode.Conflict, "The erasure is already under way. If it has not finished within an hour of starting, complete the request again to retry it.")
	}
	n, err := tx.Client.RightsRequest.Update().Where(rightsrequest.ID(r.ID), rightsrequest.StateEQ(r.State)).
		SetErasureScheduledAt(now).Save(ctx)
	if err != nil {
		return nil, err
	} else if n != 1 {
		return nil, errcode.New(errcode.Conflict, "The request changed while you were acting on it; reload it and try again.")
	}
	if err := s.jobs.InsertTx(ctx, tx.SQL, ErasureArgs{RequestID: r.ID, StaffID: v.UserID}, nil); err != nil {
		return nil, err
	}
	if r, err = tx.Client.RightsRequest.Get(ctx, r.ID); err != nil {
		return nil, err
	}
	text := joinNotes("The erasure is under way. This is the last email about it we send to this address.", note)
	if err := s.record(ctx, tx, r, v, r.State, r.State, text); err != nil {
		return nil, err
	}
	return r, s.notify(ctx, tx, r, kindUpdated, text)
}

// erase carries out an erasure request, if it is still open and due.
func (s *Service) erase(ctx context.Context, tx *storage.Tx, args ErasureArgs) error {
	r, err := tx.Client.RightsRequest.Get(ctx, args.RequestID)
	if ent.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	now := s.now()
	if !IsOpen(r.State) || r.ErasureScheduledAt == nil || r.ErasureScheduledAt.After(now) {
		return nil // cancelled, rejected, done, or rescheduled
	}
	actor := viewer.Viewer{Role: viewer.System}
	if args.StaffID != 0 {
		actor = viewer.Viewer{UserID: args.StaffID, Role: viewer.Staff}
	}
	holds, err := activeHolds(ctx, tx, r.SubjectID)
	if err != nil {
		return err
	}
	if len(holds) > 0 || r.State == awaiting {
		return s.postponeErasure(ctx, tx, r, actor, holds)
	}
	if err := waitForLastEmails(ctx, tx, r.SubjectID, now); err != nil {
		return err
	}
	receipt, err := s.outcomes.Eraser.Execute(ctx, tx, r.SubjectID)
	if err != nil {
		return err
	}
	n, err := tx.Client.RightsRequest.Update().Where(rightsrequest.ID(r.ID), rightsrequest.StateEQ(r.State)).
		SetState(completed).SetClosedAt(now).SetPurgeAfter(now.Add(s.recordRetention())).
		ClearOpenType().ClearPausedAt().SetErasureReceipt(receipt).Save(ctx)
	if err != nil {
		return err
	} else if n != 1 {
		return fmt.Errorf("request %d changed during its erasure", r.ID)
	}
	from := r.State
	if r, err = tx.Client.RightsRequest.Get(ctx, r.ID); err != nil {
		return err
	}
	if err := s.record(ctx, tx, r, actor, from, completed, receiptNote(receipt)); err != nil {
		return err
	}
	if err := s.closeTheRest(ctx, tx, r, actor, now); err != nil {
		return err
	}
	// The person's own address is gone; whoever submitted it for them is told.
	return s.notify(ctx, tx, r, kindUpdated, receiptNote(receipt))
}

// closeTheRest cancels the person's other open requests: with their data erased there is
// nothing left to give, correct, restrict or object to.
func (s *Service) closeTheRest(ctx context.Context, tx *storage.Tx, erased *ent.RightsRequest, actor viewer.Viewer, now time.Time) error {
	open, err := tx.Client.RightsRequest.Query().Where(rightsrequest.SubjectID(erased.SubjectID),
		rightsrequest.OpenTypeNotNil(), rightsrequest.IDNEQ(erased.ID)).All(ctx)
	if err != nil {
		return err
	}
	for _, r := range open {
		if err := tx.Client.RightsRequest.UpdateOne(r).SetState(cancelled).SetClosedAt(now).
			SetPurgeAfter(now.Add(s.recordRetention())).ClearOpenType().ClearPausedAt().ClearErasureScheduledAt().Exec(ctx); err != nil {
			return err
		}
		if err := s.record(ctx, tx, r, actor, r.State, cancelled, "Closed because the person's data has been erased."); err != nil {
			return err
		}
	}
	return nil
}

// postponeErasure leaves an erasure that cannot run now to staff, telling the requester why:
// a legal hold (whose reason they see), or a question they have not yet answered.
func (s *Service) postponeErasure(ctx context.Context, tx *storage.Tx, r *ent.RightsRequest, actor viewer.Viewer, holds []*ent.LegalHold) error {
	if err := tx.Client.RightsRequest.UpdateOneID(r.ID).ClearErasureScheduledAt().Exec(ctx); err != nil {
		return err
	}
	note := "The erasure waits for the information we asked for; our privacy team will carry it out once they have it."
	if len(holds) > 0 {
		note = fmt.Sprintf("The erasure cannot go ahead while a legal hold applies (%s). Our privacy team will explain what happens next.", holdText(holds))
	}
	if err := s.record(ctx, tx, r, actor, r.State, r.State, note); err != nil {
		return err
	}
	return s.notify(ctx, tx, r, kindUpdated, note)
}

// waitForLastEmails snoozes the erasure while emails to the person are still queued (the last
// one tells them of the erasure), for up to unsentGrace; after that they are erased unsent.
func waitForLastEmails(ctx context.Context, tx *storage.Tx, personID int, now time.Time) error {
	pending, err := tx.Client.Notification.Query().Where(notification.UserID(personID),
		notification.StatusEQ(notification.StatusQueued), notification.CreatedAtGT(now.Add(-unsentGrace))).Exist(ctx)
	if err != nil || !pending {
		return err
	}
	return river.JobSnooze(5 * time.Second)
}

func activeHolds(ctx context.Context, tx *storage.Tx, personID int) ([]*ent.LegalHold, error) {
	return tx.Client.LegalHold.Query().
		Where(legalhold.UserID(personID), legalhold.ReleasedAtIsNil()).
		Order(ent.Asc(legalhold.FieldPlacedAt)).All(viewer.SystemContext(ctx))
}

func holdText(holds []*ent.LegalHold) string {
	text := ""
	for i, h := range holds {
		if i > 0 {
			text += "; "
		}
		text += fmt.Sprintf("%s: %s", h.Kind, h.Reason)
	}
	return text
}

func receiptNote(e *outcome.Erasure) string {
	erased := 0
	for _, item := range e.Erased {
		erased += item.Count
	}
	note := fmt.Sprintf("Erased %d records.", erased)
	for _, k := range e.Kept {
		if k.Until != nil {
			note += fmt.Sprintf(" Kept: %s until %s (%s).", k.Description, longDate(*k.Until), k.Reason)
		}
	}
	return note
}

// startExport queues the archive of a completed access or portability request.
func (s *Service) startExport(ctx context.Context, tx *storage.Tx, r *ent.RightsRequest) error {
	archive, err := tx.Client.ExportArchive.Create().SetRequestID(r.ID).Save(viewer.SystemContext(ctx))
	if err != nil {
		return err
	}
	return s.jobs.InsertTx(ctx, tx.SQL, export.BuildArgs{ArchiveID: archive.ID}, nil)
}

// DownloadMyData is the learner's self-service download: an access request in their name, which
// the portal completes at once by building their archive.
func (s *Service) DownloadMyData(ctx context.Context, tx *storage.Tx) (*ent.RightsRequest, error) {
	v, err := storage.ActingViewer(ctx, tx)
	if err != nil {
		return nil, err
	}
	building, err := tx.Client.ExportArchive.Query().Where(
		exportarchive.StateIn(exportarchive.StatePending, exportarchive.StateBuilding),
		// A build that has not moved for an hour died for good; it does not stop a new one.
		exportarchive.UpdatedAtGT(s.now().Add(-staleBuild)),
		exportarchive.HasRequestWith(rightsrequest.SubjectID(v.UserID)),
	).Exist(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	if building {
		return nil, errcode.New(CodeExportInProgress, "A download of your data is already being prepared; it will be ready in a moment.")
	}
	now := s.now()
	r, err := tx.Client.RightsRequest.Create().
		SetSubjectID(v.UserID).SetSubmittedByID(v.UserID).SetType(rightsrequest.TypeAccess).
		SetDescription("Self-service download of my data.").
		SetReceivedAt(now).SetDueAt(s.clock.Due(now, 0, 0)).Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := s.record(ctx, tx, r, v, "", submitted, ""); err != nil {
		return nil, err
	}
	// The portal, not the learner, completes it: only staff or the portal may.
	system := viewer.SystemContext(ctx)
	if err := tx.Client.RightsRequest.UpdateOneID(r.ID).SetState(completed).SetClosedAt(now).
		SetPurgeAfter(now.Add(s.recordRetention())).Exec(system); err != nil {
		return nil, err
	}
	if r, err = tx.Client.RightsRequest.Get(ctx, r.ID); err != nil {
		return nil, err
	}
	if err := s.record(system, tx, r, viewer.Viewer{Role: viewer.System}, submitted, completed, "Your download is being prepared."); err != nil {
		return nil, err
	}
	return r, s.startExport(ctx, tx, r)
}

// ExportReady tells the requester their archive can be downloaded, in the transaction that
// marks it ready.
func (s *Service) ExportReady(ctx context.Context, tx *storage.Tx, archive *ent.ExportArchive) error {
	r, err := tx.Client.RightsRequest.Get(viewer.SystemContext(ctx), archive.RequestID)
	if err != nil {
		return err
	}
	note := "The copy of the data is ready to download."
	if archive.ExpiresAt != nil {
		note = fmt.Sprintf("The copy of the data is ready to download until %s. Sign in to the portal and open the request to download it.", longDate(*archive.ExpiresAt))
	}
	return s.notify(ctx, tx, r, kindUpdated, note)
}

// restrict marks the subject of a completed restriction request restricted: their data is kept
// but left out of marketing and profiling until staff lift it.
func restrict(ctx context.Context, tx *storage.Tx, personID int) error {
	return tx.Client.User.Update().Where(user.ID(personID), user.StatusEQ(user.StatusActive)).
		SetStatus(user.StatusRestricted).Exec(viewer.SystemContext(ctx))
}

// LiftRestriction is staff ending a restriction of processing, with a note that the person, who
// must be told before it ends, receives by email on their latest restriction request.
func (s *Service) LiftRestriction(ctx context.Context, tx *storage.Tx, personID int, note string) (*ent.User, error) {
	v, err := storage.ActingViewer(ctx, tx)
	if err != nil {
		return nil, err
	}
	if err := checkText("note", note, 1, maxText); err != nil {
		return nil, err
	}
	// The data layer lets only staff change an account's status.
	n, err := tx.Client.User.Update().Where(user.ID(personID), user.StatusEQ(user.StatusRestricted)).
		SetStatus(user.StatusActive).Save(ctx)
	if err != nil {
		return nil, err
	}
	if n != 1 {
		return nil, errcode.New(CodeNotRestricted, "That account is not restricted.")
	}
	last, err := tx.Client.RightsRequest.Query().Where(rightsrequest.SubjectID(personID),
		rightsrequest.TypeEQ(rightsrequest.TypeRestriction), rightsrequest.StateEQ(completed)).
		Order(ent.Desc(rightsrequest.FieldClosedAt)).First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, err
	}
	if last != nil {
		text := "The restriction of processing has been lifted: " + note
		if err := s.record(ctx, tx, last, v, completed, completed, text); err != nil {
			return nil, err
		}
		if err := s.notify(ctx, tx, last, kindUpdated, text); err != nil {
			return nil, err
		}
	}
	return tx.Client.User.Get(ctx, personID)
}

func (s *Service) recordRetention() time.Duration {
	if s.outcomes.RecordRetention > 0 {
		return s.outcomes.RecordRetention
	}
	return DefaultRecordRetention
}

func longDate(t time.Time) string {
	return t.In(deadline.StartOfDay(t).Location()).Format("Monday 2 January 2006")
}

func joinNotes(a, b string) string {
	if b == "" {
		return a
	}
	return a + " " + b
}
