package storage_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/consentevent"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/schema/actor"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/audit"
	"github.com/learnerportal/portal/server/seed"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// population is the seeded demo data with a viewer for every person.
type population struct {
	client  *ent.Client
	viewers map[string]viewer.Viewer
	// employees maps an organisation ID to its current employees' user IDs.
	employees map[int][]int
	// orgsOf maps a user to every organisation they belong or belonged to.
	orgsOf map[int][]int
	// requestOrg maps a rights request to the organisation it was made for (0 for none), and
	// requestSubject to the person it is about.
	requestOrg, requestSubject map[int]int
}

func seeded(t *testing.T) *population {
	ctx := viewer.SystemContext(context.Background())
	s := storagetest.Open(t, time.Now)
	if _, err := seed.Run(ctx, s.Client, "https://idp.test", time.Now()); err != nil {
		t.Fatal(err)
	}
	p := &population{client: s.Client, viewers: map[string]viewer.Viewer{}, employees: map[int][]int{},
		orgsOf: map[int][]int{}, requestOrg: map[int]int{}, requestSubject: map[int]int{}}
	members, err := s.Client.Membership.Query().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	adminOf := map[int]int{}
	for _, m := range members {
		p.orgsOf[m.UserID] = append(p.orgsOf[m.UserID], m.OrganisationID)
		switch {
		case m.Kind == membership.KindAdmin && m.EndedAt == nil:
			adminOf[m.UserID] = m.OrganisationID
		case m.Kind == membership.KindEmployee && m.EndedAt == nil:
			p.employees[m.OrganisationID] = append(p.employees[m.OrganisationID], m.UserID)
		}
	}
	requests, err := s.Client.RightsRequest.Query().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range requests {
		p.requestSubject[r.ID] = r.SubjectID
		if r.OrganisationID != nil {
			p.requestOrg[r.ID] = *r.OrganisationID
		}
	}
	users, err := s.Client.User.Query().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		p.viewers[u.Email] = viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role), OrganisationID: adminOf[u.ID]}
	}
	return p
}

// reaches says whether v may read the personal data of subject: their own; an admin's current
// employees'; staff, everyone's.
func (p *population) reaches(v viewer.Viewer, subject int) bool {
	return v.Role == viewer.Staff || subject == v.UserID ||
		(v.Role == viewer.EmployerAdmin && slices.Contains(p.employees[v.OrganisationID], subject))
}

// requestVisible says whether v may read a rights request: one about someone they reach, or, for
// an admin, one made for their organisation.
func (p *population) requestVisible(v viewer.Viewer, requestID int) bool {
	return p.reaches(v, p.requestSubject[requestID]) ||
		(v.Role == viewer.EmployerAdmin && p.requestOrg[requestID] == v.OrganisationID)
}

// row is one stored row as the scope rules see it.
type row struct{ id, subject, org, request int }

// scopeCase is an entity, a query of all its rows, and who may read each row.
type scopeCase struct {
	entity  string
	rows    func(context.Context, *ent.Client) ([]row, error)
	allowed func(p *population, v viewer.Viewer, r row) bool
}

func rowsOf[T any](all func(context.Context, *ent.Client) ([]T, error), toRow func(T) row) func(context.Context, *ent.Client) ([]row, error) {
	return func(ctx context.Context, c *ent.Client) ([]row, error) {
		items, err := all(ctx, c)
		if err != nil {
			return nil, err
		}
		out := make([]row, len(items))
		for i, it := range items {
			out[i] = toRow(it)
		}
		return out, nil
	}
}

var (
	owned = func(p *population, v viewer.Viewer, r row) bool { return p.reaches(v, r.subject) }
	self  = func(_ *population, v viewer.Viewer, r row) bool {
		return v.Role == viewer.Staff || r.subject == v.UserID
	}
	viaRequest = func(p *population, v viewer.Viewer, r row) bool { return p.requestVisible(v, r.request) }
	anyone     = func(*population, viewer.Viewer, row) bool { return true }
	staffOnly  = func(_ *population, v viewer.Viewer, _ row) bool { return v.Role == viewer.Staff }
)

