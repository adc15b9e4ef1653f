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

// Notification is an email the portal sends a person (a request received, changed, completed or
// messaged; the staff digest). The row is written in the same transaction as the change it
// reports and a background job delivers it, so a failed delivery is retried and never loses the
// change. It is also the record of messages sent that the person's data includes, and in
// development, with no SMTP server, the outbox the dev page shows.
type Notification struct{ ent.Schema }

// Fields of the Notification.
func (Notification) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.Int("request_id").Optional().Nillable().Immutable(),
		field.Enum("kind").
			NamedValues("RequestReceived", "REQUEST_RECEIVED", "RequestUpdated", "REQUEST_UPDATED",
				"RequestMessage", "REQUEST_MESSAGE", "StaffDigest", "STAFF_DIGEST").
			Immutable().Annotations(entgql.Type("NotificationKind")),
		field.String("to_address").NotEmpty().Immutable(),
		field.String("subject").NotEmpty().Immutable(),
		field.Text("body").Immutable(),
		field.Enum("status").NamedValues("Queued", "QUEUED", "Sent", "SENT", "Failed", "FAILED").
			Default("QUEUED").Annotations(entgql.Type("NotificationStatus")),
		field.Int("attempts").Default(0),
		field.String("last_error").Default("").Annotations(entgql.Skip()),
		field.Time("created_at").Immutable().Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("sent_at").Optional().Nillable(),
	}
}

// Edges of the Notification.
func (Notification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("notifications").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("request", RightsRequest.Type).Field("request_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the Notification.
func (Notification) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "created_at"), index.Fields("status")}
}

// Annotations of the Notification.
func (Notification) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the Notification: see package rule. Only the portal writes notifications.
func (Notification) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.SelfVia("user")), Mutation: rule.Write()}
}
