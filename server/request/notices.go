package request

import (
	"context"
	"strconv"
	"strings"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/notify"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

type noticeKind int

const (
	kindReceived noticeKind = iota
	kindUpdated
	kindMessage
)

// notify writes, in the action's transaction, an email to the subject and to whoever submitted
// the request for them (unless staff did), each with the job that delivers it. The delivery may
// fail and be retried; the change it reports is already safe.
func (s *Service) notify(ctx context.Context, tx *storage.Tx, r *ent.RightsRequest, kind noticeKind, note string) error {
	system := viewer.SystemContext(ctx)
	ids := []int{r.SubjectID}
	if r.SubmittedByID != nil && *r.SubmittedByID != r.SubjectID {
		ids = append(ids, *r.SubmittedByID)
	}
	people, err := tx.Client.User.Query().Where(user.IDIn(ids...)).WithProfile().All(system)
	if err != nil {
		return err
	}
	byID := map[int]*ent.User{}
	for _, p := range people {
		byID[p.ID] = p
	}
	subject := byID[r.SubjectID]
	for _, id := range ids {
		recipient := byID[id]
		if recipient == nil || recipient.Status == user.StatusClosed || recipient.Role == user.RoleStaff {
			continue
		}
		onBehalf := r.SubmittedByID != nil && *r.SubmittedByID != r.SubjectID
		notice := notify.RequestNotice{
			RecipientName: DisplayName(recipient),
			SubjectName:   DisplayName(subject),
			OnBehalf:      onBehalf,
			ForSubmitter:  onBehalf && recipient.ID != r.SubjectID,
			OnBehalfBy:    onBehalfBy(r),
			RequestType:   string(r.Type),
			State:         string(r.State),
			Received:      r.ReceivedAt,
			Due:           r.DueAt,
			Note:          note,
			PortalURL:     s.portalURL,
			RequestID:     strconv.Itoa(r.ID),
		}
		var subjectLine, body string
		var nk notification.Kind
		switch kind {
		case kindReceived:
			subjectLine, body = notify.RequestReceived(notice)
			nk = notification.KindRequestReceived
		case kindUpdated:
			subjectLine, body = notify.RequestUpdated(notice)
			nk = notification.KindRequestUpdated
		default:
			subjectLine, body = notify.RequestMessage(notice)
			nk = notification.KindRequestMessage
		}
		n, err := tx.Client.Notification.Create().
			SetUserID(recipient.ID).SetRequestID(r.ID).SetKind(nk).SetToAddress(recipient.Email).
			SetSubject(subjectLine).SetBody(body).SetCreatedAt(s.now()).Save(system)
		if err != nil {
			return err
		}
		if err := s.jobs.InsertTx(ctx, tx.SQL, notify.DeliverArgs{NotificationID: n.ID}); err != nil {
			return err
		}
	}
	return nil
}

// onBehalfBy is who made a request for its subject, as the subject would say it: staff, or
// (the default wording) their employer.
func onBehalfBy(r *ent.RightsRequest) string {
	if r.OrganisationID == nil && r.SubmittedByID != nil && *r.SubmittedByID != r.SubjectID {
		return "our privacy team"
	}
	return ""
}

// DisplayName is the name a person is shown by: their profile's name, or their email. u must
// have been loaded with its profile.
func DisplayName(u *ent.User) string {
	if u == nil {
		return ""
	}
	if p := u.Edges.Profile; p != nil {
		if name := strings.TrimSpace(p.FirstName + " " + p.LastName); name != "" {
			return name
		}
	}
	return u.Email
}
