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

// User is a person who signs in (learner, employer admin or provider staff), identified by the
// OpenID Connect issuer and subject that vouched for them. Everything the portal holds about a
// learner hangs off their User.
type User struct{ ent.Schema }

// Mixin of the User.
func (User) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the User.
func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("oidc_issuer").NotEmpty().Annotations(entgql.Skip()),
		field.String("oidc_subject").NotEmpty().Annotations(entgql.Skip()),
		field.String("email").NotEmpty().MaxLen(254).
			Annotations(entgql.OrderField("EMAIL")),
		field.Enum("role").
			NamedValues("Learner", "LEARNER", "EmployerAdmin", "EMPLOYER_ADMIN", "Staff", "STAFF").
			Default("LEARNER").
			Annotations(entgql.Type("UserRole"), entgql.OrderField("ROLE")),
		field.Enum("status").
			NamedValues("Active", "ACTIVE", "Restricted", "RESTRICTED", "Closed", "CLOSED").
			Default("ACTIVE").
			Comment("RESTRICTED keeps data but limits processing to storage; CLOSED follows erasure.").
			Annotations(entgql.Type("AccountStatus"), entgql.OrderField("STATUS")),
		field.Time("closed_at").Optional().Nillable().
			Comment("When erasure closed the account; the row stays, emptied, so requests keep their subject."),
		field.Time("last_login_at").Optional().Nillable().
			Annotations(entgql.OrderField("LAST_LOGIN_AT")),
	}
}

// Edges of the User.
func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("profile", Profile.Type).Unique().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("memberships", Membership.Type).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("survey_answers", SurveyAnswer.Type).Annotations(entgql.RelayConnection()).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("learning_records", LearningRecord.Type).Annotations(entgql.RelayConnection()).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("financial_records", FinancialRecord.Type).Annotations(entgql.RelayConnection()).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("activity_events", ActivityEvent.Type).Annotations(entgql.RelayConnection()).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("consents", Consent.Type).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("consent_events", ConsentEvent.Type).Annotations(entgql.RelayConnection()).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("communication_preferences", CommunicationPreference.Type).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("policy_acceptances", PolicyAcceptance.Type).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("rights_requests", RightsRequest.Type).Annotations(entgql.RelayConnection()).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("legal_holds", LegalHold.Type).
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("sessions", Session.Type).Annotations(entgql.Skip()),
		edge.To("notifications", Notification.Type).
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the User.
func (User) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("oidc_issuer", "oidc_subject").Unique(),
		index.Fields("email"),
	}
}

// Annotations of the User.
func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.MultiOrder()}
}

// Policy of the User: see package rule.
func (User) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.Users), Mutation: rule.Write()}
}
