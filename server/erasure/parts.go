package erasure

import (
	"context"
	"fmt"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/communicationpreference"
	"github.com/learnerportal/portal/ent/consent"
	"github.com/learnerportal/portal/ent/consentevent"
	"github.com/learnerportal/portal/ent/exportarchive"
	"github.com/learnerportal/portal/ent/learningrecord"
	"github.com/learnerportal/portal/ent/legalhold"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/ent/policyacceptance"
	"github.com/learnerportal/portal/ent/predicate"
	"github.com/learnerportal/portal/ent/profile"
	"github.com/learnerportal/portal/ent/requestmessage"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/session"
	"github.com/learnerportal/portal/ent/surveyanswer"
	"github.com/learnerportal/portal/ent/user"
)

// erasedPart is one kind of record an erasure deletes or irreversibly anonymises.
type erasedPart struct {
	category, what string
	// apply changes the person's records when do is true, and otherwise only counts the ones it
	// would change.
	apply func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error)
}

// erasedParts lists every table holding a person's data that an erasure empties. Each takes a
// statement or two whatever the number of rows: a person may have a million activity events.
func (s *Service) erasedParts(now time.Time) []erasedPart {
	return []erasedPart{
		{"CONTACT", "Your email address, the link to the account you sign in with, and when you last signed in",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				if p.user.Status == user.StatusClosed {
					return 0, nil // erased before
				}
				if do {
					return 1, s.closeAccount(ctx, c, p.user, now)
				}
				return 1, nil
			}},
		{"IDENTITY", "Your profile: name, username, date of birth, gender, phone number, postal address, job title, qualifications, subjects and age groups taught, and interests",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := profile.UserID(p.user.ID)
				return countOrDelete(ctx, do, c.Profile.Query().Where(w).Count, c.Profile.Delete().Where(w).Exec)
			}},
		{"PROFILE", "Your links to the organisations you work or worked for",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := membership.UserID(p.user.ID)
				return countOrDelete(ctx, do, c.Membership.Query().Where(w).Count, c.Membership.Delete().Where(w).Exec)
			}},
		{"PROFILE", "Your feedback and survey answers",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := surveyanswer.UserID(p.user.ID)
				return countOrDelete(ctx, do, c.SurveyAnswer.Query().Where(w).Count, c.SurveyAnswer.Delete().Where(w).Exec)
			}},
		{"LEARNING", "Your course registrations, completions, CPD hours and certificates",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := learningrecord.UserID(p.user.ID)
				return countOrDelete(ctx, do, c.LearningRecord.Query().Where(w).Count, c.LearningRecord.Delete().Where(w).Exec)
			}},
		{"TECHNICAL", "Your sign-ins, with IP address and browser, and the pages and features you used",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := activityevent.UserID(p.user.ID)
				return countOrDelete(ctx, do, c.ActivityEvent.Query().Where(w).Count, c.ActivityEvent.Delete().Where(w).Exec)
			}},
		{"TECHNICAL", "Your signed-in sessions: you are signed out everywhere",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := session.UserID(p.user.ID)
				return countOrDelete(ctx, do, c.Session.Query().Where(w).Count, c.Session.Delete().Where(w).Exec)
			}},
		{"MARKETING", "Your consents and objections",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := consent.UserID(p.user.ID)
				return countOrDelete(ctx, do, c.Consent.Query().Where(w).Count, c.Consent.Delete().Where(w).Exec)
			}},
		{"MARKETING", "The history of your consent, objection and communication preference changes",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := consentevent.UserID(p.user.ID)
				return countOrDelete(ctx, do, c.ConsentEvent.Query().Where(w).Count, c.ConsentEvent.Delete().Where(w).Exec)
			}},
		{"MARKETING", "Your communication preferences",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := communicationpreference.UserID(p.user.ID)
				return countOrDelete(ctx, do, c.CommunicationPreference.Query().Where(w).Count, c.CommunicationPreference.Delete().Where(w).Exec)
			}},
		{"IDENTITY", "When you accepted each version of our privacy policy",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := policyacceptance.UserID(p.user.ID)
				return countOrDelete(ctx, do, c.PolicyAcceptance.Query().Where(w).Count, c.PolicyAcceptance.Delete().Where(w).Exec)
			}},
		{"MARKETING", "The emails we sent you, and those we sent others about your requests",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := emailsAbout(p)
				return countOrDelete(ctx, do, c.Notification.Query().Where(w).Count, c.Notification.Delete().Where(w).Exec)
			}},
		{"REQUESTS", "The messages exchanged on your privacy requests",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := requestmessage.HasRequestWith(rightsrequest.SubjectID(p.user.ID))
				return countOrDelete(ctx, do, c.RequestMessage.Query().Where(w).Count, c.RequestMessage.Delete().Where(w).Exec)
			}},
		{"REQUESTS", "The copies of your data prepared for you to download",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				return expireArchives(ctx, c, p, now, do)
			}},
		{"LEGAL_HOLDS", "The records of legal holds on your data that have been released",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, error) {
				w := legalhold.And(legalhold.UserID(p.user.ID), legalhold.ReleasedAtNotNil())
				return countOrDelete(ctx, do, c.LegalHold.Query().Where(w).Count, c.LegalHold.Delete().Where(w).Exec)
			}},
	}
}

// expireArchives destroys the export archives of p's requests. Forgetting a ready archive's key
// destroys it wherever the encrypted file lies, and expiring it now has the export's hourly
// clean-up delete the file; an archive not yet built never will be.
func expireArchives(ctx context.Context, c *ent.Client, p *person, now time.Time, do bool) (int, error) {
	theirs := exportarchive.HasRequestWith(rightsrequest.SubjectID(p.user.ID))
	ready := exportarchive.And(theirs, exportarchive.StateEQ(exportarchive.StateReady), exportarchive.EncryptionKeyNotNil())
	unbuilt := exportarchive.And(theirs, exportarchive.StateNotIn(exportarchive.StateReady, exportarchive.StateExpired))
	if !do {
		return c.ExportArchive.Query().Where(exportarchive.Or(ready, unbuilt)).Count(ctx)
	}
	expired, err := c.ExportArchive.Update().Where(ready).ClearEncryptionKey().SetExpiresAt(now).Save(ctx)
	if err != nil {
		return 0, err
	}
	abandoned, err := c.ExportArchive.Update().Where(unbuilt).SetState(exportarchive.StateExpired).ClearEncryptionKey().Save(ctx)
	return expired + abandoned, err
}

// countOrDelete runs del when do is true, and otherwise count.
func countOrDelete(ctx context.Context, do bool, count, del func(context.Context) (int, error)) (int, error) {
	if do {
		return del(ctx)
	}
	return count(ctx)
}

// emailsAbout selects the emails about p: those sent to them, those sent to whoever submitted a
// request for them, and the staff digests that list their requests by name.
func emailsAbout(p *person) predicate.Notification {
	return notification.Or(
		notification.UserID(p.user.ID),
		notification.HasRequestWith(rightsrequest.SubjectID(p.user.ID)),
		// The digest lists each request on a line of its own, starting with the subject's name.
		notification.And(notification.KindEQ(notification.KindStaffDigest),
			notification.BodyContains(fmt.Sprintf("  - %s, ", p.name))),
	)
}
