package storagetest

import (
	"context"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/audit"
	"github.com/learnerportal/portal/server/seed"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

// Demo is a fresh database holding the demo data, and the ID of each demo person by email.
type Demo struct {
	*storage.Store
	IDs map[string]int
}

// Seeded opens a fresh database (see Open) and seeds the demo data as of now().
func Seeded(t testing.TB, now func() time.Time) *Demo {
	t.Helper()
	store := Open(t, now)
	system := viewer.SystemContext(context.Background())
	if _, err := seed.Run(system, store.Client, "https://idp.test", now()); err != nil {
		t.Fatalf("seeding the demo data: %v", err)
	}
	d := &Demo{Store: store, IDs: map[string]int{}}
	users, err := store.Client.User.Query().All(system)
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		d.IDs[u.Email] = u.ID
	}
	return d
}

// As returns a context acting as the demo person email, as the sign-in would make it (their role,
// and the organisation an employer admin administers), with their reads of others audited.
func (d *Demo) As(t testing.TB, email string) context.Context {
	t.Helper()
	system := viewer.SystemContext(context.Background())
	u, err := d.Client.User.Get(system, d.IDs[email])
	if err != nil {
		t.Fatalf("no demo person %s: %v", email, err)
	}
	v := viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role)}
	if u.Role == user.RoleEmployerAdmin {
		m, err := d.Client.Membership.Query().Where(membership.UserID(u.ID), membership.KindEQ(membership.KindAdmin)).Only(system)
		if err != nil {
			t.Fatal(err)
		}
		v.OrganisationID = m.OrganisationID
	}
	ctx, _ := audit.WithRecorder(viewer.NewContext(context.Background(), v), "test", time.Now)
	return ctx
}
