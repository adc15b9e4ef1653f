package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/schema/actor"
	"github.com/learnerportal/portal/ent/schema/rule"
)

// RequestEvent is one entry of a rights request's timeline: a state change, an extension or a
// pause, with who made it and why. The requester sees every event.
type RequestEvent struct{ ent.Schema }

// Fields of the RequestEvent.
func (RequestEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Int("request_id").Immutable(),
		field.Int("actor_id").Optional().Nillable().Immutable(),
		field.Enum("actor_role").
			GoType(actor.Role("")).
			Immutable().Annotations(entgql.Type("ActorRole")),
		field.String("from_state").Default("").Immutable(),
		field.String("to_state").Immutable(),
		field.Text("note").Default("").Immutable(),
		field.Time("occurred_at").Immutable().Annotations(entgql.OrderField("OCCURRED_AT")),
	}
}

// Edges of the RequestEvent.
func (RequestEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("request", RightsRequest.Type).Field("request_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("actor", User.Type).Field("actor_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the RequestEvent.
func (RequestEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("request_id", "occurred_at")}
}

// Policy of the RequestEvent: see package rule.
func (RequestEvent) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.ViaRequest), Mutation: rule.Write(rule.DenyChanges(), rule.AllowCreateOnRequest("request_id", "actor_id", "actor_role"))}
}
