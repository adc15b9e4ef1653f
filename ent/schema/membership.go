package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/schema/rule"
)

// Membership links a person to an organisation, as an employee or as one of its employer admins.
// Leaving sets ended_at rather than deleting the row, so the history of who could act for whom
// survives.
type Membership struct{ ent.Schema }

// Mixin of the Membership.
func (Membership) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the Membership.
func (Membership) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.Int("organisation_id").Immutable(),
		field.Enum("kind").NamedValues("Employee", "EMPLOYEE", "Admin", "ADMIN").
			Annotations(entgql.Type("MembershipKind")),
		field.Time("started_at"),
		field.Time("ended_at").Optional().Nillable(),
	}
}

// Edges of the Membership.
func (Membership) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("memberships").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("organisation", Organisation.Type).Field("organisation_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the Membership.
func (Membership) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organisation_id", "kind", "ended_at"),
		index.Fields("user_id", "ended_at"),
	}
}

// Annotations of the Membership.
func (Membership) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the Membership: see package rule.
func (Membership) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.Memberships), Mutation: rule.Write()}
}
