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

// PolicyVersion is one version of the provider's privacy policy. Staff draft and publish
// versions; a published version is never edited, so what a learner accepted stays readable.
type PolicyVersion struct{ ent.Schema }

// Mixin of the PolicyVersion.
func (PolicyVersion) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the PolicyVersion.
func (PolicyVersion) Fields() []ent.Field {
	return []ent.Field{
		field.String("version").NotEmpty().MaxLen(32).Unique(),
		field.String("title").NotEmpty().MaxLen(200),
		field.Text("summary").Default("").Comment("What changed since the previous version."),
		field.Text("body").Comment("The policy text, Markdown."),
		field.Time("published_at").Optional().Nillable().
			Annotations(entgql.OrderField("PUBLISHED_AT")),
	}
}

// Edges of the PolicyVersion.
func (PolicyVersion) Edges() []ent.Edge {
	return []ent.Edge{
		// Not in the API: every person's rows at once. People reach theirs from their own side.
		edge.From("acceptances", PolicyAcceptance.Type).Ref("policy_version").
			Annotations(entgql.Skip()),
	}
}

// Annotations of the PolicyVersion.
func (PolicyVersion) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the PolicyVersion: see package rule.
func (PolicyVersion) Policy() ent.Policy {
	return privacy.Policy{Query: rule.ReadByAnyone(), Mutation: rule.Write()}
}
