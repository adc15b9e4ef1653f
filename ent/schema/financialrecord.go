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

// FinancialRecord is a purchase, invoice or payment. Tax law makes the provider keep these for
// six years after the customer relationship ends, so erasure minimises them (drops the billing
// name and address) and sets retain_until instead of deleting them.
type FinancialRecord struct{ ent.Schema }

// Mixin of the FinancialRecord.
func (FinancialRecord) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the FinancialRecord.
func (FinancialRecord) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Optional().Nillable().
			Comment("Cleared when the person is erased; the minimised record remains."),
		field.Enum("kind").NamedValues("Purchase", "PURCHASE", "Invoice", "INVOICE", "Payment", "PAYMENT", "Refund", "REFUND").
			Annotations(entgql.Type("FinancialRecordKind")),
		field.String("reference").NotEmpty().MaxLen(64),
		field.String("description").Default("").MaxLen(300),
		field.Int64("amount_pence"),
		field.String("currency").Default("GBP").MaxLen(3).MinLen(3),
		field.Time("occurred_at").Annotations(entgql.OrderField("OCCURRED_AT")),
		field.String("billing_name").Default("").MaxLen(200),
		field.String("billing_address").Default("").MaxLen(500),
		field.Time("minimised_at").Optional().Nillable(),
		field.Time("retain_until").Optional().Nillable(),
	}
}

// Edges of the FinancialRecord.
func (FinancialRecord) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("financial_records").Field("user_id").Unique().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the FinancialRecord.
func (FinancialRecord) Indexes() []ent.Index {
	return []ent.Index{index.Fields("user_id", "occurred_at"), index.Fields("retain_until")}
}

// Annotations of the FinancialRecord.
func (FinancialRecord) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy of the FinancialRecord: see package rule.
func (FinancialRecord) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.OwnedVia("user")), Mutation: rule.Write()}
}
