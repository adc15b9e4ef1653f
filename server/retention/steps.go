package retention

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/datapurpose"
	"github.com/learnerportal/portal/ent/exportarchive"
	"github.com/learnerportal/portal/ent/financialrecord"
	"github.com/learnerportal/portal/ent/learningrecord"
	"github.com/learnerportal/portal/ent/legalhold"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/predicate"
	"github.com/learnerportal/portal/ent/requestevent"
	"github.com/learnerportal/portal/ent/requestmessage"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/erasure"
	"github.com/learnerportal/portal/server/storage"
)

// purgeFinancialRecords deletes the minimised financial records whose retention has ended.
func (w *SweepWorker) purgeFinancialRecords(ctx context.Context, now time.Time) (int, error) {
	return w.inBatches(ctx, func(ctx context.Context, tx *storage.Tx) (int, error) {
		ids, err := tx.Client.FinancialRecord.Query().Where(financialrecord.RetainUntilLT(now)).Limit(batchSize).IDs(ctx)
		if err != nil || len(ids) == 0 {
			return 0, err
		}
		return tx.Client.FinancialRecord.Delete().Where(financialrecord.IDIn(ids...)).Exec(ctx)
	})
}

// requestsPerBatch is smaller than batchSize: each request takes its timeline and messages along.
const requestsPerBatch = batchSize / 10

// purgeRequests deletes the records of requests closed longer ago than they are kept: those past
// their purge date, and those closed before requests had one, counted from closing. Emails about
// them stay, no longer linked (the database clears their request_id). A restricted person's
// requests are kept with the rest of their data.
func (w *SweepWorker) purgeRequests(ctx context.Context, now time.Time) (int, error) {
	due := rightsrequest.And(
		rightsrequest.Or(
			rightsrequest.PurgeAfterLT(now),
			rightsrequest.And(rightsrequest.PurgeAfterIsNil(), rightsrequest.ClosedAtLT(now.Add(-w.requestRetention))),
		),
		rightsrequest.Not(rightsrequest.HasSubjectWith(keptWhole())),
	)
	return w.inBatches(ctx, func(ctx context.Context, tx *storage.Tx) (int, error) {
		c := tx.Client
		ids, err := c.RightsRequest.Query().Where(due).Limit(requestsPerBatch).IDs(ctx)
		if err != nil || len(ids) == 0 {
			return 0, err
		}
		if _, err := c.RequestEvent.Delete().Where(requestevent.RequestIDIn(ids...)).Exec(ctx); err != nil {
			return 0, err
		}
		if _, err := c.RequestMessage.Delete().Where(requestmessage.RequestIDIn(ids...)).Exec(ctx); err != nil {
			return 0, err
		}
		if _, err := c.ExportArchive.Delete().Where(exportarchive.RequestIDIn(ids...)).Exec(ctx); err != nil {
			return 0, err
		}
		return c.RightsRequest.Delete().Where(rightsrequest.IDIn(ids...)).Exec(ctx)
	})
}

// keptWhole matches the people none of whose data the sweep touches: restricted accounts, whose
// data is kept until the restriction is lifted, and people under a legal hold.
func keptWhole() predicate.User {
	return user.Or(user.StatusEQ(user.StatusRestricted), user.HasLegalHoldsWith(legalhold.ReleasedAtIsNil()))
}

// activityPurposes names the registry purpose whose retention applies to each kind of activity
// event.
var activityPurposes = []struct {
	key   string
	kinds []activityevent.Kind
}{
	{"security", []activityevent.Kind{activityevent.KindLogin}},
	{"usage-analytics", []activityevent.Kind{activityevent.KindPageView, activityevent.KindFeatureUse}},
}

