package export

import (
	entsql "entgo.io/ent/dialect/sql"

	"github.com/learnerportal/portal/ent/datapurpose"
)

// section is one table of the person's data as the archive presents it. Its columns come from
// the schema (migrate.Tables), so a column added to the table is exported without a change here,
// unless it is listed in Omit.
type section struct {
	Table string
	// Title and About head the section in index.html.
	Title, About string
	// Categories are the data-registry categories whose purposes explain why the data is held,
	// or accountability.
	Categories []datapurpose.Category
	// Owner says which rows are the person's.
	Owner owner
	// Omit names the columns left out of the archive, each with the reason.
	Omit map[string]string
}

// accountability is the category of the records the portal keeps to show that it honoured the
// person's rights: their requests, legal holds and who accessed their data. No registry purpose
// covers them.
const accountability datapurpose.Category = "ACCOUNTABILITY"

// owner says which rows of a table are a person's.
type owner struct {
	// column holds the person's ID or, for viaRequests, the ID of a rights request about them.
	column      string
	viaRequests bool
}

func ownedBy(column string) owner { return owner{column: column} }

// ofTheirRequests selects the rows of the rights requests about the person.
var ofTheirRequests = owner{column: "request_id", viaRequests: true}

// where is the condition that selects the person's rows.
func (o owner) where(personID int) *entsql.Predicate {
	if o.viaRequests {
		return entsql.In(o.column,
			entsql.Select("id").From(entsql.Table("rights_requests")).Where(entsql.EQ("subject_id", personID)))
	}
	return entsql.EQ(o.column, personID)
}

// Reasons for leaving columns out, shared by several sections.
const (
	secret = "A security secret: a copy would let anyone holding the archive act as you."
	// Article 15(4) UK GDPR: a copy must not adversely affect the rights of others.
	someoneElse = "Identifies another person (a member of staff or an employer admin); the role column says who acted."
)

// The categories of the data registry, shortened for the list below.
const (
	identity     = datapurpose.CategoryIdentity
	contact      = datapurpose.CategoryContact
	profile      = datapurpose.CategoryProfile
	learning     = datapurpose.CategoryLearning
	transactions = datapurpose.CategoryTransactions
	technical    = datapurpose.CategoryTechnical
	marketing    = datapurpose.CategoryMarketing
)

// sortKey is why the employee directory's sort keys are left out: each is a copy, lower-cased or
// counted, of data exported in its own section.
const sortKey = "A sort key of the employer's directory, copied from the profile, account, activity or requests exported elsewhere."

