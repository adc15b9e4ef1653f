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

// ActivityEvent is technical and usage data: a sign-in with its IP address and user agent, or a
// page or feature used.
type ActivityEvent struct{ ent.Schema }

// Fields of the ActivityEvent.
func (ActivityEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.Enum("kind").NamedValues("Login", "LOGIN", "PageView", "PAGE_VIEW", "FeatureUse", "FEATURE_USE").
			Immutable().Annotations(entgql.Type("ActivityKind"), entgql.OrderField("KIND")),
		field.Time("occurred_at").Immutable().Annotations(entgql.OrderField("OCCURRED_AT")),
		field.String("ip_address").Default("").MaxLen(45).Immutable(),
		field.String("user_agent").Default("").MaxLen(500).Immutable(),
		field.String("detail").Default("").MaxLen(500).Immutable().
			Comment("The page path or feature name."),
	}
}

// Edges of the ActivityEvent.
func (ActivityEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("activity_events").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the ActivityEvent.
func (ActivityEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "occurred_at")}
}

// Annotations of the ActivityEvent.
func (ActivityEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the ActivityEvent: see package rule.
func (ActivityEvent) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.OwnedVia("user")), Mutation: rule.Write(rule.DenyChanges())}
}
