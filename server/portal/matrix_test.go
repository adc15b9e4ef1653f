package portal_test

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"testing"

	"github.com/learnerportal/portal/ent/auditentry"
	"github.com/learnerportal/portal/ent/communicationpreference"
	"github.com/learnerportal/portal/ent/consent"
	"github.com/learnerportal/portal/ent/consentevent"
	"github.com/learnerportal/portal/ent/profile"
	"github.com/learnerportal/portal/server/viewer"
)

// The people of the matrix, from the demo data: each row of a case is one viewer, each column
// one person whose data the viewer reaches for.
const (
	learner   = "learner@example.com"            // independent learner
	otherOne  = "ravi.patel@example.com"         // another independent learner
	acmeAdmin = "admin@acme.example"             // employer admin of Acme Ltd
	acmeStaff = "priya.shah@acme.example"        // employee of Acme Ltd
	brightAdm = "admin@brightside.example"       // employer admin of Brightside Learning Trust
	brightEmp = "omar.haddad@brightside.example" // employee of Brightside Learning Trust
	dpo       = "dpo@provider.example"           // provider staff
	anonymous = ""
)

var viewers = []string{anonymous, learner, acmeStaff, acmeAdmin, brightAdm, dpo}
var targets = []string{learner, otherOne, acmeStaff, acmeAdmin, brightEmp, dpo}

// reach says whether viewer may read target's data: themselves; an admin, their organisation's
// current employees; staff, everyone.
func reach(viewer, target string) bool {
	switch {
	case viewer == anonymous:
		return false
	case viewer == dpo || viewer == target:
		return true
	case viewer == acmeAdmin:
		return target == acmeStaff
	case viewer == brightAdm:
		return target == brightEmp
	}
	return false
}

// writable says whether viewer may change target's profile: themselves, or staff.
func writable(viewer, target string) bool {
	return viewer != anonymous && (viewer == target || viewer == dpo)
}

type matrix struct {
	h        *harness
	browsers map[string]*http.Client
}

func newMatrix(t *testing.T) *matrix {
	h := start(t)
	m := &matrix{h: h, browsers: map[string]*http.Client{anonymous: h.browser()}}
	for _, v := range viewers[1:] {
		m.browsers[v] = h.as(v)
	}
	return m
}

func (m *matrix) profileID(email string) int {
	p, err := m.h.portal.Store.Client.Profile.Query().Where(profile.UserID(m.h.ids[email])).
		Only(viewer.SystemContext(context.Background()))
	if err != nil {
		m.h.t.Fatal(err)
	}
	return p.ID
}

func name(email string) string {
	if email == "" {
		return "anonymous"
	}
	return email
}

func TestDenyMatrixReads(t *testing.T) {
	m := newMatrix(t)
	reads := []struct {
		name  string
		query string
		id    func(target string) int
	}{
		{"node(User)", `query($id: ID!) { node(id: $id) { id ... on User { email } } }`, func(e string) int { return m.h.ids[e] }},
		{"node(Profile)", `query($id: ID!) { node(id: $id) { id ... on Profile { lastName } } }`, m.profileID},
		{"nodes(User)", `query($id: ID!) { nodes(ids: [$id]) { id ... on User { email } } }`, func(e string) int { return m.h.ids[e] }},
	}
	for _, r := range reads {
		for _, v := range viewers {
			for _, target := range targets {
				t.Run(fmt.Sprintf("%s/%s/%s", r.name, name(v), target), func(t *testing.T) {
					got := m.h.gql(m.browsers[v], r.query, map[string]any{"id": strconv.Itoa(r.id(target))})
					allowed := reach(v, target)
					switch {
					case v == anonymous && got.code() != "UNAUTHENTICATED":
						t.Errorf("anonymous: code %q, want UNAUTHENTICATED", got.code())
					case v != anonymous && allowed && (got.code() != "" || !contains(string(got.Data), strconv.Itoa(r.id(target)))):
						t.Errorf("may read: got %s %+v", got.Data, got.Errors)
					case v != anonymous && !allowed && (got.code() != "NOT_FOUND" || contains(string(got.Data), strconv.Itoa(r.id(target)))):
						t.Errorf("may not read: code %q, data %s, want NOT_FOUND and nothing", got.code(), got.Data)
					}
				})
			}
		}
	}
}

func TestDenyMatrixStaffConnections(t *testing.T) {
	m := newMatrix(t)
	for _, query := range []string{
		`{ users(first: 50) { totalCount edges { node { email } } } }`,
		`{ organisations(first: 50) { totalCount edges { node { name } } } }`,
	} {
		for _, v := range viewers {
			t.Run(fmt.Sprintf("%s/%s", query[2:7], name(v)), func(t *testing.T) {
				got := m.h.gql(m.browsers[v], query, nil)
				want := map[string]string{anonymous: "UNAUTHENTICATED", dpo: ""}[v]
				if _, listed := map[string]bool{anonymous: true, dpo: true}[v]; !listed {
					want = "FORBIDDEN"
				}
				if got.code() != want {
					t.Fatalf("code %q (%s), want %q", got.code(), got.Data, want)
				}
				if want == "" && !contains(string(got.Data), "totalCount") {
					t.Errorf("staff got no list: %s", got.Data)
				}
			})
		}
	}
}

