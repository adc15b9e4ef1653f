package retention_test

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/datapurpose"
	"github.com/learnerportal/portal/ent/exportarchive"
	"github.com/learnerportal/portal/ent/financialrecord"
	"github.com/learnerportal/portal/ent/learningrecord"
	"github.com/learnerportal/portal/ent/legalhold"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/ent/requestevent"
	"github.com/learnerportal/portal/ent/requestmessage"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/schema/actor"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/erasure"
	"github.com/learnerportal/portal/server/erasure/erasuretest"
	"github.com/learnerportal/portal/server/retention"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

var now = time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)

const requestRetention = 3 * 365 * 24 * time.Hour

// Retention periods unlike the demo registry's, so that a sweep with the demo's periods written
// into it would fail.
const (
	securityMonths = 7
	usageMonths    = 19
	accountMonths  = 30
)

// env is a fresh database with a data registry, and a sweep over it.
type env struct {
	store  *storage.Store
	ctx    context.Context
	worker *retention.SweepWorker
	n      int
}

func newEnv(t *testing.T) *env {
	t.Helper()
	clock := func() time.Time { return now }
	e := &env{store: storagetest.Open(t, clock), ctx: viewer.SystemContext(context.Background())}
	e.worker = retention.NewSweepWorker(e.store, erasure.New([]byte("a suppression key of thirty-two bytes or more"), clock),
		clock, requestRetention, slog.New(slog.DiscardHandler))
	for _, p := range []struct {
		key    string
		months int
		from   datapurpose.RetentionFrom
	}{
		{erasure.TransactionsPurpose, 72, datapurpose.RetentionFromRelationshipEnd},
		{"security", securityMonths, datapurpose.RetentionFromCollection},
		{"usage-analytics", usageMonths, datapurpose.RetentionFromCollection},
		{retention.AccountPurpose, accountMonths, datapurpose.RetentionFromRelationshipEnd},
	} {
		e.store.Client.DataPurpose.Create().SetKey(p.key).SetName(p.key).SetDescription(p.key).
			SetCategory(datapurpose.CategoryIdentity).SetLawfulBasis(datapurpose.LawfulBasisContract).
			SetRetentionMonths(p.months).SetRetentionFrom(p.from).ExecX(e.ctx)
	}
	return e
}

// person writes an account of role that was created at created and last signed in at lastLogin
// (nil for never).
func (e *env) person(role user.Role, created time.Time, lastLogin *time.Time) *ent.User {
	e.n++
	return e.store.Client.User.Create().SetOidcIssuer("https://idp.test").SetOidcSubject(fmt.Sprint("subject-", e.n)).
		SetEmail(fmt.Sprintf("person-%d@example.com", e.n)).SetRole(role).
		SetCreatedAt(created).SetNillableLastLoginAt(lastLogin).SaveX(e.ctx)
}

func (e *env) learner() *ent.User { return e.person(user.RoleLearner, now.AddDate(-1, 0, 0), &now) }

// restrict restricts u's processing to storage.
func (e *env) restrict(u *ent.User) *ent.User {
	return e.store.Client.User.UpdateOne(u).SetStatus(user.StatusRestricted).SaveX(e.ctx)
}

