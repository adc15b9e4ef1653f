package storage_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/consentevent"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/privacy"
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
	orgOf     map[int]int
}

func seeded(t *testing.T) *population {
	ctx := viewer.SystemContext(context.Background())
	s := storagetest.Open(t, time.Now)
	if _, err := seed.Run(ctx, s.Client, "https://idp.test", time.Now()); err != nil {
		t.Fatal(err)
	}
	p := &population{client: s.Client, viewers: map[string]viewer.Viewer{}, employees: map[int][]int{}, orgOf: map[int]int{}}
	members, err := s.Client.Membership.Query().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range members {
		p.orgOf[m.UserID] = m.OrganisationID
		if m.Kind == membership.KindEmployee {
			p.employees[m.OrganisationID] = append(p.employees[m.OrganisationID], m.UserID)
		}
	}
	users, err := s.Client.User.Query().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		v := viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role)}
		if u.Role == user.RoleEmployerAdmin {
			v.OrganisationID = p.orgOf[u.ID]
		}
		p.viewers[u.Email] = v
	}
	return p
}

// allowedSubjects is whose personal data v may read.
func (p *population) allowedSubjects(v viewer.Viewer) func(int) bool {
	return func(subject int) bool {
		return v.Role == viewer.Staff || subject == v.UserID ||
			(v.Role == viewer.EmployerAdmin && slices.Contains(p.employees[v.OrganisationID], subject))
	}
}

// personal lists, for each entity holding personal data, a query of every row and the person
// each row is about.
var personal = map[string]func(context.Context, *ent.Client) ([]int, error){
	"User":    subjectsOf(func(ctx context.Context, c *ent.Client) ([]*ent.User, error) { return c.User.Query().All(ctx) }, func(r *ent.User) int { return r.ID }),
	"Profile": subjectsOf(func(ctx context.Context, c *ent.Client) ([]*ent.Profile, error) { return c.Profile.Query().All(ctx) }, func(r *ent.Profile) int { return r.UserID }),
	"SurveyAnswer": subjectsOf(func(ctx context.Context, c *ent.Client) ([]*ent.SurveyAnswer, error) {
		return c.SurveyAnswer.Query().All(ctx)
	}, func(r *ent.SurveyAnswer) int { return r.UserID }),
	"LearningRecord": subjectsOf(func(ctx context.Context, c *ent.Client) ([]*ent.LearningRecord, error) {
		return c.LearningRecord.Query().All(ctx)
	}, func(r *ent.LearningRecord) int { return r.UserID }),
	"FinancialRecord": subjectsOf(func(ctx context.Context, c *ent.Client) ([]*ent.FinancialRecord, error) {
		return c.FinancialRecord.Query().All(ctx)
	}, func(r *ent.FinancialRecord) int { return *r.UserID }),
	"ActivityEvent": subjectsOf(func(ctx context.Context, c *ent.Client) ([]*ent.ActivityEvent, error) {
		return c.ActivityEvent.Query().All(ctx)
	}, func(r *ent.ActivityEvent) int { return r.UserID }),
	"Consent": subjectsOf(func(ctx context.Context, c *ent.Client) ([]*ent.Consent, error) { return c.Consent.Query().All(ctx) }, func(r *ent.Consent) int { return r.UserID }),
	"ConsentEvent": subjectsOf(func(ctx context.Context, c *ent.Client) ([]*ent.ConsentEvent, error) {
		return c.ConsentEvent.Query().All(ctx)
	}, func(r *ent.ConsentEvent) int { return r.UserID }),
	"CommunicationPreference": subjectsOf(func(ctx context.Context, c *ent.Client) ([]*ent.CommunicationPreference, error) {
		return c.CommunicationPreference.Query().All(ctx)
	}, func(r *ent.CommunicationPreference) int { return r.UserID }),
	"PolicyAcceptance": subjectsOf(func(ctx context.Context, c *ent.Client) ([]*ent.PolicyAcceptance, error) {
		return c.PolicyAcceptance.Query().All(ctx)
	}, func(r *ent.PolicyAcceptance) int { return r.UserID }),
}

func subjectsOf[T any](all func(context.Context, *ent.Client) ([]T, error), subject func(T) int) func(context.Context, *ent.Client) ([]int, error) {
	return func(ctx context.Context, c *ent.Client) ([]int, error) {
		rows, err := all(ctx, c)
		if err != nil {
			return nil, err
		}
		out := make([]int, len(rows))
		for i, r := range rows {
			out[i] = subject(r)
		}
		return out, nil
	}
}

// TestEveryViewerReadsExactlyTheirScope checks, for every demo person and every entity holding
// personal data, that a query returns all of the rows in the viewer's scope and none outside it.
func TestEveryViewerReadsExactlyTheirScope(t *testing.T) {
	p := seeded(t)
	system := viewer.SystemContext(context.Background())
	for email, v := range p.viewers {
		// The viewer's reads of others must be recorded, as the GraphQL endpoint does.
		ctx, _ := audit.WithRecorder(viewer.NewContext(context.Background(), v), "test", time.Now)
		allowed := p.allowedSubjects(v)
		for entity, query := range personal {
			all, err := query(system, p.client)
			if err != nil {
				t.Fatal(err)
			}
			want := 0
			for _, s := range all {
				if allowed(s) {
					want++
				}
			}
			got, err := query(ctx, p.client)
			if err != nil {
				t.Fatalf("%s reading %s: %v", email, entity, err)
			}
			for _, s := range got {
				if !allowed(s) {
					t.Errorf("%s (%s) read %s of user %d, outside their scope", email, v.Role, entity, s)
				}
			}
			if len(got) != want {
				t.Errorf("%s (%s) read %d %s rows, want all %d in scope", email, v.Role, len(got), entity, want)
			}
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
