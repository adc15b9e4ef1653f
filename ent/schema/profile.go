package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/schema/rule"
)

// Profile holds a person's identity, contact and profile details (the seeds' "identity",
// "contact" and "profile" categories). Every field is optional because providers collect
// different subsets; the learner corrects them on the account page.
type Profile struct{ ent.Schema }

// Mixin of the Profile.
func (Profile) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the Profile.
func (Profile) Fields() []ent.Field {
	text := func(name string, max int) ent.Field { return field.String(name).Default("").Validate(maxChars(max)) }
	return []ent.Field{
		field.Int("user_id").Unique().Immutable(),
		// Identity.
		text("first_name", 100),
		text("last_name", 100),
		text("username", 64),
		field.Time("date_of_birth").Optional().Nillable().
			Annotations(entgql.Type("Date")),
		text("gender", 64),
		// Contact (the sign-in email is on User).
		text("phone", 32),
		text("address_line1", 200),
		text("address_line2", 200),
		text("town", 100),
		text("postcode", 16),
		text("country", 100),
		// Profile.
		text("job_title", 200),
		field.Strings("qualifications").Optional(),
		field.Strings("subjects_taught").Optional(),
		field.Strings("age_groups_taught").Optional(),
		field.Strings("interests").Optional(),
	}
}

// Edges of the Profile.
func (Profile) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("profile").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Policy of the Profile: see package rule.
func (Profile) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.OwnedVia("user")), Mutation: rule.Write(rule.OnUpdates(rule.FilterToScope(rule.SelfVia("user"))))}
}
