package seed_test

import (
	"context"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent/organisation"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/seed"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

func TestRunSeedsOnceAndCompletely(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	s := storagetest.Open(t, time.Now)
	now := time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)
	seeded, err := seed.Run(ctx, s.Client, "https://idp.test", now)
	if err != nil || !seeded {
		t.Fatalf("first run: seeded=%v err=%v", seeded, err)
	}
	again, err := seed.Run(ctx, s.Client, "https://idp.test", now)
	if err != nil || again {
		t.Fatalf("second run must leave existing data alone: seeded=%v err=%v", again, err)
	}
	users, err := s.Client.User.Query().WithProfile().WithCommunicationPreferences().WithConsents().
		WithLearningRecords().WithActivityEvents().WithPolicyAcceptances().WithMemberships().All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(users) != len(seed.People) {
		t.Fatalf("%d users, want %d", len(users), len(seed.People))
	}
	for _, u := range users {
		if u.Edges.Profile == nil || u.Edges.Profile.FirstName == "" {
			t.Errorf("%s has no named profile", u.Email)
		}
		if u.Role == user.RoleStaff {
			continue
		}
		e := u.Edges
		if len(e.CommunicationPreferences) != 20 || len(e.Consents) < 3 || len(e.LearningRecords) < 3 ||
			len(e.ActivityEvents) == 0 || len(e.PolicyAcceptances) == 0 {
			t.Errorf("%s lacks data: %d preferences, %d consents, %d learning records, %d activity events, %d acceptances",
				u.Email, len(e.CommunicationPreferences), len(e.Consents), len(e.LearningRecords), len(e.ActivityEvents), len(e.PolicyAcceptances))
		}
		if u.Role == user.RoleEmployerAdmin && len(e.Memberships) != 1 {
			t.Errorf("admin %s has %d memberships", u.Email, len(e.Memberships))
		}
	}
	for _, org := range seed.Organisations {
		n, err := s.Client.Organisation.Query().Where(organisation.Name(org)).QueryMemberships().Count(ctx)
		if err != nil || n < 4 {
			t.Errorf("%s: %d memberships (%v)", org, n, err)
		}
	}
}

func TestIdentityProviderUsersMatchPeople(t *testing.T) {
	users := seed.IdentityProviderUsers()
	seen := map[string]bool{}
	for i, u := range users {
		if u.Email != seed.People[i].Email || u.Subject == "" || seen[u.Subject] {
			t.Errorf("user %d: %+v", i, u)
		}
		seen[u.Subject] = true
	}
}

func TestRunMovesDemoAccountsToTheCurrentDevelopmentIssuer(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	s := storagetest.Open(t, time.Now)
	if _, err := seed.Run(ctx, s.Client, "http://localhost:8080/dev-idp", time.Now()); err != nil {
		t.Fatal(err)
	}
	if _, err := seed.Run(ctx, s.Client, "http://127.0.0.1:41234/dev-idp", time.Now()); err != nil {
		t.Fatal(err)
	}
	n, err := s.Client.User.Query().Where(user.OidcIssuer("http://127.0.0.1:41234/dev-idp")).Count(ctx)
	if err != nil || n != len(seed.People) {
		t.Fatalf("%d demo accounts on the new issuer (%v), want %d", n, err, len(seed.People))
	}
}
