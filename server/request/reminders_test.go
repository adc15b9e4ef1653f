package request

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/server/deadline"
	"github.com/learnerportal/portal/server/notify"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// recordedJobs is an Enqueuer that keeps the jobs it is given, inserted in the caller's
// transaction like the real queue would be.
type recordedJobs struct {
	args []river.JobArgs
	opts []*river.InsertOpts
}

func (r *recordedJobs) InsertTx(_ context.Context, tx *sql.Tx, args river.JobArgs, opts *river.InsertOpts) error {
	if tx == nil {
		return storage.ErrNoTx
	}
	r.args = append(r.args, args)
	r.opts = append(r.opts, opts)
	return nil
}

func TestDigestListsOverdueAndDueSoonRequestsForEachStaffMember(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	now := time.Now()
	demo := storagetest.Seeded(t, func() time.Time { return now })
	store := demo.Store
	jobs := &recordedJobs{}
	clock := deadline.New(deadline.EnglandAndWales)
	s := NewService(clock, func() time.Time { return now }, jobs, "https://privacy.example.org", Outcomes{})
	digest := func() []string {
		jobs.args = nil
		if err := store.InTx(ctx, func(ctx context.Context, tx *storage.Tx) error { return s.writeDigests(ctx, tx) }); err != nil {
			t.Fatal(err)
		}
		var bodies []string
		for _, a := range jobs.args {
			n, err := store.Client.Notification.Get(ctx, a.(notify.DeliverArgs).NotificationID)
			if err != nil || n.Kind != notification.KindStaffDigest {
				t.Fatalf("digest notification: %+v %v", n, err)
			}
			bodies = append(bodies, n.ToAddress+"\n"+n.Subject+"\n"+n.Body)
		}
		return bodies
	}

	// Nothing in the seed is due within a week: no digest.
	if got := digest(); len(got) != 0 {
		t.Fatalf("digest with nothing due: %v", got)
	}
	received := now.AddDate(0, 0, -40)
	err := store.Client.RightsRequest.Create().SetSubjectID(demo.IDs["chloe.evans@brightside.example"]).
		SetType(rightsrequest.TypeAccess).SetOpenType("ACCESS").SetReceivedAt(received).
		SetDueAt(clock.Due(received, 0, 0)).Exec(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := digest()
	if len(got) != 2 { // the two demo staff members
		t.Fatalf("%d digests, want one for each of the 2 staff members", len(got))
	}
	for _, body := range got {
		if !strings.Contains(body, "Chloe Evans") || !strings.Contains(strings.ToLower(body), "overdue") {
			t.Errorf("digest lacks the overdue request:\n%s", body)
		}
	}
}
