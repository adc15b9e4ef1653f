package storage_test

import (
	"context"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

func TestOpenMigratesAndAllocatesGlobalIDs(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	s := storagetest.Open(t, time.Now)

	u, err := s.Client.User.Create().SetOidcIssuer("https://idp.example").SetOidcSubject("s1").
		SetEmail("a@example.com").SetRole(user.RoleLearner).Save(ctx)
	if err != nil {
		t.Fatalf("creating a user: %v", err)
	}
	o, err := s.Client.Organisation.Create().SetName("Acme Ltd").Save(ctx)
	if err != nil {
		t.Fatalf("creating an organisation: %v", err)
	}
	if u.ID>>32 == o.ID>>32 {
		t.Fatalf("user %d and organisation %d share an ID range; node(id:) could not tell them apart", u.ID, o.ID)
	}
	for _, id := range []int{u.ID, o.ID} {
		if _, err := s.Client.Noder(ctx, id); err != nil {
			t.Errorf("Noder(%d): %v", id, err)
		}
	}
}

func TestOpenIsIdempotent(t *testing.T) {
	url := storagetest.ScratchURL(t)
	path := t.TempDir() + "/portal.db"
	for i := range 2 {
		s, err := storageOpen(url, path)
		if err != nil {
			t.Fatalf("open %d: %v", i+1, err)
		}
		s.Close()
	}
}
