package erasure

import (
	"context"
	"fmt"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/datapurpose"
	"github.com/learnerportal/portal/ent/financialrecord"
	"github.com/learnerportal/portal/ent/predicate"
	"github.com/learnerportal/portal/ent/requestevent"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/schema/actor"
)

// TransactionsPurpose is the data registry's purpose whose retention applies to the financial
// records an erasure keeps.
const TransactionsPurpose = "transactions"

// keptPart is one kind of record an erasure keeps, minimised.
type keptPart struct {
	category string
	// what names the records; kept says what is left of them after the erasure.
	what, kept string
	// keep counts the person's records and says why and until when they are kept; when do is
	// true it also minimises them.
	keep func(ctx context.Context, c *ent.Client, p *person, do bool) (n int, reason string, until *time.Time, err error)
}

func (s *Service) keptParts(now time.Time) []keptPart {
	return []keptPart{
		{"TRANSACTIONS", "Your purchases, invoices and payments",
			"Your purchases, invoices and payments, without your name or billing address",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, string, *time.Time, error) {
				return keepTransactions(ctx, c, p, now, do)
			}},
		{"REQUESTS", "Your privacy requests",
			"Your privacy requests: their type, dates, decisions and timeline, without what you or anyone acting for you wrote in them",
			func(ctx context.Context, c *ent.Client, p *person, do bool) (int, string, *time.Time, error) {
				return s.keepRequests(ctx, c, p, now, do)
			}},
		{"IDENTITY", "Your account",
			"Your closed account, holding no personal details: only one-way codes made from your email address and your sign-in, from which neither can be read back",
			func(context.Context, *ent.Client, *person, bool) (int, string, *time.Time, error) {
				return 1, "So that we never add your email address to a marketing list again, and nobody can sign in to the erased account.", nil, nil
			}},
	}
}

// keepTransactions keeps the person's financial records without their name or address, no longer
// linked to them, for the registry's retention of transactions. The erasure ends the customer
// relationship, so that period starts now.
func keepTransactions(ctx context.Context, c *ent.Client, p *person, now time.Time, do bool) (int, string, *time.Time, error) {
	theirs := financialrecord.UserID(p.user.ID)
	n, err := c.FinancialRecord.Query().Where(theirs).Count(ctx)
	if err != nil || n == 0 {
		return 0, "", nil, err
	}
	purpose, err := c.DataPurpose.Query().Where(datapurpose.Key(TransactionsPurpose)).Only(ctx)
	if err != nil {
		return 0, "", nil, fmt.Errorf("reading the registry's %q purpose: %w", TransactionsPurpose, err)
	}
	until := now.AddDate(0, purpose.RetentionMonths, 0)
	if do {
		n, err = c.FinancialRecord.Update().Where(theirs).
			SetBillingName("").SetBillingAddress("").SetMinimisedAt(now).SetRetainUntil(until).ClearUserID().
			Save(ctx)
	}
	return n, purpose.Description, &until, err
}

const requestsReason = "We keep a record of each request we handled, to show that we handled it as the law requires."

// keepRequests keeps the person's rights requests for accountability, until the last of them is
// purged, without the free text the requester wrote: the description, the value asked for, the
// recipient of a portability request, and their notes on the timeline. What staff wrote (reasons
// for an extension or a rejection) stays, as the provider's own record of its decisions.
func (s *Service) keepRequests(ctx context.Context, c *ent.Client, p *person, now time.Time, do bool) (int, string, *time.Time, error) {
	theirs := rightsrequest.SubjectID(p.user.ID)
	requests, err := c.RightsRequest.Query().Where(theirs).
		Select(rightsrequest.FieldClosedAt, rightsrequest.FieldPurgeAfter).All(ctx)
	if err != nil || len(requests) == 0 {
		return 0, "", nil, err
	}
	var until time.Time
	for _, r := range requests {
		until = latest(until, s.purgeAt(r, now))
	}
	if do {
		if err := stripRequests(ctx, c, theirs); err != nil {
			return 0, "", nil, err
		}
	}
	return len(requests), requestsReason, &until, nil
}

// purgeAt is when the retention sweep will purge r: its purge date, or, for a request still
// open (the erasure's own), the retention counted from now, when the erasure closes it.
func (s *Service) purgeAt(r *ent.RightsRequest, now time.Time) time.Time {
	switch {
	case r.PurgeAfter != nil:
		return *r.PurgeAfter
	case r.ClosedAt != nil:
		return r.ClosedAt.Add(s.requestRetention)
	}
	return now.Add(s.requestRetention)
}

func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

func stripRequests(ctx context.Context, c *ent.Client, theirs predicate.RightsRequest) error {
	err := c.RightsRequest.Update().
		Where(theirs, rightsrequest.Or(rightsrequest.DescriptionNEQ(""), rightsrequest.RectificationValueNEQ(""), rightsrequest.PortabilityRecipientNEQ(""))).
		SetDescription("").SetRectificationValue("").SetPortabilityRecipient("").
		Exec(ctx)
	if err != nil {
		return err
	}
	// Timeline entries are immutable, so the requester's notes go by writing their entries again
	// without them: the timeline keeps every step.
	noted, err := c.RequestEvent.Query().
		Where(requestevent.HasRequestWith(theirs), requestevent.ActorRoleIn(actor.Self, actor.EmployerAdmin), requestevent.NoteNEQ("")).
		All(ctx)
	if err != nil || len(noted) == 0 {
		return err
	}
	copies := make([]*ent.RequestEventCreate, len(noted))
	ids := make([]int, len(noted))
	for i, e := range noted {
		ids[i] = e.ID
		copies[i] = c.RequestEvent.Create().SetRequestID(e.RequestID).SetNillableActorID(e.ActorID).SetActorRole(e.ActorRole).
			SetFromState(e.FromState).SetToState(e.ToState).SetOccurredAt(e.OccurredAt)
	}
	if _, err := c.RequestEvent.Delete().Where(requestevent.IDIn(ids...)).Exec(ctx); err != nil {
		return err
	}
	return c.RequestEvent.CreateBulk(copies...).Exec(ctx)
}
