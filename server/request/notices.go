package request

import (
	"context"
	"strconv"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/notify"
	"github.com/learnerportal/portal/server/profile"
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
	return s.notifyAs(ctx, tx, r, kind, r.State, note)
}

// notifyAs is notify telling of the request as being in state.
func (s *Service) notifyAs(ctx context.Context, tx *storage.Tx, r *ent.RightsRequest, kind noticeKind, state rightsrequest.State, note string) error {
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
		if recipient == nil || recipient.Status == user.StatusClosed {
			continue
		}
		if id != r.SubjectID {
			// Whoever submitted for the subject hears of it only while they may still see it: an
			// admin who left the organisation does not; staff follow the queue instead.
			if following, err := s.submitterFollows(ctx, tx, recipient, r); err != nil || !following {
				if err != nil {
					return err
				}
				continue
			}
		}
		onBehalf := r.SubmittedByID != nil && *r.SubmittedByID != r.SubjectID
		notice := notify.RequestNotice{
			RecipientName: DisplayName(recipient),
			SubjectName:   DisplayName(subject),
			OnBehalf:      onBehalf,
			ForSubmitter:  onBehalf && recipient.ID != r.SubjectID,
			OnBehalfBy:    onBehalfBy(r),
			RequestType:   string(r.Type),
			State:         string(state),
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
		if err := s.jobs.InsertTx(ctx, tx.SQL, notify.DeliverArgs{NotificationID: n.ID}, nil); err != nil {
			return err
		}
	}
	return nil
}

// submitterFollows reports whether someone who submitted a request for another person may still
// follow it: an employer admin while they administer the organisation it was made for.
func (s *Service) submitterFollows(ctx context.Context, tx *storage.Tx, submitter *ent.User, r *ent.RightsRequest) (bool, error) {
	if submitter.Role != user.RoleEmployerAdmin || r.OrganisationID == nil {
		return false, nil
	}
	return tx.Client.Membership.Query().Where(
		membership.UserID(submitter.ID), membership.OrganisationID(*r.OrganisationID),
		membership.KindEQ(membership.KindAdmin), membership.EndedAtIsNil(),
	).Exist(viewer.SystemContext(ctx))
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
	return profile.Name(u.Edges.Profile, u.Email)
}
