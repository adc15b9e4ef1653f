package notify_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/server/notify"
	"github.com/learnerportal/portal/server/notify/smtptest"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

var system = viewer.SystemContext(context.Background())

// fixture is a migrated database holding one queued notification, a mail server, and a worker
// that delivers through it.
type fixture struct {
	client *ent.Client
	srv    *smtptest.Server
	worker *notify.Worker
	id     int
}

func newFixture(t *testing.T) *fixture { return newFixtureTo(t, "ellen@example.test") }

func newFixtureTo(t *testing.T, to string) *fixture {
	t.Helper()
	client := storagetest.Open(t, clock).Client
	u, err := client.User.Create().SetOidcIssuer("https://idp.test").SetOidcSubject("ellen").
		SetEmail("ellen@example.test").Save(system)
	if err != nil {
		t.Fatal(err)
	}
	n, err := client.Notification.Create().SetUserID(u.ID).SetKind(notification.KindRequestReceived).
		SetToAddress(to).SetSubject("We have received your request").
		SetBody("Hello Ellen,\n\nWe will answer by Thursday 2 April 2026.\n").SetCreatedAt(sent).Save(system)
	if err != nil {
		t.Fatal(err)
	}
	srv := smtptest.Start(t)
	return &fixture{client: client, srv: srv, worker: notify.NewWorker(client, newMailer(t, srv.URL()), clock), id: n.ID}
}

// work runs the fixture's delivery job as River would on the given attempt of maxAttempts.
func (f *fixture) work(attempt, maxAttempts int) error {
	return f.worker.Work(context.Background(), &river.Job[notify.DeliverArgs]{
		JobRow: &rivertype.JobRow{ID: 1, Kind: notify.DeliverArgs{}.Kind(), Attempt: attempt, MaxAttempts: maxAttempts},
		Args:   notify.DeliverArgs{NotificationID: f.id},
	})
}

func (f *fixture) notification(t *testing.T) *ent.Notification {
	t.Helper()
	n, err := f.client.Notification.Get(system, f.id)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestWork(t *testing.T) {
	tests := []struct {
		name         string
		serverDown   bool
		alreadySent  bool
		attempt      int
		wantErr      bool
		wantStatus   notification.Status
		wantAttempts int
		wantMessages int
	}{
		{"sends and marks sent", false, false, 1, false, notification.StatusSent, 1, 1},
		{"server down leaves it queued for a retry", true, false, 1, true, notification.StatusQueued, 1, 0},
		{"server down on the last attempt fails it", true, false, 12, true, notification.StatusFailed, 1, 0},
		{"already sent is not sent again", false, true, 2, false, notification.StatusSent, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			if tt.alreadySent {
				if err := f.work(1, 12); err != nil {
					t.Fatal(err)
				}
			}
			if tt.serverDown {
				f.srv.Stop()
			}
			err := f.work(tt.attempt, 12)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Work = %v, want error %v", err, tt.wantErr)
			}
			n := f.notification(t)
			if n.Status != tt.wantStatus || n.Attempts != tt.wantAttempts {
				t.Errorf("status %s after %d attempts, want %s after %d", n.Status, n.Attempts, tt.wantStatus, tt.wantAttempts)
			}
			if msgs := f.srv.Messages(); len(msgs) != tt.wantMessages {
				t.Errorf("the server received %d messages, want %d", len(msgs), tt.wantMessages)
			}
			switch {
			case tt.wantErr && !strings.Contains(n.LastError, "connecting to the SMTP server"):
				t.Errorf("last_error = %q", n.LastError)
			case !tt.wantErr && n.LastError != "":
				t.Errorf("last_error = %q, want none", n.LastError)
			}
			if sentAt := n.SentAt; (tt.wantStatus == notification.StatusSent) != (sentAt != nil && sentAt.Equal(sent)) {
				t.Errorf("sent_at = %v", sentAt)
			}
		})
	}
}

func TestWorkSucceedsOnceTheServerIsBack(t *testing.T) {
	f := newFixture(t)
	f.srv.Stop()
	if err := f.work(1, 12); err == nil {
		t.Fatal("Work succeeded with the server stopped")
	}
	f.srv.Restart()
	if err := f.work(2, 12); err != nil {
		t.Fatalf("Work after Restart = %v", err)
	}
	n := f.notification(t)
	if n.Status != notification.StatusSent || n.Attempts != 2 || n.LastError != "" {
		t.Errorf("notification = %s, %d attempts, last_error %q; want SENT after 2", n.Status, n.Attempts, n.LastError)
	}
	msgs := f.srv.Messages()
	if len(msgs) != 1 || msgs[0].To[0] != "ellen@example.test" {
		t.Fatalf("messages = %+v", msgs)
	}
	if !strings.Contains(string(msgs[0].Data), "Subject: We have received your request\r\n") {
		t.Errorf("message:\n%s", msgs[0].Data)
	}
}

func TestWorkCancelsTheJobOfAMissingNotification(t *testing.T) {
	f := newFixture(t)
	if err := f.client.Notification.DeleteOneID(f.id).Exec(system); err != nil {
		t.Fatal(err)
	}
	var cancel *river.JobCancelError
	if err := f.work(1, 12); !errors.As(err, &cancel) {
		t.Errorf("Work = %v, want the job cancelled", err)
	}
}

func TestWorkFailsABadAddressAtOnce(t *testing.T) {
	f := newFixtureTo(t, "ellen at example.test")
	var cancel *river.JobCancelError
	if err := f.work(1, 12); !errors.As(err, &cancel) || !errors.Is(err, notify.ErrBadAddress) {
		t.Errorf("Work = %v, want the job cancelled for a bad address", err)
	}
	n := f.notification(t)
	if n.Status != notification.StatusFailed || n.Attempts != 1 || !strings.Contains(n.LastError, "invalid email address") {
		t.Errorf("notification = %s, %d attempts, last_error %q; want FAILED after 1", n.Status, n.Attempts, n.LastError)
	}
}

func TestDeliverArgs(t *testing.T) {
	args := notify.DeliverArgs{NotificationID: 7}
	if args.Kind() != "notify.deliver" {
		t.Errorf("Kind = %q", args.Kind())
	}
	if got := args.InsertOpts().MaxAttempts; got != 12 {
		t.Errorf("MaxAttempts = %d, want 12", got)
	}
	if got := notify.NewWorker(nil, nil, clock).Timeout(nil); got <= 0 {
		t.Errorf("Timeout = %v", got)
	}
}