// purgeActivity deletes activity events older than their purpose's retention, except a restricted
// person's, which are kept until the restriction is lifted. Only retention counted from collection
// has a date per event; the other starts end with the account, which the erasure of inactive
// accounts and erasure requests take care of.
func (w *SweepWorker) purgeActivity(ctx context.Context, now time.Time) (int, error) {
	total := 0
	for _, ap := range activityPurposes {
		p, ok, err := w.purpose(ctx, ap.key)
		if err != nil {
			return total, err
		}
		if !ok || p.RetentionFrom != datapurpose.RetentionFromCollection {
			continue
		}
		old := activityevent.And(activityevent.KindIn(ap.kinds...), activityevent.OccurredAtLT(now.AddDate(0, -p.RetentionMonths, 0)),
			activityevent.Not(activityevent.HasUserWith(keptWhole())))
		n, err := w.inBatches(ctx, func(ctx context.Context, tx *storage.Tx) (int, error) {
			ids, err := tx.Client.ActivityEvent.Query().Where(old).Limit(batchSize).IDs(ctx)
			if err != nil || len(ids) == 0 {
				return 0, err
			}
			return tx.Client.ActivityEvent.Delete().Where(activityevent.IDIn(ids...)).Exec(ctx)
		})
		total += n
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// AccountPurpose is the registry purpose whose retention applies to a learner's account.
const AccountPurpose = "account"

// accountsPerPage bounds the candidates read at once; each is erased in a transaction of its own.
const accountsPerPage = 100

// eraseInactiveAccounts erases the learners whose last activity (their last sign-in, or their
// account's creation if they never signed in) is older than the registry keeps an account after
// the relationship ends: their silence is taken as its end. Staff, employer admins, restricted
// accounts (whose data is kept until the restriction is lifted), people under a legal hold and
// people with an open request are left alone.
func (w *SweepWorker) eraseInactiveAccounts(ctx context.Context, now time.Time) (int, error) {
	p, ok, err := w.purpose(ctx, AccountPurpose)
	if err != nil || !ok {
		return 0, err
	}
	cutoff := now.AddDate(0, -p.RetentionMonths, 0)
	inactive := user.And(
		user.RoleEQ(user.RoleLearner),
		user.StatusEQ(user.StatusActive),
		user.Or(user.LastLoginAtLT(cutoff), user.And(user.LastLoginAtIsNil(), user.CreatedAtLT(cutoff))),
		// Signing in is not the only sign of a relationship: learning, buying, using the service,
		// or being a current employee of a corporate customer all continue it.
		user.Not(user.HasLearningRecordsWith(learningrecord.Or(learningrecord.RegisteredAtGTE(cutoff), learningrecord.CompletedAtGTE(cutoff)))),
		user.Not(user.HasFinancialRecordsWith(financialrecord.OccurredAtGTE(cutoff))),
		user.Not(user.HasActivityEventsWith(activityevent.OccurredAtGTE(cutoff))),
		user.Not(user.HasMembershipsWith(membership.EndedAtIsNil())),
		user.Not(user.HasLegalHoldsWith(legalhold.ReleasedAtIsNil())),
		// open_type is set exactly while a request is open.
		user.Not(user.HasRightsRequestsWith(rightsrequest.OpenTypeNotNil())),
	)
	erased, after := 0, 0
	for {
		ids, err := w.store.Client.User.Query().Where(inactive, user.IDGT(after)).
			Order(ent.Asc(user.FieldID)).Limit(accountsPerPage).IDs(ctx)
		if err != nil || len(ids) == 0 {
			return erased, err
		}
		for _, id := range ids {
			done, err := w.eraseIfInactive(ctx, id, inactive)
			if err != nil {
				return erased, err
			}
			if done {
				erased++
			}
		}
		after = ids[len(ids)-1]
	}
}

// eraseIfInactive erases person id in a transaction of its own if they are still inactive there:
// they may have signed in, or been put under a legal hold, since they were listed.
func (w *SweepWorker) eraseIfInactive(ctx context.Context, id int, inactive predicate.User) (bool, error) {
	erased := false
	err := w.store.InTx(ctx, func(ctx context.Context, tx *storage.Tx) error {
		still, err := tx.Client.User.Query().Where(user.ID(id), inactive).Exist(ctx)
		if err != nil || !still {
			return err
		}
		if _, err = w.eraser.Execute(ctx, tx, id); err != nil {
			return err
		}
		erased = true
		// Unlike someone who asked to be erased, a lapsed learner may come back: their sign-in
		// identity is not kept to refuse them, so signing in again starts a new account.
		return tx.Client.User.UpdateOneID(id).SetOidcSubject(fmt.Sprintf("lapsed:%d", id)).Exec(ctx)
	})
	var held *erasure.HeldError
	if errors.As(err, &held) {
		return false, nil // a hold placed since the check: the next sweep looks again
	}
	if err != nil {
		return false, fmt.Errorf("erasing inactive account %d: %w", id, err)
	}
	if erased {
		// The audit trail does not record the portal's own changes; this is the record of it.
		w.logger.Info("retention sweep erased an inactive account", "user_id", id)
	}
	return erased, nil
}

// purpose reads a registry purpose and reports whether the registry has it. When it does not, the
// sweep leaves that purpose's data alone rather than guess how long to keep it, and says so.
func (w *SweepWorker) purpose(ctx context.Context, key string) (*ent.DataPurpose, bool, error) {
	p, err := w.store.Client.DataPurpose.Query().Where(datapurpose.Key(key)).Only(ctx)
	if ent.IsNotFound(err) {
		w.logger.Warn("retention sweep: the data registry has no such purpose, so its data is kept", "purpose", key)
		return nil, false, nil
	}
	return p, err == nil, err
}
