package notify

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/riverqueue/river"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/server/viewer"
)

// DeliverArgs is the job that delivers one Notification. Insert it in the transaction that
// writes the notification, so that the email goes out exactly when the change it reports is
// committed.
type DeliverArgs struct {
	NotificationID int `json:"notification_id"`
}

// Kind names the job for River. It is stored with every job: never change it.
func (DeliverArgs) Kind() string { return "notify.deliver" }

// maxAttempts spreads delivery over about half a day with River's default backoff (attempt⁴
// seconds: the 12th try comes some eleven hours after the first), long enough to ride out a mail
// server's maintenance window.
const maxAttempts = 12

// InsertOpts gives every delivery job maxAttempts tries.
func (DeliverArgs) InsertOpts() river.InsertOpts { return river.InsertOpts{MaxAttempts: maxAttempts} }

// maxErrorLength bounds the last_error kept on a notification.
const maxErrorLength = 300

// Worker works DeliverArgs jobs: it sends the notification and records the outcome on it.
// River delivers a job at least once, so Work does nothing for a notification already sent.
type Worker struct {
	river.WorkerDefaults[DeliverArgs]
	client *ent.Client
	mailer Mailer
	now    func() time.Time
}

var _ river.Worker[DeliverArgs] = (*Worker)(nil)

// NewWorker returns a Worker that reads and updates notifications through client, sends them
// with mailer and dates them with now.
func NewWorker(client *ent.Client, mailer Mailer, now func() time.Time) *Worker {
	return &Worker{client: client, mailer: mailer, now: now}
}

// Timeout leaves room for one send (sendTimeout) and the bookkeeping around it.
func (*Worker) Timeout(*river.Job[DeliverArgs]) time.Duration { return time.Minute }

// Work sends the job's notification. When the send fails it records the attempt and returns the
// error, so that River tries again later; the last failed attempt marks the notification FAILED,
// and so does the first when the email itself is at fault, which no retry would mend.
func (w *Worker) Work(ctx context.Context, job *river.Job[DeliverArgs]) error {
	ctx = viewer.SystemContext(ctx)
	n, err := w.client.Notification.Get(ctx, job.Args.NotificationID)
	if ent.IsNotFound(err) {
		// Erased with its owner: there is nobody left to tell.
		return river.JobCancel(fmt.Errorf("notification %d no longer exists", job.Args.NotificationID))
	}
	if err != nil {
		return fmt.Errorf("loading notification %d: %w", job.Args.NotificationID, err)
	}
	if n.Status == notification.StatusSent {
		return nil
	}
	sendErr := w.mailer.Send(ctx, Email{To: n.ToAddress, Subject: n.Subject, Body: n.Body})

	// The outcome is recorded even when the job's time ran out during the send.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	update := w.client.Notification.UpdateOneID(n.ID).AddAttempts(1)
	if sendErr != nil {
		update.SetLastError(shortError(sendErr))
		hopeless := errors.Is(sendErr, ErrBadAddress) || errors.Is(sendErr, ErrHeaderInjection)
		if hopeless || job.Attempt >= job.MaxAttempts {
			update.SetStatus(notification.StatusFailed)
		}
		if err := update.Exec(ctx); err != nil {
			return errors.Join(sendErr, fmt.Errorf("recording the failure of notification %d: %w", n.ID, err))
		}
		if hopeless {
			return river.JobCancel(sendErr)
		}
		return sendErr
	}
	err = update.SetStatus(notification.StatusSent).SetSentAt(w.now()).SetLastError("").Exec(ctx)
	if err != nil {
		// The email has gone; River will send it again, which is better than never recording it.
		return fmt.Errorf("recording notification %d as sent: %w", n.ID, err)
	}
	return nil
}

// shortError is err on one line of at most maxErrorLength bytes, for last_error. The mailer's
// errors name the server and the step, never the credentials.
func shortError(err error) string {
	s := strings.Join(strings.Fields(err.Error()), " ")
	if len(s) <= maxErrorLength {
		return s
	}
	cut := maxErrorLength - len("…")
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
