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

// SurveyAnswer is one piece of feedback or one survey answer a person gave, such as a course
// evaluation.
type SurveyAnswer struct{ ent.Schema }

// Mixin of the SurveyAnswer.
func (SurveyAnswer) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the SurveyAnswer.
func (SurveyAnswer) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable(),
		field.String("survey").NotEmpty().MaxLen(200),
		field.String("question").NotEmpty().MaxLen(500),
		field.Text("answer"),
		field.Time("answered_at").Annotations(entgql.OrderField("ANSWERED_AT")),
	}
}

// Edges of the SurveyAnswer.
func (SurveyAnswer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("survey_answers").Field("user_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the SurveyAnswer.
func (SurveyAnswer) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "answered_at")}
}

// Annotations of the SurveyAnswer.
func (SurveyAnswer) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the SurveyAnswer: see package rule.
func (SurveyAnswer) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.OwnedVia("user")), Mutation: rule.Write()}
}
