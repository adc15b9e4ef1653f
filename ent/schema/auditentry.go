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

// AuditEntry records one access to a person's data by someone else, one change, or one download:
// who (with the role and organisation they acted in), what, about whom and when. The learner sees
// the entries about themselves under "Who accessed my data". Entries are append-only.
type AuditEntry struct{ ent.Schema }

// Fields of the AuditEntry.
func (AuditEntry) Fields() []ent.Field {
	return []ent.Field{
		field.Int("actor_id").Optional().Nillable().Immutable(),
		field.Enum("actor_role").
			GoType(actor.Role("")).
			Immutable().Annotations(entgql.Type("ActorRole")),
		field.Int("actor_organisation_id").Optional().Nillable().Immutable(),
		field.Int("subject_id").Optional().Nillable().Immutable(),
		field.Enum("action").
			NamedValues("Read", "READ", "Create", "CREATE", "Update", "UPDATE", "Delete", "DELETE", "Download", "DOWNLOAD").
			Immutable().Annotations(entgql.Type("AuditAction")),
		field.String("entity").NotEmpty().Immutable().
			Comment("The type of record touched, e.g. Profile."),
		field.Int("entity_id").Optional().Nillable().Immutable(),
		field.Int("count").Default(1).Immutable().
			Comment("How many records of the type one operation read."),
		field.String("request_id").Default("").Immutable().
			Comment("The HTTP request ID, to join with the logs."),
		field.Time("occurred_at").Immutable().Annotations(entgql.OrderField("OCCURRED_AT")),
	}
}

// Edges of the AuditEntry.
func (AuditEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("actor", User.Type).Field("actor_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("actor_organisation", Organisation.Type).Field("actor_organisation_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("subject", User.Type).Field("subject_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the AuditEntry.
func (AuditEntry) Indexes() []ent.Index {
	return []ent.Index{index.Fields("subject_id", "occurred_at"), index.Fields("actor_id", "occurred_at")}
}

// Annotations of the AuditEntry.
func (AuditEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the AuditEntry: see package rule.
func (AuditEntry) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.SelfVia("subject")), Mutation: rule.Write(rule.DenyChanges())}
}