func TestDenyMatrixUpdateProfile(t *testing.T) {
	m := newMatrix(t)
	const mutation = `mutation($id: ID, $town: String!) { updateProfile(userID: $id, input: {town: $town}) { town } }`
	for _, v := range viewers {
		for _, target := range targets {
			t.Run(fmt.Sprintf("%s/%s", name(v), target), func(t *testing.T) {
				town := "Town set by " + name(v)
				got := m.h.gql(m.browsers[v], mutation, map[string]any{"id": strconv.Itoa(m.h.ids[target]), "town": town})
				stored, err := m.h.portal.Store.Client.Profile.Get(viewer.SystemContext(context.Background()), m.profileID(target))
				if err != nil {
					t.Fatal(err)
				}
				switch {
				case writable(v, target):
					if got.code() != "" || stored.Town != town {
						t.Errorf("may write: %+v; stored town %q", got.Errors, stored.Town)
					}
				case v == anonymous:
					if got.code() != "UNAUTHENTICATED" || stored.Town == town {
						t.Errorf("anonymous: code %q, stored town %q", got.code(), stored.Town)
					}
				default:
					if (got.code() != "NOT_FOUND" && got.code() != "FORBIDDEN") || stored.Town == town {
						t.Errorf("may not write: code %q, stored town %q", got.code(), stored.Town)
					}
				}
			})
		}
	}
}

// Reads of someone else's data leave an audit entry naming who read, in which role and for which
// organisation; reading your own data leaves none.
func TestReadsOfOthersAreAudited(t *testing.T) {
	m := newMatrix(t)
	ctx := viewer.SystemContext(context.Background())
	entries := func(subject string) map[string]int {
		list, err := m.h.portal.Store.Client.AuditEntry.Query().
			Where(auditentry.SubjectID(m.h.ids[subject]), auditentry.ActionEQ(auditentry.ActionRead)).All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, e := range list {
			out[fmt.Sprintf("%s/%s", e.ActorRole, e.Entity)]++
			if e.ActorRole == "EMPLOYER_ADMIN" && (e.ActorOrganisationID == nil || e.RequestID == "") {
				t.Errorf("admin entry lacks its organisation or request ID: %+v", e)
			}
		}
		return out
	}
	if got := entries(acmeStaff); len(got) != 0 {
		t.Fatalf("audit before any read: %v", got)
	}
	m.h.gql(m.browsers[acmeStaff], `{ me { email displayName } }`, nil)
	if got := entries(acmeStaff); len(got) != 0 {
		t.Errorf("reading your own data was audited: %v", got)
	}
	query := `query($id: ID!) { node(id: $id) { ... on User { email displayName } } }`
	vars := map[string]any{"id": strconv.Itoa(m.h.ids[acmeStaff])}
	m.h.gql(m.browsers[acmeAdmin], query, vars)
	m.h.gql(m.browsers[dpo], query, vars)
	got := entries(acmeStaff)
	for _, want := range []string{"EMPLOYER_ADMIN/User", "EMPLOYER_ADMIN/Profile", "STAFF/User", "STAFF/Profile"} {
		if got[want] != 1 {
			t.Errorf("audit entries %v: want one %s", got, want)
		}
	}
}

// A filter cannot reach across edges to test another person's data.
func TestFiltersCannotReachOtherPeople(t *testing.T) {
	h := start(t)
	got := h.gql(h.as(learner), `{ me { learningRecords(first: 1, where: {hasUserWith: {hasProfileWith: {phone: "07700 900163"}}}) { totalCount } } }`, nil)
	if got.code() != "GRAPHQL_VALIDATION_FAILED" {
		t.Fatalf("edge filter: code %q, data %s", got.code(), got.Data)
	}
}

// A learner reaches no one else's preferences, consents or access log, by ID or by query, and
// the account mutations act only on the signed-in person.
func TestLearnersCannotReachOthersChoices(t *testing.T) {
	h := start(t)
	ctx := viewer.SystemContext(context.Background())
	ravi := h.ids[otherOne]
	pref, err := h.portal.Store.Client.CommunicationPreference.Query().Where(communicationpreference.UserID(ravi)).First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cons, err := h.portal.Store.Client.Consent.Query().Where(consent.UserID(ravi)).First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Staff read Ravi's profile, which writes an audit entry about him.
	h.gql(h.as(dpo), `query($id: ID!) { node(id: $id) { ... on User { email } } }`, map[string]any{"id": strconv.Itoa(ravi)})
	entry, err := h.portal.Store.Client.AuditEntry.Query().Where(auditentry.SubjectID(ravi)).First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	lucy := h.as(learner)
	for name, id := range map[string]int{"preference": pref.ID, "consent": cons.ID, "audit entry": entry.ID} {
		got := h.gql(lucy, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": strconv.Itoa(id)})
		if got.code() != "NOT_FOUND" || contains(string(got.Data), strconv.Itoa(id)) {
			t.Errorf("Lucy reading Ravi's %s: code %q, data %s", name, got.code(), got.Data)
		}
	}
	got := h.gql(lucy, `{ me { accessLog(first: 50) { edges { node { subject { email } } } } } }`, nil)
	if contains(string(got.Data), otherOne) {
		t.Errorf("Lucy's access log shows Ravi: %s", got.Data)
	}
	// Changing a preference changes Lucy's, never Ravi's.
	before, _ := h.portal.Store.Client.ConsentEvent.Query().Where(consentevent.UserID(ravi)).Count(ctx)
	if r := h.gql(lucy, `mutation { unsubscribeFromAllMarketing { enabled } }`, nil); r.code() != "" {
		t.Fatal(r.Errors)
	}
	after, _ := h.portal.Store.Client.ConsentEvent.Query().Where(consentevent.UserID(ravi)).Count(ctx)
	if after != before {
		t.Errorf("Lucy's unsubscribe wrote %d entries in Ravi's ledger", after-before)
	}
}
