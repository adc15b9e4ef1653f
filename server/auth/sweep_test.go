package auth_test

import (
	"context"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/auth"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

func TestSweepDeletesOnlyDeadSessions(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	client := storagetest.Open(t, time.Now).Client
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	u, err := client.User.Create().SetOidcIssuer("https://idp.test").SetOidcSubject("s").SetEmail("a@example.com").SetRole(user.RoleLearner).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sessions := []struct {
		token   string
		expires time.Time
		revoked bool
	}{
		{"live", now.Add(time.Hour), false},
		{"expired", now.Add(-time.Minute), false},
		{"revoked", now.Add(time.Hour), true},
	}
	for _, s := range sessions {
		c := client.Session.Create().SetUserID(u.ID).SetTokenHash([]byte(s.token)).SetCreatedAt(now.Add(-time.Hour)).SetExpiresAt(s.expires)
		if s.revoked {
			c.SetRevokedAt(now.Add(-time.Minute))
		}
		if err := c.Exec(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := auth.NewSweepWorker(client, func() time.Time { return now }).Work(ctx, &river.Job[auth.SweepArgs]{}); err != nil {
		t.Fatal(err)
	}
	left, err := client.Session.Query().All(ctx)
	if err != nil || len(left) != 1 || string(left[0].TokenHash) != "live" {
		t.Fatalf("sessions left: %+v %v", left, err)
	}
}