// scopeCases covers every entity of ent/schema; TestScopeCasesCoverEverySchema keeps it so.
var scopeCases = []scopeCase{
	{"User", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.User, error) {
		return c.User.Query().WithRightsRequests().All(ctx)
	},
		func(u *ent.User) row {
			r := row{id: u.ID, subject: u.ID}
			for _, req := range u.Edges.RightsRequests {
				if req.OrganisationID != nil {
					r.org = *req.OrganisationID
				}
			}
			return r
		}),
		func(p *population, v viewer.Viewer, r row) bool {
			return p.reaches(v, r.subject) || (v.Role == viewer.EmployerAdmin && r.org == v.OrganisationID)
		}},
	{"Membership", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.Membership, error) {
		return c.Membership.Query().All(ctx)
	},
		func(m *ent.Membership) row { return row{id: m.ID, subject: m.UserID, org: m.OrganisationID} }), owned},
	{"Organisation", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.Organisation, error) {
		return c.Organisation.Query().All(ctx)
	},
		func(o *ent.Organisation) row { return row{id: o.ID, org: o.ID} }),
		func(p *population, v viewer.Viewer, r row) bool {
			return v.Role == viewer.Staff || v.OrganisationID == r.org || (v.Role == viewer.Learner && slices.Contains(p.orgsOf[v.UserID], r.org))
		}},
	{"Profile", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.Profile, error) { return c.Profile.Query().All(ctx) },
		func(r *ent.Profile) row { return row{id: r.ID, subject: r.UserID} }), owned},
	{"SurveyAnswer", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.SurveyAnswer, error) {
		return c.SurveyAnswer.Query().All(ctx)
	},
		func(r *ent.SurveyAnswer) row { return row{id: r.ID, subject: r.UserID} }), owned},
	{"LearningRecord", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.LearningRecord, error) {
		return c.LearningRecord.Query().All(ctx)
	},
		func(r *ent.LearningRecord) row { return row{id: r.ID, subject: r.UserID} }), owned},
	{"FinancialRecord", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.FinancialRecord, error) {
		return c.FinancialRecord.Query().All(ctx)
	},
		func(r *ent.FinancialRecord) row { return row{id: r.ID, subject: *r.UserID} }), owned},
	{"ActivityEvent", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.ActivityEvent, error) {
		return c.ActivityEvent.Query().All(ctx)
	},
		func(r *ent.ActivityEvent) row { return row{id: r.ID, subject: r.UserID} }), owned},
	{"Consent", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.Consent, error) { return c.Consent.Query().All(ctx) },
		func(r *ent.Consent) row { return row{id: r.ID, subject: r.UserID} }), owned},
	{"ConsentEvent", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.ConsentEvent, error) {
		return c.ConsentEvent.Query().All(ctx)
	},
		func(r *ent.ConsentEvent) row { return row{id: r.ID, subject: r.UserID} }), owned},
	{"CommunicationPreference", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.CommunicationPreference, error) {
		return c.CommunicationPreference.Query().All(ctx)
	}, func(r *ent.CommunicationPreference) row { return row{id: r.ID, subject: r.UserID} }), owned},
	{"PolicyAcceptance", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.PolicyAcceptance, error) {
		return c.PolicyAcceptance.Query().All(ctx)
	},
		func(r *ent.PolicyAcceptance) row { return row{id: r.ID, subject: r.UserID} }), owned},
	{"LegalHold", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.LegalHold, error) {
		return c.LegalHold.Query().All(ctx)
	},
		func(r *ent.LegalHold) row { return row{id: r.ID, subject: r.UserID} }), self},
	{"Session", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.Session, error) { return c.Session.Query().All(ctx) },
		func(r *ent.Session) row { return row{id: r.ID, subject: r.UserID} }), self},
	{"Notification", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.Notification, error) {
		return c.Notification.Query().All(ctx)
	},
		func(r *ent.Notification) row { return row{id: r.ID, subject: r.UserID} }), self},
	{"AuditEntry", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.AuditEntry, error) {
		return c.AuditEntry.Query().All(ctx)
	},
		func(r *ent.AuditEntry) row {
			if r.SubjectID == nil {
				return row{id: r.ID}
			}
			return row{id: r.ID, subject: *r.SubjectID}
		}), self},
	{"RightsRequest", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.RightsRequest, error) {
		return c.RightsRequest.Query().All(ctx)
	},
		func(r *ent.RightsRequest) row { return row{id: r.ID, request: r.ID} }), viaRequest},
	{"RequestEvent", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.RequestEvent, error) {
		return c.RequestEvent.Query().All(ctx)
	},
		func(r *ent.RequestEvent) row { return row{id: r.ID, request: r.RequestID} }), viaRequest},
	{"RequestMessage", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.RequestMessage, error) {
		return c.RequestMessage.Query().All(ctx)
	},
		func(r *ent.RequestMessage) row { return row{id: r.ID, request: r.RequestID} }), viaRequest},
	{"ExportArchive", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.ExportArchive, error) {
		return c.ExportArchive.Query().All(ctx)
	},
		func(r *ent.ExportArchive) row { return row{id: r.ID, request: r.RequestID} }), viaRequest},
	{"DataPurpose", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.DataPurpose, error) {
		return c.DataPurpose.Query().All(ctx)
	},
		func(r *ent.DataPurpose) row { return row{id: r.ID} }), anyone},
	{"PolicyVersion", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.PolicyVersion, error) {
		return c.PolicyVersion.Query().All(ctx)
	},
		func(r *ent.PolicyVersion) row { return row{id: r.ID} }), anyone},
	{"SuppressionEntry", rowsOf(func(ctx context.Context, c *ent.Client) ([]*ent.SuppressionEntry, error) {
		return c.SuppressionEntry.Query().All(ctx)
	},
		func(r *ent.SuppressionEntry) row { return row{id: r.ID} }), staffOnly},
}

