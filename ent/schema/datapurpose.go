package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/schema/rule"
)

// DataPurpose is one entry of the data registry: a category of personal data, a purpose that uses
// it, the lawful basis, how long it is kept and who receives it. The learner sees these next to
// each item held about them. DPV identifiers let other systems read the registry unmapped.
type DataPurpose struct{ ent.Schema }

// Mixin of the DataPurpose.
func (DataPurpose) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the DataPurpose.
func (DataPurpose) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").NotEmpty().MaxLen(64).Unique().
			Comment("Stable identifier used by code, e.g. marketing-profiling."),
		field.String("name").NotEmpty().MaxLen(200).Annotations(entgql.OrderField("NAME")),
		field.Text("description"),
		field.Enum("category").
			NamedValues("Identity", "IDENTITY", "Contact", "CONTACT", "Profile", "PROFILE",
				"Learning", "LEARNING", "Transactions", "TRANSACTIONS", "Technical", "TECHNICAL",
				"Marketing", "MARKETING").
			Annotations(entgql.Type("DataCategory"), entgql.OrderField("CATEGORY")),
		field.Enum("lawful_basis").
			NamedValues("Contract", "CONTRACT", "LegalObligation", "LEGAL_OBLIGATION",
				"LegitimateInterests", "LEGITIMATE_INTERESTS", "Consent", "CONSENT").
			Annotations(entgql.Type("LawfulBasis")),
		field.Int("retention_months").Min(0).
			Comment("How long after retention_from the data is kept."),
		field.Enum("retention_from").
			NamedValues("RelationshipEnd", "RELATIONSHIP_END", "Collection", "COLLECTION", "LastActivity", "LAST_ACTIVITY").
			Annotations(entgql.Type("RetentionStart")),
		field.Strings("recipients").Optional(),
		field.Bool("objectable").Default(false).
			Comment("Legitimate-interest processing the person may object to."),
		field.String("dpv_purpose").Default("").MaxLen(100),
		field.String("dpv_legal_basis").Default("").MaxLen(100),
		field.Strings("dpv_data_categories").Optional(),
	}
}

// Edges of the DataPurpose.
func (DataPurpose) Edges() []ent.Edge {
	return []ent.Edge{
		// Not in the API: every person's rows at once. People reach theirs from their own side.
		edge.From("consents", Consent.Type).Ref("purpose").
			Annotations(entgql.Skip()),
	}
}

// Policy of the DataPurpose: see package rule.
func (DataPurpose) Policy() ent.Policy {
	return privacy.Policy{Query: rule.ReadByAnyone(), Mutation: rule.Write()}
}
