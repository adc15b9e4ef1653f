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

// PolicyAcceptance records that a person accepted a policy version, and when.
type PolicyAcceptance struct{ ent.Schema }

// Fields of the PolicyAcceptance.
func (PolicyAcceptance) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.Int("policy_version_id").Immutable(),
		field.Time("accepted_at").Immutable(),
	}
}

// Edges of the PolicyAcceptance.
func (PolicyAcceptance) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("policy_acceptances").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("policy_version", PolicyVersion.Type).Field("policy_version_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the PolicyAcceptance.
func (PolicyAcceptance) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "policy_version_id").Unique()}
}

// Policy of the PolicyAcceptance: see package rule.
func (PolicyAcceptance) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.OwnedVia("user")), Mutation: rule.Write(rule.DenyChanges(), rule.AllowCreateForSelf("user_id"))}
}