// TestEveryViewerReadsExactlyTheirScope checks, for every demo person and every entity, that a
// query returns every row in the viewer's scope and none outside it.
func TestEveryViewerReadsExactlyTheirScope(t *testing.T) {
	p := seeded(t)
	system := viewer.SystemContext(context.Background())
	// Audit entries and sessions are written by sign-ins and audited reads; make some first.
	if err := p.client.SuppressionEntry.Create().SetEmailHash("ab12").SetReason("ERASURE").SetCreatedAt(time.Now()).Exec(system); err != nil {
		t.Fatal(err)
	}
	for email, v := range p.viewers {
		ctx, rec := audit.WithRecorder(viewer.NewContext(context.Background(), v), "test", time.Now)
		for _, c := range scopeCases {
			all, err := c.rows(system, p.client)
			if err != nil {
				t.Fatalf("%s: %v", c.entity, err)
			}
			want := map[int]bool{}
			for _, r := range all {
				if c.allowed(p, v, r) {
					want[r.id] = true
				}
			}
			got, err := c.rows(ctx, p.client)
			if errors.Is(err, privacy.Deny) && len(want) == 0 {
				continue // refused outright, as staff-only data should be
			}
			if err != nil {
				t.Fatalf("%s reading %s: %v", email, c.entity, err)
			}
			for _, r := range got {
				if !want[r.id] {
					t.Errorf("%s (%s) read %s %d, outside their scope", email, v.Role, c.entity, r.id)
				}
			}
			if len(got) != len(want) {
				t.Errorf("%s (%s) read %d %s rows, want all %d in scope", email, v.Role, len(got), c.entity, len(want))
			}
		}
		if err := rec.Flush(ctx, p.client); err != nil {
			t.Fatal(err)
		}
	}
}

