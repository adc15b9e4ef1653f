package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/field"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/schema/rule"
)

// SuppressionEntry keeps an erased or opted-out email address only as a keyed hash, so marketing
// imports can be checked against it without the portal keeping the address itself.
type SuppressionEntry struct{ ent.Schema }

// Fields of the SuppressionEntry.
func (SuppressionEntry) Fields() []ent.Field {
	return []ent.Field{
		field.String("email_hash").NotEmpty().Unique().Immutable().
			Comment("HMAC-SHA256 of the normalised address under the portal's suppression key, hex."),
		field.Enum("reason").NamedValues("Erasure", "ERASURE", "MarketingOptOut", "MARKETING_OPT_OUT").
			Immutable().Annotations(entgql.Type("SuppressionReason")),
		field.Time("created_at").Immutable(),
	}
}

// Policy of the SuppressionEntry: see package rule.
func (SuppressionEntry) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(nil), Mutation: rule.Write()}
}
