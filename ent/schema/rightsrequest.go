package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/schema/outcome"
	"github.com/learnerportal/portal/ent/schema/rule"
)

// RightsRequest is a data subject's request to exercise a UK-GDPR right, submitted by the person,
// by their employer admin on their behalf, or by staff. Its state follows the request package's
// transition table; due_at is the statutory deadline, recomputed when the clock pauses or the
// request is extended.
type RightsRequest struct{ ent.Schema }

// Mixin of the RightsRequest.
func (RightsRequest) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the RightsRequest.
func (RightsRequest) Fields() []ent.Field {
	return []ent.Field{
		field.Int("subject_id").Immutable(),
		field.Int("submitted_by_id").Optional().Nillable().Immutable(),
		field.Int("organisation_id").Optional().Nillable().Immutable().
			Comment("The organisation whose admin submitted it, which keeps seeing it after the employee leaves."),
		field.Enum("type").
			NamedValues("Access", "ACCESS", "Portability", "PORTABILITY", "Rectification", "RECTIFICATION",
				"Erasure", "ERASURE", "Restriction", "RESTRICTION", "Objection", "OBJECTION").
			Immutable().Annotations(entgql.Type("RequestType"), entgql.OrderField("TYPE")),
		field.Enum("state").
			NamedValues("Submitted", "SUBMITTED", "InProgress", "IN_PROGRESS",
				"AwaitingInformation", "AWAITING_INFORMATION", "Extended", "EXTENDED",
				"Completed", "COMPLETED", "Rejected", "REJECTED", "Cancelled", "CANCELLED").
			Default("SUBMITTED").
			Annotations(entgql.Type("RequestState"), entgql.OrderField("STATE")),
		field.Text("description").Default(""),
		field.String("open_type").Optional().Nillable().Annotations(entgql.Skip()).
			Comment("The type while the request is open, NULL once closed; see the unique index."),
		// Type-specific input.
		field.String("rectification_field").Default("").MaxLen(100),
		field.Text("rectification_value").Default(""),
		field.String("objection_processing").Default("").MaxLen(100),
		field.String("portability_recipient").Default("").MaxLen(300),
		// The statutory clock.
		field.Time("received_at").Immutable().Annotations(entgql.OrderField("RECEIVED_AT")),
		field.Time("due_at").Annotations(entgql.OrderField("DUE_AT")),
		field.Time("paused_at").Optional().Nillable().
			Comment("Set while waiting for information the provider asked for; the clock stops."),
		field.Int("paused_days").Default(0).Min(0),
		field.Int("extension_months").Default(0).Min(0).Max(2),
		field.Text("extension_reason").Default(""),
		// Outcome.
		field.Enum("rejection_reason").Optional().Nillable().
			NamedValues("ManifestlyUnfounded", "MANIFESTLY_UNFOUNDED", "Excessive", "EXCESSIVE",
				"Repetitive", "REPETITIVE", "ExemptionApplies", "EXEMPTION_APPLIES").
			Annotations(entgql.Type("RejectionReason")),
		field.Text("rejection_explanation").Default(""),
		field.Bool("possibly_repetitive").Default(false),
		field.JSON("erasure_preview", &outcome.Erasure{}).Optional().Annotations(entgql.Skip()).
			Comment("What the requester was shown the erasure would delete and keep, as submitted."),
		field.Time("erasure_scheduled_at").Optional().Nillable().
			Comment("When the erasure job runs: after the cooling-off period, or at once when staff complete it."),
		field.JSON("erasure_receipt", &outcome.Erasure{}).Optional().Annotations(entgql.Skip()).
			Comment("What the erasure deleted and kept, recorded in its own transaction."),
		field.Time("closed_at").Optional().Nillable().Annotations(entgql.OrderField("CLOSED_AT")),
		field.Time("purge_after").Optional().Nillable().
			Comment("Request records are kept for accountability, then purged by the retention sweep."),
	}
}

// Edges of the RightsRequest.
func (RightsRequest) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("subject", User.Type).Ref("rights_requests").Field("subject_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("submitted_by", User.Type).Field("submitted_by_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("organisation", Organisation.Type).Field("organisation_id").Unique().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.From("events", RequestEvent.Type).Ref("request").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.From("messages", RequestMessage.Type).Ref("request").
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
		edge.To("export_archive", ExportArchive.Type).Unique().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the RightsRequest.
func (RightsRequest) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("state", "due_at"),
		index.Fields("subject_id", "type", "state"),
		// At most one open request of a type per person, even when two arrive at once: open_type
		// is set while open and cleared on closing, and NULLs never collide.
		index.Fields("subject_id", "open_type").Unique(),
		index.Fields("organisation_id", "state"),
	}
}

// Annotations of the RightsRequest.
func (RightsRequest) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.MultiOrder()}
}

// Policy of the RightsRequest: see package rule.
func (RightsRequest) Policy() ent.Policy {
	return privacy.Policy{
		Query: rule.Read(rule.Requests),
		// Learners and admins submit for people in their scope and change only requests they may
		// see; which changes are allowed is the request package's transition table.
		Mutation: rule.Write(rule.AllowSubmission(), rule.AllowCreateForPerson("subject_id"),
			rule.RequesterChangesOnly(), rule.OnUpdates(rule.FilterToScope(rule.Requests))),
	}
}
