package request

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/requestevent"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/deadline"
	"github.com/learnerportal/portal/server/erasure"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// A learner's own erasure request runs by itself once the cooling-off has passed, not before, and
// not at all once cancelled; a legal hold stops it with the reason on the timeline.
func TestCoolingOffErasure(t *testing.T) {
	system := viewer.SystemContext(context.Background())
	now := time.Now()
	clock := func() time.Time { return now }
	demo := storagetest.Seeded(t, clock)
	jobs := &recordedJobs{}
	const coolingOff = 14 * 24 * time.Hour
	s := NewService(deadline.New(deadline.EnglandAndWales), clock, jobs, "https://privacy.example.org", Outcomes{
		Eraser: erasure.New([]byte(strings.Repeat("k", 32)), clock), CoolingOff: coolingOff,
	})
	submit := func(email string) *ent.RightsRequest {
		t.Helper()
		var r *ent.RightsRequest
		err := demo.InTx(demo.As(t, email), func(ctx context.Context, tx *storage.Tx) (err error) {
			r, err = s.Submit(ctx, tx, SubmitInput{Type: rightsrequest.TypeErasure})
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	runJob := func(id int) *ent.RightsRequest {
		t.Helper()
		err := demo.InTx(system, func(ctx context.Context, tx *storage.Tx) error {
			return s.erase(ctx, tx, ErasureArgs{RequestID: id})
		})
		if err != nil {
			t.Fatal(err)
		}
		r, err := demo.Client.RightsRequest.Get(system, id)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	status := func(email string) user.Status {
		u, err := demo.Client.User.Get(system, demo.IDs[email])
		if err != nil {
			t.Fatal(err)
		}
		return u.Status
	}

	ellen := submit("ellen.jones@example.net")
	var alsoOpen *ent.RightsRequest
	if err := demo.InTx(demo.As(t, "ellen.jones@example.net"), func(ctx context.Context, tx *storage.Tx) (err error) {
		alsoOpen, err = s.Submit(ctx, tx, SubmitInput{Type: rightsrequest.TypeRestriction})
		return err
	}); err != nil {
		t.Fatal(err)
	}
	scheduled := 0
	for i, args := range jobs.args {
		if args, ok := args.(ErasureArgs); ok {
			scheduled++
			if args.RequestID != ellen.ID || jobs.opts[i] == nil || !jobs.opts[i].ScheduledAt.Equal(now.Add(coolingOff)) {
				t.Errorf("the erasure job is not scheduled after the cooling-off: %#v %#v", args, jobs.opts[i])
			}
		}
	}
	if scheduled != 1 {
		t.Fatalf("%d erasure jobs inserted, want 1", scheduled)
	}
	if ellen.ErasurePreview == nil || len(ellen.ErasurePreview.Erased) == 0 {
		t.Errorf("the preview is not stored with the request: %+v", ellen.ErasurePreview)
	}
	tom := submit("tom.baker@acme.example")
	if err := demo.InTx(demo.As(t, "tom.baker@acme.example"), func(ctx context.Context, tx *storage.Tx) error {
		_, err := s.Act(ctx, tx, tom.ID, Cancel, ActInput{})
		return err
	}); err != nil {
		t.Fatal(err)
	}

	if r := runJob(ellen.ID); r.State != rightsrequest.StateSubmitted || status("ellen.jones@example.net") != user.StatusActive {
		t.Fatalf("the erasure ran during the cooling-off: %s", r.State)
	}
	now = now.Add(coolingOff + time.Minute)
	if r := runJob(ellen.ID); r.State != rightsrequest.StateCompleted || r.ErasureReceipt == nil || status("ellen.jones@example.net") != user.StatusClosed {
		t.Fatalf("after the cooling-off: request %s, receipt %v", r.State, r.ErasureReceipt)
	}
	if r, _ := demo.Client.RightsRequest.Get(system, alsoOpen.ID); r.State != rightsrequest.StateCancelled || r.OpenType != nil {
		t.Errorf("the erased person's other open request is %s", r.State)
	}
	if r := runJob(tom.ID); r.State != rightsrequest.StateCancelled || status("tom.baker@acme.example") != user.StatusActive {
		t.Fatalf("a cancelled erasure ran: %s", r.State)
	}

	// Ravi's erasure request waits on a legal hold: due, it is postponed with the reason.
	ravi := demo.IDs["ravi.patel@example.com"]
	held, err := demo.Client.RightsRequest.Query().Where(rightsrequest.SubjectID(ravi), rightsrequest.TypeEQ(rightsrequest.TypeErasure)).Only(system)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Client.RightsRequest.UpdateOne(held).SetErasureScheduledAt(now.Add(-time.Minute)).Exec(system); err != nil {
		t.Fatal(err)
	}
	r := runJob(held.ID)
	if !IsOpen(r.State) || r.ErasureScheduledAt != nil {
		t.Errorf("a held erasure: state %s, still scheduled %v", r.State, r.ErasureScheduledAt)
	}
	if n, _ := demo.Client.ActivityEvent.Query().Where(activityevent.UserID(ravi)).Count(system); n == 0 {
		t.Error("a held person's activity was erased")
	}
	told, err := demo.Client.RequestEvent.Query().Where(requestevent.RequestID(held.ID), requestevent.NoteContains("legal hold")).Count(system)
	if err != nil || told != 1 {
		t.Errorf("the timeline tells the requester of the hold %d times (%v), want once", told, err)
	}
}