func TestScopeCasesCoverEverySchema(t *testing.T) {
	covered := map[string]bool{}
	for _, c := range scopeCases {
		covered[c.entity] = true
	}
	entities, err := filepath.Glob("../../ent/*/where.go")
	if err != nil || len(entities) < 20 {
		t.Fatalf("listing entities: %v (%d)", err, len(entities))
	}
	for _, path := range entities {
		pkg := filepath.Base(filepath.Dir(path))
		found := false
		for name := range covered {
			found = found || strings.EqualFold(name, pkg)
		}
		if !found {
			t.Errorf("entity package %s has no scope case", pkg)
		}
	}
}

func TestReadsOfOthersOutsideAnAuditedOperationFail(t *testing.T) {
	p := seeded(t)
	ctx := viewer.NewContext(context.Background(), p.viewers["dpo@provider.example"])
	if _, err := p.client.Profile.Query().All(ctx); !errors.Is(err, audit.ErrNoRecorder) {
		t.Fatalf("unaudited read of others: %v, want ErrNoRecorder", err)
	}
	own := viewer.NewContext(context.Background(), p.viewers["learner@example.com"])
	if _, err := p.client.Profile.Query().All(own); err != nil {
		t.Fatalf("reading your own profile needs no recorder: %v", err)
	}
}

func TestNoViewerReadsNothing(t *testing.T) {
	p := seeded(t)
	if _, err := p.client.User.Query().All(context.Background()); !errors.Is(err, privacy.Deny) {
		t.Fatalf("query without a viewer: %v, want a privacy denial", err)
	}
}

