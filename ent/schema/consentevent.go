package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/schema/actor"
	"github.com/learnerportal/portal/ent/schema/rule"
)

// ConsentEvent is one entry of the append-only ledger of consent, objection and communication
// preference changes: what changed, when, by whom (the person, their employer admin, staff, or the
// portal itself, e.g. on a Global Privacy Control signal), under which policy version and from
// where. Rows are never updated; the learner sees the whole history.
type ConsentEvent struct{ ent.Schema }

// Fields of the ConsentEvent.
func (ConsentEvent) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.Enum("kind").
			NamedValues("ConsentGiven", "CONSENT_GIVEN", "ConsentWithdrawn", "CONSENT_WITHDRAWN",
				"ConsentRefused", "CONSENT_REFUSED", "ConsentExpired", "CONSENT_EXPIRED",
				"ObjectionRaised", "OBJECTION_RAISED", "ObjectionWithdrawn", "OBJECTION_WITHDRAWN",
				"PreferenceOn", "PREFERENCE_ON", "PreferenceOff", "PREFERENCE_OFF").
			Immutable().Annotations(entgql.Type("ConsentEventKind")),
		field.Int("consent_id").Optional().Nillable().Immutable().
			Comment("Set for consent and objection events."),
		field.String("channel").Default("").Immutable().
			Comment("Set for preference events: the CommunicationPreference channel."),
		field.String("topic").Default("").Immutable().
			Comment("Set for preference events: the CommunicationPreference topic."),
		field.Int("actor_id").Optional().Nillable().Immutable(),
		field.Enum("actor_role").
			GoType(actor.Role("")).
			Immutable().Annotations(entgql.Type("ActorRole")),
		field.Int("policy_version_id").Optional().Nillable().Immutable(),
		field.Enum("source").
			NamedValues("AccountPage", "ACCOUNT_PAGE", "EmployerAdmin", "EMPLOYER_ADMIN", "StaffConsole", "STAFF_CONSOLE",
				"GlobalPrivacyControl", "GLOBAL_PRIVACY_CONTROL", "UnsubscribeLink", "UNSUBSCRIBE_LINK",
				"Import", "IMPORT", "Registration", "REGISTRATION").
			Immutable().Annotations(entgql.Type("ConsentSource")),
		field.Time("occurred_at").Immutable().Annotations(entgql.OrderField("OCCURRED_AT")),
	}
}

// Edges of the ConsentEvent.
func (ConsentEvent) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("consent_events").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("consent", Consent.Type).Field("consent_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("actor", User.Type).Field("actor_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("policy_version", PolicyVersion.Type).Field("policy_version_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the ConsentEvent.
func (ConsentEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "occurred_at")}
}

// Annotations of the ConsentEvent.
func (ConsentEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the ConsentEvent: see package rule.
func (ConsentEvent) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.OwnedVia("user")), Mutation: rule.Write(rule.DenyChanges(), rule.AllowCreateForSelf("user_id"))}
}
