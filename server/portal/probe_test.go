package portal_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/erasure/erasuretest"
	"github.com/learnerportal/portal/server/viewer"
)

// probeIgnores are the rows the probe may change: the audit trail of its reads, and River's own
// bookkeeping (its periodic jobs run meanwhile).
var probeIgnores = []string{"audit_entries", "river_", "sqlite_sequence: name=river_", "sqlite_sequence: name=audit_entries"}

// probeRounds is how many out-of-scope targets each viewer tries with each operation.
const probeRounds = 6

// The randomised authorization probe: every query and mutation of the schema that takes an ID
// (directly or in an input), called by every learner, employer admin and a signed-out browser
// with IDs of records about people outside their scope. None may return data or change anything.
// The operations are read from the schema files, so a new one is probed without editing this.
func TestRandomisedAuthorizationProbe(t *testing.T) {
	h := start(t)
	w := loadWorld(t, h)
	ops := operationsTakingIDs(t)
	if len(ops) < 10 {
		t.Fatalf("only %d operations take an ID; the schema was not read", len(ops))
	}
	viewers := map[string]*http.Client{"(signed out)": h.browser()}
	for email, id := range h.ids {
		if w.role[id] != user.RoleStaff && w.status[id] == user.StatusActive {
			viewers[email] = h.as(email)
		}
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for v := range viewers {
			if !yield(v) {
				return
			}
		}
	})
	// Background jobs started with the portal (the retention sweep, the digest) must not be
	// mistaken for the probe's writes.
	waitForIdleJobs(t, h)
	before := snapshotWithout(t, h, probeIgnores...)

	rnd := rand.New(rand.NewPCG(2026, 6))
	calls, controls := 0, 0
	codes := map[string]int{}
	for _, name := range names {
		id := h.ids[name] // 0 when signed out
		outside := w.outsideScopeOf(id)
		if len(outside) == 0 {
			t.Fatalf("%s has no records outside their scope to probe with", name)
		}
		for _, op := range ops {
			for range probeRounds {
				target := outside[rnd.IntN(len(outside))]
				got := h.gql(viewers[name], op.document, map[string]any{"id": strconv.Itoa(target)})
				calls++
				codes[got.code()]++
				if c := got.code(); c == "GRAPHQL_PARSE_FAILED" || c == "GRAPHQL_VALIDATION_FAILED" {
					t.Fatalf("the probe wrote an invalid call, which would see nothing: %s: %+v", op.document, got.Errors)
				}
				if leaked(got.Data, op.field) {
					t.Errorf("%s called %s with %s %d (about person %v): got %s", name, op.field, w.table[target], target, w.owners[target], got.Data)
				}
			}
		}
		// A control: the same probe does see what is in scope, so it can tell a leak.
		if id != 0 {
			got := h.gql(viewers[name], `query($id: ID!) { node(id: $id) { __typename } }`, map[string]any{"id": strconv.Itoa(id)})
			if !leaked(got.Data, "node") {
				t.Errorf("control: %s cannot read themselves, so the probe could not see a leak: %s", name, got.Data)
			}
			controls++
		}
	}
	if after := snapshotWithout(t, h, probeIgnores...); !slices.Equal(before, after) {
		t.Errorf("the probe changed the database:\n%s", diffLines(before, after))
	}
	t.Logf("%d calls: %d viewers × %d operations × %d out-of-scope targets, from %d records; %d in-scope controls",
		calls, len(names), len(ops), probeRounds, len(w.table), controls)
	t.Logf("answers by code (\"\" is data without an error): %v", codes)
}

// world is who each record is about, and who may reach whom, read independently of the privacy
// policies under test: straight from the tables.
type world struct {
	table  map[int]string
	owners map[int][]int
	// orgOf is the organisation a request-derived record was made for, if an admin made it.
	orgOf     map[int]int
	role      map[int]user.Role
	status    map[int]user.Status
	adminOf   map[int]int
	employees map[int]map[int]bool
	// requestSubjects are, per organisation, the people its admins made requests for.
	requestSubjects map[int]map[int]bool
}

// ownedTables are the tables of records about a person, and the column naming them.
var ownedTables = map[string]string{
	"users": "id", "profiles": "user_id", "memberships": "user_id", "survey_answers": "user_id",
	"learning_records": "user_id", "financial_records": "user_id", "activity_events": "user_id",
	"consents": "user_id", "consent_events": "user_id", "communication_preferences": "user_id",
	"policy_acceptances": "user_id", "legal_holds": "user_id", "notifications": "user_id",
	"rights_requests": "subject_id", "audit_entries": "subject_id",
}