func (e *env) sweep(t *testing.T) retention.Report {
	t.Helper()
	r, err := e.worker.Sweep(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSweepPurgesFinancialRecordsPastTheirDate(t *testing.T) {
	e := newEnv(t)
	customer := e.learner()
	tests := []struct {
		name        string
		retainUntil *time.Time
		gone        bool
	}{
		{"kept until a second ago", ptr(now.Add(-time.Second)), true},
		{"kept for another second", ptr(now.Add(time.Second)), false},
		{"a customer's, not yet minimised", nil, false},
	}
	ids := make([]int, len(tests))
	for i, tc := range tests {
		c := e.store.Client.FinancialRecord.Create().SetKind(financialrecord.KindInvoice).SetReference(fmt.Sprint("INV-", i)).
			SetAmountPence(100).SetOccurredAt(now.AddDate(-7, 0, 0)).SetNillableRetainUntil(tc.retainUntil)
		if tc.retainUntil == nil {
			c.SetUserID(customer.ID)
		}
		ids[i] = c.SaveX(e.ctx).ID
	}
	if r := e.sweep(t); r != (retention.Report{FinancialRecords: 1}) {
		t.Errorf("report %+v", r)
	}
	for i, tc := range tests {
		if gone := !e.store.Client.FinancialRecord.Query().Where(financialrecord.ID(ids[i])).ExistX(e.ctx); gone != tc.gone {
			t.Errorf("%s: gone=%v, want %v", tc.name, gone, tc.gone)
		}
	}
}

func TestSweepPurgesRequestsPastTheirAccountability(t *testing.T) {
	e := newEnv(t)
	subject, restricted := e.learner(), e.restrict(e.learner())
	tests := []struct {
		name       string
		subject    *ent.User
		closedAt   *time.Time
		purgeAfter *time.Time
		gone       bool
	}{
		{"purge date a second ago", subject, ptr(now.AddDate(-3, 0, 0)), ptr(now.Add(-time.Second)), true},
		{"purge date in a second", subject, ptr(now.AddDate(-3, 0, 0)), ptr(now.Add(time.Second)), false},
		{"no purge date, closed a second longer ago than the retention", subject, ptr(now.Add(-requestRetention - time.Second)), nil, true},
		{"no purge date, closed a second less long ago than the retention", subject, ptr(now.Add(-requestRetention + time.Second)), nil, false},
		{"still open", subject, nil, nil, false},
		{"a restricted person's, past its purge date", restricted, ptr(now.AddDate(-3, 0, 0)), ptr(now.Add(-time.Second)), false},
	}
	ids := make([]int, len(tests))
	notices := make([]int, len(tests))
	for i, tc := range tests {
		ids[i], notices[i] = e.request(tc.subject, rightsrequest.TypeAccess, tc.closedAt, tc.purgeAfter)
	}
	if r := e.sweep(t); r != (retention.Report{Requests: 2}) {
		t.Errorf("report %+v", r)
	}
	for i, tc := range tests {
		c := e.store.Client
		left := []bool{
			c.RightsRequest.Query().Where(rightsrequest.ID(ids[i])).ExistX(e.ctx),
			c.RequestEvent.Query().Where(requestevent.RequestID(ids[i])).ExistX(e.ctx),
			c.RequestMessage.Query().Where(requestmessage.RequestID(ids[i])).ExistX(e.ctx),
			c.ExportArchive.Query().Where(exportarchive.RequestID(ids[i])).ExistX(e.ctx),
		}
		if want := []bool{!tc.gone, !tc.gone, !tc.gone, !tc.gone}; !slices.Equal(left, want) {
			t.Errorf("%s: request, timeline, messages, archive left %v, want %v", tc.name, left, want)
		}
		n := c.Notification.GetX(e.ctx, notices[i])
		if linked := n.RequestID != nil; linked == tc.gone {
			t.Errorf("%s: the email about it is linked=%v", tc.name, linked)
		}
	}
}

// request writes a request of subject with a timeline entry, a message, an export archive and an
// email about it, and returns the request's and the email's IDs.
func (e *env) request(subject *ent.User, kind rightsrequest.Type, closedAt, purgeAfter *time.Time) (int, int) {
	c := e.store.Client
	create := c.RightsRequest.Create().SetSubjectID(subject.ID).SetSubmittedByID(subject.ID).SetType(kind).
		SetReceivedAt(now.AddDate(-4, 0, 0)).SetDueAt(now.AddDate(-4, 1, 0)).
		SetNillableClosedAt(closedAt).SetNillablePurgeAfter(purgeAfter)
	if closedAt == nil {
		create.SetOpenType(string(kind))
	} else {
		create.SetState(rightsrequest.StateCompleted)
	}
	r := create.SaveX(e.ctx)
	c.RequestEvent.Create().SetRequestID(r.ID).SetActorID(subject.ID).SetActorRole(actor.Self).
		SetToState(string(rightsrequest.StateSubmitted)).SetOccurredAt(r.ReceivedAt).ExecX(e.ctx)
	c.RequestMessage.Create().SetRequestID(r.ID).SetAuthorID(subject.ID).SetAuthorRole(actor.Self).
		SetBody("A message.").SetSentAt(r.ReceivedAt).ExecX(e.ctx)
	c.ExportArchive.Create().SetRequestID(r.ID).SetState(exportarchive.StateExpired).ExecX(e.ctx)
	n := c.Notification.Create().SetUserID(subject.ID).SetRequestID(r.ID).SetKind(notification.KindRequestReceived).
		SetToAddress(subject.Email).SetSubject("Received").SetBody("We received your request.").SetCreatedAt(r.ReceivedAt).SaveX(e.ctx)
	return r.ID, n.ID
}

func TestSweepPurgesActivityOlderThanTheRegistryAllows(t *testing.T) {
	e := newEnv(t)
	person, restricted, held := e.learner(), e.restrict(e.learner()), e.learner()
	e.hold(held, nil)
	security, usage := now.AddDate(0, -securityMonths, 0), now.AddDate(0, -usageMonths, 0)
	tests := []struct {
		name string
		who  *ent.User
		kind activityevent.Kind
		at   time.Time
		gone bool
	}{
		{"a sign-in a second older than the security retention", person, activityevent.KindLogin, security.Add(-time.Second), true},
		{"a sign-in a second younger than the security retention", person, activityevent.KindLogin, security.Add(time.Second), false},
		{"a page view a second older than the usage retention", person, activityevent.KindPageView, usage.Add(-time.Second), true},
		{"a page view a second younger than the usage retention", person, activityevent.KindPageView, usage.Add(time.Second), false},
		{"a feature used a second older than the usage retention", person, activityevent.KindFeatureUse, usage.Add(-time.Second), true},
		{"a feature used within the usage retention, though older than the security one", person, activityevent.KindFeatureUse, security.Add(-time.Second), false},
		{"a restricted person's old sign-in", restricted, activityevent.KindLogin, security.Add(-time.Second), false},
		{"an old sign-in of a person under a legal hold", held, activityevent.KindLogin, security.Add(-time.Second), false},
	}
	ids := make([]int, len(tests))
	for i, tc := range tests {
		ids[i] = e.store.Client.ActivityEvent.Create().SetUserID(tc.who.ID).SetKind(tc.kind).SetOccurredAt(tc.at).SaveX(e.ctx).ID
	}
	// More than one transaction's worth of old page views.
	bulk := make([]*ent.ActivityEventCreate, 2500)
	for i := range bulk {
		bulk[i] = e.store.Client.ActivityEvent.Create().SetUserID(person.ID).SetKind(activityevent.KindPageView).SetOccurredAt(usage.AddDate(0, 0, -i-1))
	}
	e.store.Client.ActivityEvent.CreateBulk(bulk...).ExecX(e.ctx)

	if r := e.sweep(t); r != (retention.Report{ActivityEvents: 3 + len(bulk)}) {
		t.Errorf("report %+v", r)
	}
	for i, tc := range tests {
		if gone := !e.store.Client.ActivityEvent.Query().Where(activityevent.ID(ids[i])).ExistX(e.ctx); gone != tc.gone {
			t.Errorf("%s: gone=%v, want %v", tc.name, gone, tc.gone)
		}
	}
}

func TestSweepErasesInactiveLearners(t *testing.T) {
	e := newEnv(t)
	cutoff := now.AddDate(0, -accountMonths, 0)
	before, after := cutoff.Add(-time.Second), cutoff.Add(time.Second)
	long := cutoff.AddDate(-1, 0, 0)
	tests := []struct {
		name   string
		make   func() *ent.User
		erased bool
	}{
		{"a learner last signed in a second before the cutoff", func() *ent.User { return e.person(user.RoleLearner, long, &before) }, true},
		{"a learner last signed in a second after the cutoff", func() *ent.User { return e.person(user.RoleLearner, long, &after) }, false},
		{"a learner who never signed in, registered before the cutoff", func() *ent.User { return e.person(user.RoleLearner, before, nil) }, true},
		{"a learner who never signed in, registered after the cutoff", func() *ent.User { return e.person(user.RoleLearner, after, nil) }, false},
		{"an old account signed into yesterday", func() *ent.User { return e.person(user.RoleLearner, long, ptr(now.AddDate(0, 0, -1))) }, false},
		{"staff", func() *ent.User { return e.person(user.RoleStaff, long, &before) }, false},
		{"an employer admin", func() *ent.User { return e.person(user.RoleEmployerAdmin, long, &before) }, false},
		{"an inactive learner whose account is restricted", func() *ent.User { return e.restrict(e.person(user.RoleLearner, long, &before)) }, false},
		{"an inactive learner under a legal hold", func() *ent.User {
			u := e.person(user.RoleLearner, long, &before)
			e.hold(u, nil)
			return u
		}, false},
		{"an inactive learner whose legal hold was released", func() *ent.User {
			u := e.person(user.RoleLearner, long, &before)
			e.hold(u, &before)
			return u
		}, true},
		{"an inactive learner with an open request", func() *ent.User {
			u := e.person(user.RoleLearner, long, &before)
			e.request(u, rightsrequest.TypeAccess, nil, nil)
			return u
		}, false},
		{"a learner who never signed in but completed a course after the cutoff", func() *ent.User {
			u := e.person(user.RoleLearner, before, nil)
			e.store.Client.LearningRecord.Create().SetUserID(u.ID).SetCourseCode("C1").SetCourseTitle("Safeguarding").
				SetStatus(learningrecord.StatusCompleted).SetRegisteredAt(long).SetCompletedAt(after).ExecX(e.ctx)
			return u
		}, false},
		{"a learner who never signed in but bought a course after the cutoff", func() *ent.User {
			u := e.person(user.RoleLearner, before, nil)
			e.store.Client.FinancialRecord.Create().SetUserID(u.ID).SetKind(financialrecord.KindPurchase).SetReference("INV-1").
				SetAmountPence(4500).SetOccurredAt(after).ExecX(e.ctx)
			return u
		}, false},
		{"an inactive learner whose requests are closed", func() *ent.User {
			u := e.person(user.RoleLearner, long, &before)
			e.request(u, rightsrequest.TypeAccess, &before, ptr(now.AddDate(1, 0, 0)))
			return u
		}, true},
	}
	people := make([]*ent.User, len(tests))
	for i, tc := range tests {
		people[i] = tc.make()
	}
	closedBefore := e.person(user.RoleLearner, long, nil)
	e.store.Client.User.UpdateOne(closedBefore).SetStatus(user.StatusClosed).SetClosedAt(before).ExecX(e.ctx)

	if r := e.sweep(t); r != (retention.Report{Accounts: 4}) {
		t.Errorf("report %+v", r)
	}
	for i, tc := range tests {
		u := e.store.Client.User.GetX(e.ctx, people[i].ID)
		if erased := u.Status == user.StatusClosed; erased != tc.erased || erased != (u.Email != people[i].Email) {
			t.Errorf("%s: status %s, email %s; want erased=%v", tc.name, u.Status, u.Email, tc.erased)
		}
		// A lapsed learner may come back: no tombstone refuses their sign-in identity.
		if tc.erased && strings.HasPrefix(u.OidcSubject, erasure.TombstonePrefix) {
			t.Errorf("%s: erased for inactivity, their sign-in is refused for ever (%s)", tc.name, u.OidcSubject)
		}
	}
	if u := e.store.Client.User.GetX(e.ctx, closedBefore.ID); u.Email != closedBefore.Email || !u.ClosedAt.Equal(before) {
		t.Errorf("an account closed before was changed: %+v", u)
	}
}

func (e *env) hold(u *ent.User, released *time.Time) {
	e.store.Client.LegalHold.Create().SetUserID(u.ID).SetKind(legalhold.KindLitigation).SetReason("A claim is pending.").
		SetPlacedAt(now.AddDate(-3, 0, 0)).SetNillableReleasedAt(released).ExecX(e.ctx)
}

func TestSweepingTwiceIsSweepingOnce(t *testing.T) {
	e := newEnv(t)
	old := now.AddDate(-4, 0, 0)
	for i := range 3 {
		inactive := e.person(user.RoleLearner, old, &old)
		active := e.learner()
		e.hold(e.person(user.RoleLearner, old, &old), nil)
		for _, u := range []*ent.User{inactive, active} {
			e.request(u, rightsrequest.TypeAccess, &old, ptr(now.Add(-time.Duration(i)*time.Hour)))
			e.store.Client.ActivityEvent.Create().SetUserID(u.ID).SetKind(activityevent.KindLogin).SetOccurredAt(old).ExecX(e.ctx)
			e.store.Client.FinancialRecord.Create().SetUserID(u.ID).SetKind(financialrecord.KindPayment).
				SetReference(fmt.Sprint("PAY-", u.ID)).SetAmountPence(100).SetOccurredAt(old).ExecX(e.ctx)
		}
		e.store.Client.FinancialRecord.Create().SetKind(financialrecord.KindPayment).SetReference(fmt.Sprint("OLD-", i)).
			SetAmountPence(100).SetOccurredAt(old).SetRetainUntil(now.Add(-time.Minute)).ExecX(e.ctx)
	}
	if err := e.worker.Work(context.Background(), &river.Job[retention.SweepArgs]{}); err != nil {
		t.Fatal(err)
	}
	once := erasuretest.Snapshot(t, e.store)
	if r := e.sweep(t); r != (retention.Report{}) {
		t.Errorf("the second sweep removed %+v", r)
	}
	if !slices.Equal(once, erasuretest.Snapshot(t, e.store)) {
		t.Error("the second sweep changed the database")
	}
	if n := e.store.Client.User.Query().Where(user.StatusEQ(user.StatusClosed)).CountX(e.ctx); n != 3 {
		t.Errorf("%d accounts erased, want the 3 inactive ones without a hold", n)
	}
}

func ptr[T any](v T) *T { return &v }
