package request

import (
	"context"
	"strconv"
	"time"

	"github.com/riverqueue/river"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/deadline"
	"github.com/learnerportal/portal/server/notify"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

// DigestArgs is the daily job that emails staff the requests overdue or due within 7 days.
type DigestArgs struct{}

// Kind names the job for River.
func (DigestArgs) Kind() string { return "request.digest" }

// DigestJob runs the digest once a day (and at start-up); River's leader inserts it, and the
// uniqueness by day keeps replicas and restarts from sending it twice.
func DigestJob() *river.PeriodicJob {
	return river.NewPeriodicJob(river.PeriodicInterval(24*time.Hour),
		func() (river.JobArgs, *river.InsertOpts) {
			return DigestArgs{}, &river.InsertOpts{UniqueOpts: river.UniqueOpts{ByPeriod: 24 * time.Hour}}
		},
		&river.PeriodicJobOpts{RunOnStart: true})
}

// DigestWorker writes each active staff member a digest of the requests needing attention, each
// with its delivery job, in one transaction. Nothing is sent when nothing is due.
type DigestWorker struct {
	river.WorkerDefaults[DigestArgs]
	store    *storage.Store
	requests *Service
}

// NewDigestWorker returns the digest's worker.
func NewDigestWorker(store *storage.Store, requests *Service) *DigestWorker {
	return &DigestWorker{store: store, requests: requests}
}

// Work writes today's digests.
func (w *DigestWorker) Work(ctx context.Context, _ *river.Job[DigestArgs]) error {
	return w.store.InTx(viewer.SystemContext(ctx), func(ctx context.Context, tx *storage.Tx) error {
		return w.requests.writeDigests(ctx, tx)
	})
}

func (s *Service) writeDigests(ctx context.Context, tx *storage.Tx) error {
	now := s.now()
	horizon := deadline.StartOfDay(now).AddDate(0, 0, deadline.DueSoonDays+1)
	due, err := tx.Client.RightsRequest.Query().
		Where(rightsrequest.StateIn(OpenStates...), rightsrequest.PausedAtIsNil(), rightsrequest.DueAtLT(horizon)).
		Order(ent.Asc(rightsrequest.FieldDueAt)).
		WithSubject(func(q *ent.UserQuery) { q.WithProfile() }).
		All(ctx)
	if err != nil || len(due) == 0 {
		return err
	}
	items := make([]notify.DigestItem, len(due))
	for i, r := range due {
		items[i] = notify.DigestItem{RequestID: strconv.Itoa(r.ID), Type: string(r.Type),
			SubjectName: DisplayName(r.Edges.Subject), Due: r.DueAt, Overdue: s.Overdue(r)}
	}
	staff, err := tx.Client.User.Query().
		Where(user.RoleEQ(user.RoleStaff), user.StatusEQ(user.StatusActive)).WithProfile().All(ctx)
	if err != nil {
		return err
	}
	for _, member := range staff {
		subject, body := notify.StaffDigest(DisplayName(member), items, s.portalURL, now)
		n, err := tx.Client.Notification.Create().
			SetUserID(member.ID).SetKind(notification.KindStaffDigest).SetToAddress(member.Email).
			SetSubject(subject).SetBody(body).SetCreatedAt(now).Save(ctx)
		if err != nil {
			return err
		}
		if err := s.jobs.InsertTx(ctx, tx.SQL, notify.DeliverArgs{NotificationID: n.ID}, nil); err != nil {
			return err
		}
	}
	return nil
}
