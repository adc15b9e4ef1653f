package graph

import (
	"context"

	"entgo.io/contrib/entgql"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/auditentry"
	"github.com/learnerportal/portal/ent/consentevent"
	"github.com/learnerportal/portal/graph/model"
	"github.com/learnerportal/portal/server/consent"
	"github.com/learnerportal/portal/server/registry"
)

// changeConsent applies one consent change for the signed-in person in the mutation's transaction.
func (r *Resolver) changeConsent(ctx context.Context, purposeID int, change consent.Change) (*ent.Consent, error) {
	if _, err := signedIn(ctx); err != nil {
		return nil, err
	}
	client, err := txClient(ctx)
	if err != nil {
		return nil, err
	}
	return r.consents.Apply(ctx, client, purposeID, change, consentevent.SourceAccountPage)
}

func heldCategories(categories []registry.Category) []*model.HeldCategory {
	out := make([]*model.HeldCategory, len(categories))
	for i, c := range categories {
		purposes := make([]*model.HeldPurpose, len(c.Purposes))
		for j, h := range c.Purposes {
			purposes[j] = &model.HeldPurpose{Purpose: h.Purpose, Retention: h.Retention, KeptUntil: h.KeptUntil}
		}
		out[i] = &model.HeldCategory{Category: c.Category, Purposes: purposes}
	}
	return out
}

// othersAccessing selects the audit entries about userID made by anyone else.
func othersAccessing(client *ent.Client, userID int) *ent.AuditEntryQuery {
	return client.AuditEntry.Query().Where(auditentry.SubjectID(userID),
		auditentry.Or(auditentry.ActorIDIsNil(), auditentry.ActorIDNEQ(userID)))
}

var newestEntriesFirst = ent.WithAuditEntryOrder(&ent.AuditEntryOrder{
	Field: ent.AuditEntryOrderFieldOccurredAt, Direction: entgql.OrderDirectionDesc,
})
