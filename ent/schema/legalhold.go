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

// LegalHold stops a person's data from being erased while a complaint, litigation or regulator
// inquiry needs it. The person and staff see it; an employer admin learns of it only through the
// explanation on the erasure request it blocks, since complaints are often about the employer.
type LegalHold struct{ ent.Schema }

// Fields of the LegalHold.
func (LegalHold) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.Enum("kind").NamedValues("Complaint", "COMPLAINT", "Litigation", "LITIGATION", "Regulator", "REGULATOR", "Other", "OTHER").
			Immutable().Annotations(entgql.Type("LegalHoldKind")),
		field.Text("reason").NotEmpty(),
		field.Int("placed_by_id").Optional().Nillable().Immutable(),
		field.Time("placed_at").Immutable(),
		field.Time("released_at").Optional().Nillable(),
		field.Int("released_by_id").Optional().Nillable(),
	}
}

// Edges of the LegalHold.
func (LegalHold) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("legal_holds").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("placed_by", User.Type).Field("placed_by_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("released_by", User.Type).Field("released_by_id").Unique().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the LegalHold.
func (LegalHold) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "released_at")}
}

// Policy of the LegalHold: see package rule.
func (LegalHold) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.SelfVia("user")), Mutation: rule.Write()}
}
