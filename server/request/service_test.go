package request

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/server/deadline"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// Five submissions of the same request at once leave exactly one open request; the others are
// refused as duplicates, whether they lose the check or the unique index.
func TestConcurrentDuplicatesLeaveOneRequest(t *testing.T) {
	system := viewer.SystemContext(context.Background())
	demo := storagetest.Seeded(t, time.Now)
	store, ellen := demo.Store, demo.IDs["ellen.jones@example.net"]
	s := NewService(deadline.New(deadline.EnglandAndWales), time.Now, &recordedJobs{}, "https://privacy.example.org", Outcomes{})
	var wg sync.WaitGroup
	errs := make([]error, 5)
	for i := range errs {
		ctx := demo.As(t, "ellen.jones@example.net")
		wg.Add(1)
		go func() {
			defer wg.Done()
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

// Two actions taken at once on one request: at most one applies, and the request stays whole
// (closed exactly when it has no open slot).
func TestConcurrentActionsDoNotTearARequest(t *testing.T) {
	system := viewer.SystemContext(context.Background())
	demo := storagetest.Seeded(t, time.Now)
	store := demo.Store
	s := NewService(deadline.New(deadline.EnglandAndWales), time.Now, &recordedJobs{}, "https://privacy.example.org", Outcomes{})
	as := func(email string) context.Context { return demo.As(t, email) }
	for round := range 5 {
		var req *ent.RightsRequest
		err := store.InTx(as("ellen.jones@example.net"), func(ctx context.Context, tx *storage.Tx) (err error) {
			req, err = s.Submit(ctx, tx, SubmitInput{Type: rightsrequest.TypeAccess})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for i, act := range []struct {
			ctx    context.Context
			action Action
		}{{as("dpo@provider.example"), RequestInformation}, {as("ellen.jones@example.net"), Cancel}} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = store.InTx(act.ctx, func(ctx context.Context, tx *storage.Tx) error {
					_, err := s.Act(ctx, tx, req.ID, act.action, ActInput{Note: "Please confirm your address."})
					return err
				})
			}()
		}
		wg.Wait()
		got, err := store.Client.RightsRequest.Get(system, req.ID)
		if err != nil {
			t.Fatal(err)
		}
		if IsOpen(got.State) != (got.OpenType != nil) || IsOpen(got.State) == (got.ClosedAt != nil) {
			t.Fatalf("round %d: torn request: state %s, open slot %v, closed at %v (errors %v)", round, got.State, got.OpenType, got.ClosedAt, errs)
		}
		// Close it so the next round can submit again.
		if IsOpen(got.State) {
			_ = store.InTx(as("ellen.jones@example.net"), func(ctx context.Context, tx *storage.Tx) error {
				_, err := s.Act(ctx, tx, req.ID, Cancel, ActInput{})
				return err
			})
		}
	}
}