// TestWritesAreDeniedByDefault covers the mutations a learner or admin might try on the data
// layer directly: only their own profile may change; ledgers are append-only even for staff.
// learnersOpenRequest is the demo learner's open objection.
func learnersOpenRequest(t *testing.T, p *population) int {
	t.Helper()
	id, err := p.client.RightsRequest.Query().Where(rightsrequest.SubjectID(p.viewers["learner@example.com"].UserID),
		rightsrequest.OpenTypeNotNil()).FirstID(viewer.SystemContext(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestWritesAreDeniedByDefault(t *testing.T) {
	p := seeded(t)
	learner := p.viewers["learner@example.com"]
	admin := p.viewers["admin@acme.example"]
	staff := p.viewers["dpo@provider.example"]
	employee := p.viewers["priya.shah@acme.example"]
	as := func(v viewer.Viewer) context.Context {
		ctx, _ := audit.WithRecorder(viewer.NewContext(context.Background(), v), "test", time.Now)
		return ctx
	}
	denied := func(err error) bool { return errors.Is(err, privacy.Deny) || ent.IsNotFound(err) }
	tests := []struct {
		name   string
		write  func() error
		wantOK bool
	}{
		{"learner updates own profile", func() error {
			return p.client.Profile.Update().SetTown("Leeds").Exec(as(learner))
		}, true},
		{"learner creates a learning record for themselves", func() error {
			return p.client.LearningRecord.Create().SetUserID(learner.UserID).SetCourseCode("X").SetCourseTitle("X").
				SetStatus("COMPLETED").SetRegisteredAt(time.Now()).Exec(as(learner))
		}, false},
		{"learner makes themselves staff", func() error {
			return p.client.User.UpdateOneID(learner.UserID).SetRole(user.RoleStaff).Exec(as(learner))
		}, false},
		{"learner deletes their activity", func() error {
			_, err := p.client.ActivityEvent.Delete().Exec(as(learner))
			return err
		}, false},
		{"learner rewrites their consent history", func() error {
			_, err := p.client.ConsentEvent.Delete().Exec(as(learner))
			return err
		}, false},
		{"learner writes an audit entry", func() error {
			return p.client.AuditEntry.Create().SetActorRole(actor.Staff).SetAction("READ").SetEntity("User").
				SetOccurredAt(time.Now()).Exec(as(learner))
		}, false},
		{"an admin's bulk profile update reaches only their own", func() error {
			n, err := p.client.Profile.Update().SetTown("Elsewhere").Save(as(admin))
			if err == nil && n > 1 {
				return errors.New("changed profiles beyond the admin's own")
			}
			return err
		}, true},
		{"admin moves an employee out", func() error {
			return p.client.Membership.Update().SetEndedAt(time.Now()).Exec(as(admin))
		}, false},
		{"an employee's bulk profile update reaches only their own", func() error {
			n, err := p.client.Profile.Update().SetTown("Elsewhere").Save(as(employee))
			if err == nil && n != 1 {
				return errors.New("changed other people's profiles")
			}
			return err
		}, true},
		{"learner writes a message on their request as staff", func() error {
			r := learnersOpenRequest(t, p)
			return p.client.RequestMessage.Create().SetRequestID(r).SetAuthorID(learner.UserID).
				SetAuthorRole(actor.Staff).SetBody("Approved.").SetSentAt(time.Now()).Exec(as(learner))
		}, false},
		{"learner writes a message on their request as themselves", func() error {
			r := learnersOpenRequest(t, p)
			return p.client.RequestMessage.Create().SetRequestID(r).SetAuthorID(learner.UserID).
				SetAuthorRole(actor.Self).SetBody("Any news?").SetSentAt(time.Now()).Exec(as(learner))
		}, true},
		{"learner completes their own request", func() error {
			return p.client.RightsRequest.UpdateOneID(learnersOpenRequest(t, p)).SetState("COMPLETED").Exec(as(learner))
		}, false},
		{"learner extends their own request", func() error {
			return p.client.RightsRequest.UpdateOneID(learnersOpenRequest(t, p)).SetExtensionMonths(2).Exec(as(learner))
		}, false},
		{"learner submits in someone else's name", func() error {
			return p.client.RightsRequest.Create().SetSubjectID(learner.UserID).SetSubmittedByID(staff.UserID).
				SetType("ACCESS").SetReceivedAt(time.Now()).SetDueAt(time.Now()).Exec(as(learner))
		}, false},
		{"learner submits a request that is already completed", func() error {
			return p.client.RightsRequest.Create().SetSubjectID(learner.UserID).SetSubmittedByID(learner.UserID).
				SetType("RESTRICTION").SetState("COMPLETED").SetReceivedAt(time.Now()).SetDueAt(time.Now()).Exec(as(learner))
		}, false},
		{"admin submits for another organisation", func() error {
			return p.client.RightsRequest.Create().SetSubjectID(employee.UserID).SetSubmittedByID(admin.UserID).
				SetOrganisationID(admin.OrganisationID + 1).SetType("RESTRICTION").SetReceivedAt(time.Now()).SetDueAt(time.Now()).Exec(as(admin))
		}, false},
		{"learner records a consent change as staff", func() error {
			return p.client.ConsentEvent.Create().SetUserID(learner.UserID).SetKind("PREFERENCE_ON").SetActorID(staff.UserID).
				SetActorRole(actor.Staff).SetSource("STAFF_CONSOLE").SetOccurredAt(time.Now()).Exec(as(learner))
		}, false},
		{"staff corrects a learning record", func() error {
			return p.client.LearningRecord.Update().SetCertificateName("Corrected").Exec(as(staff))
		}, true},
		{"staff rewrites the consent ledger", func() error {
			_, err := p.client.ConsentEvent.Delete().Where(consentevent.SourceEQ(consentevent.SourceRegistration)).Exec(as(staff))
			return err
		}, false},
		{"staff deletes audit entries", func() error {
			_, err := p.client.AuditEntry.Delete().Exec(as(staff))
			return err
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.write()
			if tt.wantOK && err != nil {
				t.Fatalf("want allowed, got %v", err)
			}
			if !tt.wantOK && !denied(err) {
				t.Fatalf("want a denial, got %v", err)
			}
		})
	}
}
