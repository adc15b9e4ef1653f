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

// CommunicationPreference is whether a person receives one topic of message on one channel.
// Service messages are contractual and always on; every change is also a ConsentEvent.
type CommunicationPreference struct{ ent.Schema }

// Mixin of the CommunicationPreference.
func (CommunicationPreference) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the CommunicationPreference.
func (CommunicationPreference) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.Enum("channel").NamedValues("Email", "EMAIL", "Sms", "SMS", "Phone", "PHONE", "Post", "POST").
			Immutable().Annotations(entgql.Type("Channel")),
		field.Enum("topic").
			NamedValues("Service", "SERVICE", "TrainingEvents", "TRAINING_EVENTS", "Newsletters", "NEWSLETTERS",
				"Surveys", "SURVEYS", "PartnerOffers", "PARTNER_OFFERS").
			Immutable().Annotations(entgql.Type("Topic")),
		field.Bool("enabled"),
	}
}

// Edges of the CommunicationPreference.
func (CommunicationPreference) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("communication_preferences").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the CommunicationPreference.
func (CommunicationPreference) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "channel", "topic").Unique()}
}

// Policy of the CommunicationPreference: see package rule.
func (CommunicationPreference) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.OwnedVia("user")), Mutation: rule.Write(rule.AllowCreateForSelf("user_id"), rule.OnUpdates(rule.FilterToScope(rule.SelfVia("user"))))}
}
