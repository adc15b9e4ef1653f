// Package consent records a person's consents and objections: granting, withdrawing, objecting
// and withdrawing an objection, each taking effect at once and leaving one entry in the
// append-only ledger, in the same transaction as the change.
package consent

import (
	"context"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/consentevent"
	"github.com/learnerportal/portal/ent/policyversion"
	"github.com/learnerportal/portal/server/audit"
	"github.com/learnerportal/portal/server/viewer"
)

// Entry is one change for the ledger: for a consent or objection, ConsentID; for a communication
// preference, Channel and Topic.
type Entry struct {
	UserID    int
	Kind      consentevent.Kind
	ConsentID int
	Channel   string
	Topic     string
	Source    consentevent.Source
	// Policy is the policy version in force (CurrentPolicy), nil when none is published.
	Policy *int
}

// Record appends e to the ledger, as made by the viewer of ctx at at.
func Record(ctx context.Context, client *ent.Client, e Entry, at time.Time) error {
	v, _ := viewer.FromContext(ctx)
	create := client.ConsentEvent.Create().
		SetUserID(e.UserID).SetKind(e.Kind).SetChannel(e.Channel).SetTopic(e.Topic).
		SetActorRole(audit.ActorRole(v, e.UserID)).SetSource(e.Source).SetOccurredAt(at).
		SetNillablePolicyVersionID(e.Policy)
	if v.UserID != 0 {
		create.SetActorID(v.UserID)
	}
	if e.ConsentID != 0 {
		create.SetConsentID(e.ConsentID)
	}
	return create.Exec(ctx)
}

// CurrentPolicy returns the ID of the newest published policy version, or nil when none is.
func CurrentPolicy(ctx context.Context, client *ent.Client) (*int, error) {
	id, err := client.PolicyVersion.Query().
		Where(policyversion.PublishedAtNotNil()).
		Order(ent.Desc(policyversion.FieldPublishedAt)).
		FirstID(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &id, nil
}
