package request

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/server/audit"
	"github.com/learnerportal/portal/server/deadline"
	"github.com/learnerportal/portal/server/seed"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// Five submissions of the same request at once leave exactly one open request; the others are
// refused as duplicates, whether they lose the check or the unique index.
func TestConcurrentDuplicatesLeaveOneRequest(t *testing.T) {
	system := viewer.SystemContext(context.Background())
	store := storagetest.Open(t, time.Now)
	if _, err := seed.Run(system, store.Client, "https://idp.test", time.Now()); err != nil {
		t.Fatal(err)
	}
	ellen := firstUser(t, store, "ellen.jones@example.net")
	s := NewService(deadline.New(deadline.EnglandAndWales), time.Now, &recordedJobs{}, "https://privacy.example.org")
	var wg sync.WaitGroup
	errs := make([]error, 5)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, _ := audit.WithRecorder(viewer.NewContext(context.Background(), viewer.Viewer{UserID: ellen, Role: viewer.Learner}), "t", time.Now)
			errs[i] = store.InTx(ctx, func(ctx context.Context, tx *storage.Tx) error {
				_, err := s.Submit(ctx, tx, SubmitInput{Type: rightsrequest.TypeRestriction})
				return err
			})
		}()
	}
	wg.Wait()
	created := 0
	for _, err := range errs {
		switch {
		case err == nil:
			created++
		case !errors.Is(err, ErrDuplicate):
			t.Errorf("unexpected error: %v", err)
		}
	}
	n, err := store.Client.RightsRequest.Query().
		Where(rightsrequest.SubjectID(ellen), rightsrequest.TypeEQ(rightsrequest.TypeRestriction)).Count(system)
	if created != 1 || n != 1 || err != nil {
		t.Fatalf("%d submissions succeeded and %d requests exist (%v), want 1 and 1", created, n, err)
	}
}
