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

// Session is a signed-in browser. The cookie holds a random token and only its hash is stored, so
// any replica can check it, and erasure or sign-out can revoke it.
type Session struct{ ent.Schema }

// Fields of the Session.
func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.Bytes("token_hash").NotEmpty().Unique().Immutable().Sensitive(),
		field.Time("created_at").Immutable(),
		field.Time("expires_at"),
		field.Time("revoked_at").Optional().Nillable(),
		field.String("id_token_hint").Default("").Sensitive().
			Comment("The ID token, kept only to end the session at the identity provider on sign-out."),
	}
}

// Edges of the Session.
func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("sessions").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the Session.
func (Session) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id"), index.Fields("expires_at")}
}

// Annotations of the Session.
func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip()}
}

// Policy of the Session: see package rule.
func (Session) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.SelfVia("user")), Mutation: rule.Write()}
}
