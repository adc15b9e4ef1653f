package portal_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/server/notify/smtptest"
	"github.com/learnerportal/portal/server/viewer"
)

// waitFor returns the next River event of the given kinds for a delivery job, or fails after a
// minute (River retries a failed delivery after a short backoff).
func waitFor(t *testing.T, events <-chan *river.Event, kinds ...river.EventKind) *river.Event {
	t.Helper()
	timeout := time.After(time.Minute)
	for {
		select {
		case e := <-events:
			for _, k := range kinds {
				if e.Kind == k && e.Job.Kind == "notify.deliver" {
					return e
				}
			}
		case <-timeout:
			t.Fatalf("no %v event within a minute", kinds)
			return nil
		}
	}
}

func TestEmailsReachARealSMTPServerAndFailedSendsAreRetried(t *testing.T) {
	mail := smtptest.Start(t)
	h := start(t, "SMTP_URL", mail.URL(), "MAIL_FROM", "Privacy team <privacy@provider.example>")
	events, stop := h.portal.Jobs.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed)
	defer stop()

	out, got := h.submit(t, "ellen.jones@example.net", map[string]any{"type": "ACCESS"})
	if got.code() != "" {
		t.Fatal(got.Errors)
	}
	waitFor(t, events, river.EventKindJobCompleted)
	if msgs := mail.Messages(); len(msgs) != 1 || !strings.Contains(strings.Join(msgs[0].To, ","), "ellen.jones@example.net") {
		t.Fatalf("messages after submitting: %+v", msgs)
	}

	// The mail server dies in the middle of sending the next email: the state change has committed,
	// and the email waits for a retry.
	mail.DieDuringNextMessage()
	started := h.gql(h.as(dpo), `mutation($id: ID!) { startRequest(id: $id) { state } }`, map[string]any{"id": out.SubmitRequest.ID})
	if started.code() != "" || !contains(string(started.Data), "IN_PROGRESS") {
		t.Fatalf("start with the mail server down: %s %+v", started.Data, started.Errors)
	}
	waitFor(t, events, river.EventKindJobFailed)
	ctx := viewer.SystemContext(context.Background())
	req, err := h.portal.Store.Client.RightsRequest.Query().Where(rightsrequest.SubjectID(h.ids["ellen.jones@example.net"]), rightsrequest.TypeEQ(rightsrequest.TypeAccess)).Only(ctx)
	if err != nil || req.State != rightsrequest.StateInProgress {
		t.Fatalf("request after a failed send: %v %v", req, err)
	}
	pending, _ := h.portal.Store.Client.Notification.Query().Where(notification.StatusEQ(notification.StatusQueued), notification.RequestID(req.ID)).All(ctx)
	if len(pending) != 1 || pending[0].Attempts != 1 || pending[0].LastError == "" {
		t.Fatalf("notification after a failed send: %+v", pending)
	}

	mail.Stop() // returns once the dying server is down
	mail.Restart()
	waitFor(t, events, river.EventKindJobCompleted)
	msgs := mail.Messages()
	if len(msgs) != 2 {
		t.Fatalf("after the retry the server has %d messages, want 2", len(msgs))
	}
	sent, _ := h.portal.Store.Client.Notification.Get(ctx, pending[0].ID)
	if sent.Status != notification.StatusSent || sent.Attempts != 2 {
		t.Errorf("notification after the retry: %+v", sent)
	}
}
