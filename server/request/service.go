package request

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/riverqueue/river"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/schema/actor"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/deadline"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

// RepeatWindow is how recently a request of the same type must have been completed for a new one
// to be flagged as possibly repetitive.
const RepeatWindow = 30 * 24 * time.Hour

// Enqueuer inserts a background job in a business action's transaction; opts may be nil.
type Enqueuer interface {
	InsertTx(ctx context.Context, tx *sql.Tx, args river.JobArgs, opts *river.InsertOpts) error
}

// Service runs rights requests.
type Service struct {
	clock     *deadline.Clock
	now       func() time.Time
	jobs      Enqueuer
	portalURL string
	outcomes  Outcomes
}

// NewService returns a Service; portalURL is used in the links emails carry.
func NewService(clock *deadline.Clock, now func() time.Time, jobs Enqueuer, portalURL string, outcomes Outcomes) *Service {
	return &Service{clock: clock, now: now, jobs: jobs, portalURL: portalURL, outcomes: outcomes}
}

// SubmitInput is a new request. SubjectID 0 means the viewer.
type SubmitInput struct {
	Type                 rightsrequest.Type
	SubjectID            int
	Description          string
	RectificationField   string
	RectificationValue   string
	ObjectionProcessing  string
	PortabilityRecipient string
}

// Submit records a new request, its first timeline entry and the emails announcing it. Whether
// the viewer may submit for the subject is the data layer's decision (FORBIDDEN otherwise).
func (s *Service) Submit(ctx context.Context, tx *storage.Tx, in SubmitInput) (*ent.RightsRequest, error) {
	v, err := storage.ActingViewer(ctx, tx)
	if err != nil {
		return nil, err
	}
	if in.SubjectID == 0 {
		in.SubjectID = v.UserID
	}
	if err := validateSubmission(in); err != nil {
		return nil, err
	}
	if err := MayRequestFor(ctx, tx.Client, in.SubjectID); err != nil {
		return nil, err
	}
	system := viewer.SystemContext(ctx)
	isOpen := func() (bool, error) {
		return tx.Client.RightsRequest.Query().
			Where(rightsrequest.SubjectID(in.SubjectID), rightsrequest.OpenType(string(in.Type))).Exist(system)
	}
	if open, err := isOpen(); err != nil || open {
		return nil, cmp.Or(err, error(ErrDuplicate))
	}
	now := s.now()
	repeated, err := tx.Client.RightsRequest.Query().Where(
		rightsrequest.SubjectID(in.SubjectID), rightsrequest.TypeEQ(in.Type),
		rightsrequest.StateEQ(completed), rightsrequest.ClosedAtGTE(now.Add(-RepeatWindow)),
	).Exist(system)
	if err != nil {
		return nil, err
	}
	create := tx.Client.RightsRequest.Create().
		SetSubjectID(in.SubjectID).SetSubmittedByID(v.UserID).SetType(in.Type).
		SetOpenType(string(in.Type)).SetDescription(in.Description).
		SetRectificationField(in.RectificationField).SetRectificationValue(in.RectificationValue).
		SetObjectionProcessing(in.ObjectionProcessing).SetPortabilityRecipient(in.PortabilityRecipient).
		SetReceivedAt(now).SetDueAt(s.clock.Due(now, 0, 0)).SetPossiblyRepetitive(repeated)
	if v.Role == viewer.EmployerAdmin && in.SubjectID != v.UserID {
		create.SetOrganisationID(v.OrganisationID)
	}
	note := ""
	if in.Type == rightsrequest.TypeErasure {
		if note, err = s.submitErasure(ctx, tx, create, in.SubjectID, in.SubjectID == v.UserID, now); err != nil {
			return nil, err
		}
	}
	req, err := create.Save(ctx)
	if lostTheRace(err) {
		return nil, ErrDuplicate // another submission took the open slot first
	}
	if err != nil {
		return nil, err
	}
	if err := s.record(ctx, tx, req, v, "", submitted, ""); err != nil {
		return nil, err
	}
	if err := s.scheduleErasure(ctx, tx, req); err != nil {
		return nil, err
	}
	return req, s.notify(ctx, tx, req, kindReceived, note)
}

// MayRequestFor refuses, as FORBIDDEN, a person the viewer may not see: whom the data layer does
// not show them, they learn nothing about, not even whether a request is open.
func MayRequestFor(ctx context.Context, client *ent.Client, subjectID int) error {
	visible, err := client.User.Query().Where(user.ID(subjectID)).Exist(ctx)
	if err != nil {
		return err
	}
	if !visible {
		return errcode.New(errcode.Forbidden, "You cannot make a request for that person.")
	}
	return nil
}

// lostTheRace reports whether a submission failed because another took the open slot first: the
// unique index on (subject_id, open_type). The transaction cannot be asked (PostgreSQL ends it at
// the failed statement), so the violation is recognised by the column both databases name.
func lostTheRace(err error) bool {
	return ent.IsConstraintError(err) && strings.Contains(err.Error(), rightsrequest.FieldOpenType)
}

