package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/schema/rule"
)

// Consent is the current state of one person's consent to (or objection against) one registry
// purpose: the ISO/IEC TS 27560 consent record. Its history is the ConsentEvent ledger; this row
// is the ledger's latest state, kept for fast reads.
type Consent struct{ ent.Schema }

// Mixin of the Consent.
func (Consent) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the Consent.
func (Consent) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.Int("purpose_id").Immutable(),
		field.Enum("state").
			NamedValues("Given", "GIVEN", "Withdrawn", "WITHDRAWN", "Refused", "REFUSED",
				"Expired", "EXPIRED", "Objected", "OBJECTED", "ObjectionWithdrawn", "OBJECTION_WITHDRAWN").
			Annotations(entgql.Type("ConsentState")),
		field.Int("policy_version_id").Optional().Nillable().
			Comment("The privacy notice shown when the state last changed."),
		field.Time("changed_at"),
	}
}

// Edges of the Consent.
func (Consent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("consents").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("purpose", DataPurpose.Type).Field("purpose_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("policy_version", PolicyVersion.Type).Field("policy_version_id").Unique().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		// Exposed as history, eager-loaded with the consents that ask for it.
		edge.From("events", ConsentEvent.Type).Ref("consent").
			Annotations(entgql.Skip(entgql.SkipWhereInput), entgql.MapsTo("history")),
	}
}

// Indexes of the Consent.
func (Consent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "purpose_id").Unique()}
}

// Policy of the Consent: see package rule.
func (Consent) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.OwnedVia("user")), Mutation: rule.Write(rule.AllowCreateForSelf("user_id"), rule.OnUpdates(rule.FilterToScope(rule.SelfVia("user"))))}
}
