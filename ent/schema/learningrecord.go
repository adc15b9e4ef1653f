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

// LearningRecord is one course registration and what became of it: enrolment, completion, CPD
// hours and the certificate issued.
type LearningRecord struct{ ent.Schema }

// Mixin of the LearningRecord.
func (LearningRecord) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the LearningRecord.
func (LearningRecord) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.String("course_code").NotEmpty().MaxLen(64),
		field.String("course_title").NotEmpty().MaxLen(300).
			Annotations(entgql.OrderField("COURSE_TITLE")),
		field.Enum("status").
			NamedValues("Registered", "REGISTERED", "Enrolled", "ENROLLED", "Completed", "COMPLETED", "Withdrawn", "WITHDRAWN").
			Annotations(entgql.Type("LearningStatus"), entgql.OrderField("STATUS")),
		field.Time("registered_at").Annotations(entgql.OrderField("REGISTERED_AT")),
		field.Time("completed_at").Optional().Nillable().
			Annotations(entgql.OrderField("COMPLETED_AT")),
		field.Float("cpd_hours").Default(0).Min(0),
		field.String("certificate_number").Default("").MaxLen(64),
		field.String("certificate_name").Default("").MaxLen(200).
			Comment("The name as printed on the certificate; corrected only through a rectification request."),
	}
}

// Edges of the LearningRecord.
func (LearningRecord) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("learning_records").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the LearningRecord.
func (LearningRecord) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "registered_at")}
}

// Annotations of the LearningRecord.
func (LearningRecord) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the LearningRecord: see package rule.
func (LearningRecord) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.OwnedVia("user")), Mutation: rule.Write()}
}
