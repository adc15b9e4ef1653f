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

// RequestMessage is a message exchanged between the requester and staff on a rights request.
// Messages are never edited or deleted while the request is kept.
type RequestMessage struct{ ent.Schema }

// Fields of the RequestMessage.
func (RequestMessage) Fields() []ent.Field {
	return []ent.Field{
		field.Int("request_id").Immutable(),
		field.Int("author_id").Optional().Nillable().Immutable(),
		field.Enum("author_role").
			GoType(actor.Role("")).
			Immutable().Annotations(entgql.Type("ActorRole")),
		field.Text("body").NotEmpty().Immutable(),
		field.Time("sent_at").Immutable().Annotations(entgql.OrderField("SENT_AT")),
	}
}

// Edges of the RequestMessage.
func (RequestMessage) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("request", RightsRequest.Type).Field("request_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("author", User.Type).Field("author_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the RequestMessage.
func (RequestMessage) Indexes() []ent.Index {
	return []ent.Index{index.Fields("request_id", "sent_at")}
}

// Policy of the RequestMessage: see package rule.
func (RequestMessage) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.ViaRequest), Mutation: rule.Write(rule.DenyChanges(), rule.AllowCreateOnRequest("request_id", "author_id", "author_role"))}
}
