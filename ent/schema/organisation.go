package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/schema/rule"
)

// Organisation is a corporate customer of the provider. Its employees are linked through
// memberships; its employer admins act for them.
type Organisation struct{ ent.Schema }

// Mixin of the Organisation.
func (Organisation) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the Organisation.
func (Organisation) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(200).Unique().
			Annotations(entgql.OrderField("NAME")),
	}
}

// Edges of the Organisation.
func (Organisation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("memberships", Membership.Type).Ref("organisation").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipWhereInput)),
		edge.From("rights_requests", RightsRequest.Type).Ref("organisation").
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Annotations of the Organisation.
func (Organisation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the Organisation: see package rule.
func (Organisation) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.Organisations), Mutation: rule.Write()}
}