// viaRequest are the tables of records belonging to a rights request.
var viaRequest = []string{"request_events", "request_messages", "export_archives"}

func loadWorld(t *testing.T, h *harness) *world {
	t.Helper()
	db := h.portal.Store.DB
	w := &world{table: map[int]string{}, owners: map[int][]int{}, orgOf: map[int]int{}, role: map[int]user.Role{},
		status: map[int]user.Status{}, adminOf: map[int]int{}, employees: map[int]map[int]bool{}, requestSubjects: map[int]map[int]bool{}}
	scan := func(query string, fn func(a, b int)) {
		rows, err := db.Query(query)
		if err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		defer rows.Close()
		for rows.Next() {
			var a, b int
			if err := rows.Scan(&a, &b); err != nil {
				t.Fatal(err)
			}
			fn(a, b)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
	for table, column := range ownedTables {
		scan(fmt.Sprintf("SELECT id, %s FROM %s WHERE %s IS NOT NULL", column, table, column), func(id, person int) {
			w.table[id], w.owners[id] = table, []int{person}
		})
	}
	scan("SELECT id, organisation_id FROM rights_requests WHERE organisation_id IS NOT NULL", func(id, org int) {
		w.orgOf[id] = org
	})
	scan("SELECT subject_id, organisation_id FROM rights_requests WHERE organisation_id IS NOT NULL", func(person, org int) {
		if w.requestSubjects[org] == nil {
			w.requestSubjects[org] = map[int]bool{}
		}
		w.requestSubjects[org][person] = true
	})
	for _, table := range viaRequest {
		scan(fmt.Sprintf("SELECT x.id, r.subject_id FROM %s x JOIN rights_requests r ON r.id = x.request_id", table), func(id, person int) {
			w.table[id], w.owners[id] = table, []int{person}
		})
		scan(fmt.Sprintf("SELECT x.id, r.organisation_id FROM %s x JOIN rights_requests r ON r.id = x.request_id WHERE r.organisation_id IS NOT NULL", table), func(id, org int) {
			w.orgOf[id] = org
		})
	}
	ctx := viewer.SystemContext(context.Background())
	for _, u := range h.portal.Store.Client.User.Query().AllX(ctx) {
		w.role[u.ID], w.status[u.ID] = u.Role, u.Status
	}
	for _, m := range h.portal.Store.Client.Membership.Query().Where(membership.EndedAtIsNil()).AllX(ctx) {
		if m.Kind == membership.KindAdmin {
			w.adminOf[m.UserID] = m.OrganisationID
			continue
		}
		if w.employees[m.OrganisationID] == nil {
			w.employees[m.OrganisationID] = map[int]bool{}
		}
		w.employees[m.OrganisationID][m.UserID] = true
	}
	return w
}

// outsideScopeOf lists the records clearly outside viewer's scope (0: signed out): about someone
// else who is, for an employer admin, neither a current employee of their organisation nor the
// subject of a request it made, nor part of such a request.
func (w *world) outsideScopeOf(viewerID int) []int {
	var out []int
	for id, owners := range w.owners {
		if slices.Contains(owners, viewerID) {
			continue
		}
		if org, ok := w.adminOf[viewerID]; ok {
			if w.orgOf[id] == org || slices.ContainsFunc(owners, func(p int) bool {
				return w.employees[org][p] || w.requestSubjects[org][p]
			}) {
				continue
			}
		}
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// probeOp is one query or mutation, written out with the probe's ID in every ID argument.
type probeOp struct {
	field, document string
}

// operationsTakingIDs writes a call of every root field that takes an ID, with $id in each ID
// argument or input field and a plausible value in every other required one.
func operationsTakingIDs(t *testing.T) []probeOp {
	t.Helper()
	var sources []*ast.Source
	files, _ := filepath.Glob("../../graph/*.graphql*")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, &ast.Source{Name: f, Input: string(b)})
	}
	schema, err := gqlparser.LoadSchema(sources...)
	if err != nil {
		t.Fatalf("loading the schema: %v", err)
	}
	var ops []probeOp
	for _, root := range []*ast.Definition{schema.Query, schema.Mutation} {
		for _, f := range root.Fields {
			b := &argWriter{schema: schema}
			var args []string
			for _, a := range f.Arguments {
				if a.Name == "first" {
					args = append(args, "first: 10") // connections need a page size
					continue
				}
				if v, ok := b.value(a.Type, a.Type.NonNull); ok {
					args = append(args, a.Name+": "+v)
				}
			}
			if !b.usedID {
				continue
			}
			selection := ""
			if def := schema.Types[f.Type.Name()]; def.Kind == ast.Object || def.Kind == ast.Interface || def.Kind == ast.Union {
				selection = " { __typename }"
				// A bulk submission answers with a report even when it refuses every row: what
				// would leak is a row created.
				if def.Fields.ForName("created") != nil {
					selection = " { created }"
				}
			}
			keyword := "query"
			if root == schema.Mutation {
				keyword = "mutation"
			}
			ops = append(ops, probeOp{field: f.Name, document: fmt.Sprintf("%s($id: ID!) { %s(%s)%s }", keyword, f.Name, strings.Join(args, ", "), selection)})
		}
	}
	return ops
}

// argWriter writes argument values, $id for every ID.
type argWriter struct {
	schema *ast.Schema
	usedID bool
	depth  int
}

func (b *argWriter) value(typ *ast.Type, required bool) (string, bool) {
	if typ.Elem != nil {
		v, ok := b.value(typ.Elem, true)
		return "[" + v + "]", ok
	}
	switch typ.NamedType {
	case "ID":
		b.usedID = true
		return "$id", true
	case "String":
		return `"Probe text."`, required
	case "Int":
		return "1", required
	case "Float":
		return "1.0", required
	case "Boolean":
		return "false", required
	case "Time":
		return `"2026-01-01T00:00:00Z"`, required
	case "Date":
		return `"2000-01-01"`, required
	}
	def := b.schema.Types[typ.NamedType]
	switch def.Kind {
	case ast.Enum:
		return def.EnumValues[0].Name, required
	case ast.InputObject:
		if b.depth > 0 {
			return "", false // nested filters (not, and, or) repeat the outer ones
		}
		b.depth++
		defer func() { b.depth-- }()
		var fields []string
		for _, f := range def.Fields {
			if v, ok := b.value(f.Type, f.Type.NonNull); ok {
				fields = append(fields, f.Name+": "+v)
			}
		}
		return "{" + strings.Join(fields, ", ") + "}", required || len(fields) > 0
	}
	return "", false
}

// leaked reports whether the response holds anything at field: an object, or a list with any
// non-null element.
func leaked(data json.RawMessage, field string) bool {
	var body map[string]json.RawMessage
	if len(data) == 0 || json.Unmarshal(data, &body) != nil {
		return false
	}
	value := strings.TrimSpace(string(body[field]))
	if value == "" || value == "null" {
		return false
	}
	var report struct{ Created *int }
	if json.Unmarshal([]byte(value), &report) == nil && report.Created != nil {
		return *report.Created > 0
	}
	var list []json.RawMessage
	if json.Unmarshal([]byte(value), &list) == nil {
		return slices.ContainsFunc(list, func(e json.RawMessage) bool { return string(e) != "null" })
	}
	return true
}

func waitForIdleJobs(t *testing.T, h *harness) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for {
		// The sweep runs once when the portal starts; then nothing should be under way.
		var swept, busy int
		err := h.portal.Store.DB.QueryRow("SELECT count(*) FROM river_job WHERE kind = 'retention.sweep' AND state = 'completed'").Scan(&swept)
		if err == nil {
			err = h.portal.Store.DB.QueryRow("SELECT count(*) FROM river_job WHERE state IN ('available', 'running', 'retryable')").Scan(&busy)
		}
		if err == nil && swept > 0 && busy == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("background jobs still busy after a minute (%d, %v)", busy, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func snapshotWithout(t *testing.T, h *harness, prefixes ...string) []string {
	t.Helper()
	var out []string
	for _, line := range erasuretest.Snapshot(t, h.portal.Store) {
		if !slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(line, p) }) {
			out = append(out, line)
		}
	}
	return out
}

func diffLines(before, after []string) string {
	var sb strings.Builder
	for _, l := range before {
		if !slices.Contains(after, l) {
			sb.WriteString("- " + l + "\n")
		}
	}
	for _, l := range after {
		if !slices.Contains(before, l) {
			sb.WriteString("+ " + l + "\n")
		}
	}
	return sb.String()
}