// ActInput carries what some actions need: a note or message (REQUEST_INFORMATION and
// PROVIDE_INFORMATION need one; EXTEND needs it as the reason; REJECT as the explanation),
// the months of an extension, and the reason of a rejection.
type ActInput struct {
	Note            string
	Months          int
	RejectionReason rightsrequest.RejectionReason
}

// Act takes action on request id for the viewer, if the transition table allows it from the
// request's state and for the viewer's part in it, and records it on the timeline and in emails.
func (s *Service) Act(ctx context.Context, tx *storage.Tx, id int, action Action, in ActInput) (*ent.RightsRequest, error) {
	v, err := storage.ActingViewer(ctx, tx)
	if err != nil {
		return nil, err
	}
	req, err := tx.Client.RightsRequest.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	to, possible := next(req.State, action, req.ExtensionMonths > 0)
	if !possible {
		return nil, transitionRefused(action, req.State)
	}
	if !mayTake(PartiesOf(v, req), action) {
		return nil, notYours(action)
	}
	if err := validateAction(action, in); err != nil {
		return nil, err
	}
	if action == Complete && req.Type == rightsrequest.TypeErasure {
		return s.completeErasure(ctx, tx, req, v, in.Note)
	}
	now := s.now()
	from := req.State
	// The update applies only if the request is still in the state it was read in, so two
	// actions at once cannot both succeed and leave it half one and half the other.
	update := tx.Client.RightsRequest.Update().Where(rightsrequest.ID(id), rightsrequest.StateEQ(from)).SetState(to)
	pausedDays, extension := req.PausedDays, req.ExtensionMonths
	switch action {
	case Start, ProvideInformation:
		if req.PausedAt != nil {
			pausedDays += deadline.PausedDays(*req.PausedAt, now)
			update.ClearPausedAt().SetPausedDays(pausedDays)
		}
	case RequestInformation:
		update.SetPausedAt(now)
	case Extend:
		if err := s.clock.CheckExtension(req.ReceivedAt, now, extension, in.Months, pausedDays); err != nil {
			return nil, err
		}
		extension += in.Months
		update.SetExtensionMonths(extension).SetExtensionReason(in.Note)
	case Reject:
		update.SetRejectionReason(in.RejectionReason).SetRejectionExplanation(in.Note)
	}
	if !IsOpen(to) {
		update.SetClosedAt(now).SetPurgeAfter(now.Add(s.recordRetention())).ClearOpenType().ClearPausedAt()
		if req.ErasureScheduledAt != nil {
			update.ClearErasureScheduledAt() // a cancelled erasure must not run
		}
	}
	update.SetDueAt(s.clock.Due(req.ReceivedAt, extension, pausedDays))
	if n, err := update.Save(ctx); err != nil {
		return nil, err
	} else if n != 1 {
		return nil, errcode.New(errcode.Conflict, "The request changed while you were acting on it; reload it and try again.")
	}
	if req, err = tx.Client.RightsRequest.Get(ctx, id); err != nil {
		return nil, err
	}
	note := in.Note
	if action == Extend {
		note = fmt.Sprintf("Extended by %d more month(s); now due %s. %s", in.Months, longDate(req.DueAt), in.Note)
	}
	if err := s.record(ctx, tx, req, v, from, to, note); err != nil {
		return nil, err
	}
	if err := s.completed(ctx, tx, req, action); err != nil {
		return nil, err
	}
	if action == RequestInformation || action == ProvideInformation {
		if _, err := s.addMessage(ctx, tx, req, v, in.Note); err != nil {
			return nil, err
		}
	}
	if from == awaiting {
		// Resuming is news of work going on again, whatever state it resumes to; the requester's
		// own reply is not repeated back to them.
		return req, s.notifyAs(ctx, tx, req, kindUpdated, working, "")
	}
	return req, s.notify(ctx, tx, req, kindUpdated, in.Note)
}

// completed produces what completing a request of its type produces: an archive of the person's
// data, or the restriction of their account. (Erasure completes in its own job.)
func (s *Service) completed(ctx context.Context, tx *storage.Tx, r *ent.RightsRequest, action Action) error {
	if action != Complete {
		return nil
	}
	switch r.Type {
	case rightsrequest.TypeAccess, rightsrequest.TypePortability:
		return s.startExport(ctx, tx, r)
	case rightsrequest.TypeRestriction:
		return restrict(ctx, tx, r.SubjectID)
	}
	return nil
}

// SendMessage adds a message to a request's conversation. The requester (the subject or whoever
// submitted it) and staff may write; staff messages are emailed to the requester.
func (s *Service) SendMessage(ctx context.Context, tx *storage.Tx, id int, body string) (*ent.RequestMessage, error) {
	v, err := storage.ActingViewer(ctx, tx)
	if err != nil {
		return nil, err
	}
	req, err := tx.Client.RightsRequest.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if PartiesOf(v, req) == 0 {
		return nil, errcode.New(errcode.Forbidden, "Only the requester and provider staff can write on a request.")
	}
	if err := checkText("body", body, 1, maxText); err != nil {
		return nil, err
	}
	m, err := s.addMessage(ctx, tx, req, v, body)
	if err != nil {
		return nil, err
	}
	if v.Role == viewer.Staff {
		return m, s.notify(ctx, tx, req, kindMessage, body)
	}
	return m, nil
}