// sections is every table holding personal data, in the order the archive presents them.
var sections = []section{
	{Table: "users", Owner: ownedBy("id"), Categories: in(identity, contact),
		Title: "Account", About: "Your account: the email address you sign in with, your role and when you last signed in."},
	{Table: "profiles", Owner: ownedBy("user_id"), Categories: in(identity, contact, profile),
		Title: "Profile", About: "Your name, date of birth, contact details and professional profile."},
	{Table: "memberships", Owner: ownedBy("user_id"), Categories: in(profile),
		Title: "Organisations", About: "The organisations (employers) you belong or belonged to, and since when.",
		Omit: map[string]string{"sort_name": sortKey, "sort_email": sortKey, "last_active_at": sortKey, "open_requests": sortKey}},
	{Table: "survey_answers", Owner: ownedBy("user_id"), Categories: in(profile),
		Title: "Survey answers", About: "Your answers to feedback and survey questions."},
	{Table: "learning_records", Owner: ownedBy("user_id"), Categories: in(learning),
		Title: "Learning records", About: "Your course registrations, enrolments, completions, CPD hours and certificates."},
	{Table: "financial_records", Owner: ownedBy("user_id"), Categories: in(transactions),
		Title: "Purchases and payments", About: "Your purchases, invoices, payments and refunds."},
	{Table: "activity_events", Owner: ownedBy("user_id"), Categories: in(technical),
		Title: "Sign-ins and usage", About: "Your sign-ins with IP address and browser, and the pages and features you used."},
	{Table: "sessions", Owner: ownedBy("user_id"), Categories: in(technical),
		Title: "Sessions", About: "Your signed-in sessions and when they expire or were ended.",
		Omit: map[string]string{"token_hash": secret, "id_token_hint": secret}},
	{Table: "communication_preferences", Owner: ownedBy("user_id"), Categories: in(marketing),
		Title: "Communication preferences", About: "Which messages you want to receive, per channel and topic."},
	{Table: "consents", Owner: ownedBy("user_id"), Categories: in(marketing),
		Title: "Consents and objections", About: "Your current consent or objection for each purpose that relies on it."},
	{Table: "consent_events", Owner: ownedBy("user_id"), Categories: in(marketing),
		Title: "Consent history", About: "Every change to your consents, objections and communication preferences: when, how, and by whom.",
		Omit: map[string]string{"actor_id": someoneElse}},
	{Table: "policy_acceptances", Owner: ownedBy("user_id"), Categories: in(identity),
		Title: "Privacy policies accepted", About: "The privacy policy versions you accepted, and when."},
	{Table: "notifications", Owner: ownedBy("user_id"), Categories: in(contact),
		Title: "Emails sent to you", About: "The emails the portal sent you, with their content and delivery status."},
	{Table: "rights_requests", Owner: ownedBy("subject_id"), Categories: in(accountability),
		Title: "Your rights requests", About: "The requests made about your data (access, erasure, correction and others), by you or for you.",
		Omit: map[string]string{"submitted_by_id": "Identifies the person who submitted the request; organisation_id says when an employer admin did."}},
	{Table: "request_events", Owner: ofTheirRequests, Categories: in(accountability),
		Title: "Request timelines", About: "Every step of your requests: who moved them on, and when.",
		Omit: map[string]string{"actor_id": someoneElse}},
	{Table: "request_messages", Owner: ofTheirRequests, Categories: in(accountability),
		Title: "Request messages", About: "The messages exchanged about your requests.",
		Omit: map[string]string{"author_id": someoneElse}},
	{Table: "legal_holds", Owner: ownedBy("user_id"), Categories: in(accountability),
		Title: "Legal holds", About: "Legal holds (a complaint, litigation) that keep your data from erasure while they last.",
		Omit: map[string]string{"placed_by_id": someoneElse, "released_by_id": someoneElse}},
	{Table: "audit_entries", Owner: ownedBy("subject_id"), Categories: in(accountability),
		Title: "Who accessed your data", About: "Every read, change and download of your data by someone other than you: their role and organisation, and when.",
		Omit: map[string]string{"actor_id": someoneElse}},
}

func in(categories ...datapurpose.Category) []datapurpose.Category { return categories }

// notPersonal lists, with the reason, every table that holds no personal data of the person the
// archive is for. Every table of the database is either a section or listed here; a test keeps
// it so.
var notPersonal = map[string]string{
	"organisations":       "The names of corporate customers; a person's memberships refer to them by ID.",
	"data_purposes":       "The data registry, the same for everyone; the purposes that apply to the person are exported as purposes.",
	"policy_versions":     "The published privacy policies, the same for everyone; the versions the person accepted are in policy_acceptances.",
	"suppression_entries": "Keyed hashes of erased or opted-out email addresses, kept to match an address against, never to recover one.",
	"export_archives":     "The archives themselves: where each is stored and the key that decrypts it.",
	// Bookkeeping of the migration tool, SQLite and the job queue.
	"goose_db_version":   "Which schema migrations have run.",
	"sqlite_sequence":    "SQLite's counters of the last ID used per table.",
	"river_job":          "Background jobs, which refer to records by ID only.",
	"river_leader":       "Job queue bookkeeping.",
	"river_migration":    "Job queue bookkeeping.",
	"river_notification": "Job queue bookkeeping.",
	"river_queue":        "Job queue bookkeeping.",
}

// purposesTable is the data registry. Its entries for the categories the person has data in are
// exported with the data: why it is held, on which basis, and their DPV identifiers.
const purposesTable = "data_purposes"
