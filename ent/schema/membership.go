package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/schema/rule"
)

// Membership links a person to an organisation, as an employee or as one of its employer admins.
// Leaving sets ended_at rather than deleting the row, so the history of who could act for whom
// survives.
type Membership struct{ ent.Schema }

// Mixin of the Membership.
func (Membership) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the Membership.
func (Membership) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.Int("organisation_id").Immutable(),
		field.Enum("kind").NamedValues("Employee", "EMPLOYEE", "Admin", "ADMIN").
			Annotations(entgql.Type("MembershipKind")),
		field.Time("started_at"),
		field.Time("ended_at").Optional().Nillable(),
		// The employee directory's sort keys, kept by package directory from the person's profile,
		// account, activity and requests, so that a page of a large organisation is read in index
		// order rather than computed and sorted for every employee.
		field.String("sort_name").Default("").
			Comment("Lower-cased last name, a space, lower-cased first name.").
			Annotations(entgql.Skip()),
		field.String("sort_email").Default("").
			Comment("Lower-cased email.").
			Annotations(entgql.Skip()),
		field.Time("last_active_at").Default(neverActive).
			Comment("The latest sign-in or activity event seen; it never moves back when old events are purged.").
			Annotations(entgql.Skip()),
		field.Int("open_requests").Default(0).
			Comment("How many of the person's requests are open.").
			Annotations(entgql.Skip()),
	}
}

// Edges of the Membership.
func (Membership) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("memberships").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("organisation", Organisation.Type).Field("organisation_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the Membership.
func (Membership) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("organisation_id", "kind", "ended_at"),
		index.Fields("user_id", "ended_at"),
		// One current membership of each kind per person and organisation; user_id then breaks
		// ties in the directory's orders below.
		index.Fields("organisation_id", "kind", "user_id").Unique().Annotations(current()),
		index.Fields("organisation_id", "kind", "sort_name", "user_id").Annotations(current()),
		index.Fields("organisation_id", "kind", "sort_email", "user_id").Annotations(current()),
		index.Fields("organisation_id", "kind", "last_active_at", "user_id").Annotations(current()),
		index.Fields("organisation_id", "kind", "open_requests", "user_id").Annotations(current()),
	}
}

// current limits an index to current memberships. Partial, so that the directory's keyset pages
// walk it in order: with ended_at as an index column PostgreSQL would sort instead, since IS NULL
// does not make a column constant for its planner.
func current() *entsql.IndexAnnotation { return entsql.IndexWhere("ended_at IS NULL") }

// neverActive is the last_active_at of someone never seen active: a value rather than NULL, because
// the databases sort NULLs at opposite ends and a keyset comparison with NULL is never true.
func neverActive() time.Time { return time.Time{} }

// Annotations of the Membership.
func (Membership) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the Membership: see package rule.
func (Membership) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.Memberships), Mutation: rule.Write()}
}