// Available lists what v may do to r now: the transition table's actions for v's part in it,
// without an extension that the statutory limits no longer allow.
func (s *Service) Available(v viewer.Viewer, r *ent.RightsRequest) []Action {
	var out []Action
	for _, a := range available(r.State, PartiesOf(v, r), r.ExtensionMonths > 0) {
		if a == Extend && s.clock.CheckExtension(r.ReceivedAt, s.now(), r.ExtensionMonths, 1, r.PausedDays) != nil {
			continue
		}
		out = append(out, a)
	}
	return out
}

// PartiesOf says how v stands towards r.
func PartiesOf(v viewer.Viewer, r *ent.RightsRequest) Party {
	var p Party
	if v.Role == viewer.Staff {
		p |= Staff
	}
	if r.SubjectID == v.UserID {
		p |= Subject
	}
	if r.SubmittedByID != nil && *r.SubmittedByID == v.UserID {
		p |= Submitter
	}
	return p
}

// record writes one timeline entry.
func (s *Service) record(ctx context.Context, tx *storage.Tx, r *ent.RightsRequest, v viewer.Viewer, from, to state, note string) error {
	create := tx.Client.RequestEvent.Create().
		SetRequestID(r.ID).SetActorRole(roleOf(v, r)).
		SetFromState(string(from)).SetToState(string(to)).SetNote(note).
		SetOccurredAt(s.now())
	if v.UserID != 0 {
		create.SetActorID(v.UserID)
	}
	return create.Exec(ctx)
}

func (s *Service) addMessage(ctx context.Context, tx *storage.Tx, r *ent.RightsRequest, v viewer.Viewer, body string) (*ent.RequestMessage, error) {
	return tx.Client.RequestMessage.Create().
		SetRequestID(r.ID).SetAuthorID(v.UserID).SetAuthorRole(roleOf(v, r)).
		SetBody(body).SetSentAt(s.now()).Save(ctx)
}

// roleOf is the capacity v acts in on r, as the timeline shows it.
func roleOf(v viewer.Viewer, r *ent.RightsRequest) actor.Role {
	switch {
	case v.Role == viewer.System:
		return actor.System
	case v.Role == viewer.Staff:
		return actor.Staff
	case v.UserID == r.SubjectID:
		return actor.Self
	case v.Role == viewer.EmployerAdmin:
		return actor.EmployerAdmin
	}
	return actor.Self
}

const maxText = 5000

func validateSubmission(in SubmitInput) error {
	var fields []errcode.FieldError
	add := func(err error) {
		if coded, ok := errcode.As(err); ok {
			fields = append(fields, coded.Fields...)
		}
	}
	if rightsrequest.TypeValidator(in.Type) != nil {
		fields = append(fields, errcode.FieldError{Field: "type", Reason: "UNKNOWN", Message: "Choose one of the rights listed."})
	}
	add(checkText("description", in.Description, 0, maxText))
	add(checkText("portabilityRecipient", in.PortabilityRecipient, 0, 300))
	switch in.Type {
	case rightsrequest.TypeRectification:
		add(checkText("rectificationField", in.RectificationField, 1, 100))
		add(checkText("rectificationValue", in.RectificationValue, 1, maxText))
	case rightsrequest.TypeObjection:
		add(checkText("objectionProcessing", in.ObjectionProcessing, 1, 100))
	}
	return errcode.Invalid(fields)
}

func validateAction(action Action, in ActInput) error {
	switch action {
	case RequestInformation, ProvideInformation:
		return checkText("message", in.Note, 1, maxText)
	case Extend:
		if in.Months < 1 || in.Months > 2 {
			return errcode.Invalid([]errcode.FieldError{{Field: "months", Reason: "OUT_OF_RANGE", Message: "Extend by 1 or 2 months."}})
		}
		return checkText("reason", in.Note, 1, maxText)
	case Reject:
		if rightsrequest.RejectionReasonValidator(in.RejectionReason) != nil {
			return errcode.Invalid([]errcode.FieldError{{Field: "reason", Reason: "UNKNOWN", Message: "Choose the reason for the rejection."}})
		}
		return checkText("explanation", in.Note, 1, maxText)
	}
	return checkText("note", in.Note, 0, maxText)
}

// checkText requires between min and max characters.
func checkText(field, value string, min, max int) error {
	n := utf8.RuneCountInString(value)
	switch {
	case n < min:
		return errcode.Invalid([]errcode.FieldError{{Field: field, Reason: "REQUIRED", Message: "This is required."}})
	case n > max:
		return errcode.Invalid([]errcode.FieldError{{Field: field, Reason: "TOO_LONG", Message: "Use at most " + strconv.Itoa(max) + " characters."}})
	}
	return nil
}
