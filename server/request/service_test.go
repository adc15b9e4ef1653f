package request

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent"
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

// Two actions taken at once on one request: at most one applies, and the request stays whole
// (closed exactly when it has no open slot).
func TestConcurrentActionsDoNotTearARequest(t *testing.T) {
	system := viewer.SystemContext(context.Background())
	store := storagetest.Open(t, time.Now)
	if _, err := seed.Run(system, store.Client, "https://idp.test", time.Now()); err != nil {
		t.Fatal(err)
	}
	ellen := firstUser(t, store, "ellen.jones@example.net")
	staff := firstUser(t, store, "dpo@provider.example")
	s := NewService(deadline.New(deadline.EnglandAndWales), time.Now, &recordedJobs{}, "https://privacy.example.org")
	as := func(id int, role viewer.Role) context.Context {
		ctx, _ := audit.WithRecorder(viewer.NewContext(context.Background(), viewer.Viewer{UserID: id, Role: role}), "t", time.Now)
		return ctx
	}
	for round := range 5 {
		var req *ent.RightsRequest
		err := store.InTx(as(ellen, viewer.Learner), func(ctx context.Context, tx *storage.Tx) (err error) {
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
		}{{as(staff, viewer.Staff), RequestInformation}, {as(ellen, viewer.Learner), Cancel}} {
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
			_ = store.InTx(as(ellen, viewer.Learner), func(ctx context.Context, tx *storage.Tx) error {
				_, err := s.Act(ctx, tx, req.ID, Cancel, ActInput{})
				return err
			})
		}
	}
}
