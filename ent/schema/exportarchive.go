package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/schema/outcome"
	"github.com/learnerportal/portal/ent/schema/rule"
)

// ExportArchive is the ZIP built for an access or portability request. The archive at rest is
// encrypted with a key of its own kept here, so the storage holding the file alone leaks nothing.
type ExportArchive struct{ ent.Schema }

// Mixin of the ExportArchive.
func (ExportArchive) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

// Fields of the ExportArchive.
func (ExportArchive) Fields() []ent.Field {
	return []ent.Field{
		field.Int("request_id").Unique().Immutable(),
		field.Enum("state").NamedValues("Pending", "PENDING", "Building", "BUILDING", "Ready", "READY",
			"Failed", "FAILED", "Expired", "EXPIRED").
			Default("PENDING").Annotations(entgql.Type("ExportState")),
		field.String("storage_key").Default("").Annotations(entgql.Skip()),
		field.Bytes("encryption_key").Optional().Sensitive().Annotations(entgql.Skip()),
		field.Int64("size_bytes").Default(0),
		field.String("sha256").Default(""),
		field.Int("progress").Default(0).Min(0).Max(100).
			Comment("Percent of the person's rows written so far, for the requester's progress bar."),
		field.JSON("files", []outcome.ArchiveFile{}).Optional().Annotations(entgql.Skip()).
			Comment("The archive's files as its manifest lists them."),
		field.String("failure").Default("").Annotations(entgql.Skip()).
			Comment("Why the last build attempt failed, for staff; the job retries."),
		field.Time("ready_at").Optional().Nillable(),
		field.Time("expires_at").Optional().Nillable(),
	}
}

// Edges of the ExportArchive.
func (ExportArchive) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("request", RightsRequest.Type).Ref("export_archive").Field("request_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

// Indexes of the ExportArchive.
func (ExportArchive) Indexes() []ent.Index {
	return []ent.Index{index.Fields("state", "expires_at")}
}

// Policy of the ExportArchive: see package rule.
func (ExportArchive) Policy() ent.Policy {
	return privacy.Policy{Query: rule.Read(rule.ViaRequest), Mutation: rule.Write()}
}
