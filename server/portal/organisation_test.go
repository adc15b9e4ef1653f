package portal_test

import (
	"context"
	"encoding/json"
	"strconv"
	"testing"

	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/viewer"
)

// Staff create a customer, appoint its admin and move people in and out; the admin's reach
// follows at once, and an employee's history stays when they leave.
func TestStaffManageOrganisationsAndAdmins(t *testing.T) {
	h := start(t)
	staff := h.as(dpo)
	create := `mutation($name: String!) { createOrganisation(name: $name) { id name } }`
	got := h.gql(staff, create, map[string]any{"name": "  Northwind Training Ltd "})
	var created struct{ CreateOrganisation struct{ ID, Name string } }
	if err := json.Unmarshal(got.Data, &created); err != nil || got.code() != "" || created.CreateOrganisation.Name != "Northwind Training Ltd" {
		t.Fatalf("createOrganisation: %s %+v", got.Data, got.Errors)
	}
	org := created.CreateOrganisation.ID
	for _, tt := range []struct {
		name, code string
		as         string
	}{
		{"NORTHWIND training ltd", "ORGANISATION_NAME_TAKEN", dpo},
		{"   ", "VALIDATION", dpo},
		{"Learner's Own Ltd", "FORBIDDEN", learner},
		{"Admin's Other Ltd", "FORBIDDEN", "admin@acme.example"},
	} {
		if got := h.gql(h.as(tt.as), create, map[string]any{"name": tt.name}); got.code() != tt.code {
			t.Errorf("%s creating %q: %q, want %s", tt.as, tt.name, got.code(), tt.code)
		}
	}

	const employee, newAdmin = "ellen.jones@example.net", "ravi.patel@example.com"
	ids := func(email string) string { return strconv.Itoa(h.ids[email]) }
	move := `mutation($u: ID!, $o: ID) { moveToOrganisation(userID: $u, organisationID: $o) { organisation { name } } }`
	if got := h.gql(staff, move, map[string]any{"u": ids(employee), "o": org}); !contains(string(got.Data), "Northwind Training Ltd") {
		t.Fatalf("moving into the organisation: %s %+v", got.Data, got.Errors)
	}
	add := `mutation($o: ID!, $u: ID!) { addEmployerAdmin(organisationID: $o, userID: $u) { kind organisation { name } } }`
	if got := h.gql(staff, add, map[string]any{"o": org, "u": ids(newAdmin)}); got.code() != "" || !contains(string(got.Data), `"kind":"ADMIN"`) {
		t.Fatalf("adding an admin: %s %+v", got.Data, got.Errors)
	}
	if got := h.gql(staff, add, map[string]any{"o": org, "u": ids("admin@acme.example")}); got.code() != "ADMIN_OF_ANOTHER_ORGANISATION" {
		t.Errorf("appointing another organisation's admin: %q", got.code())
	}
	if got := h.gql(staff, add, map[string]any{"o": org, "u": ids(dpo)}); got.code() != "ROLE_NOT_ALLOWED" {
		t.Errorf("appointing staff: %q", got.code())
	}
	if got := h.gql(h.as("admin@acme.example"), add, map[string]any{"o": org, "u": ids("tom.baker@acme.example")}); got.code() != "FORBIDDEN" {
		t.Errorf("an admin appointing admins: %q", got.code())
	}

	sees := func(client string, email string) bool {
		got := h.gql(h.as(client), `query($id: ID!) { node(id: $id) { ... on User { email } } }`, map[string]any{"id": ids(email)})
		return contains(string(got.Data), email)
	}
	if !sees(newAdmin, employee) || sees("admin@acme.example", employee) {
		t.Errorf("the new admin should see their employee, and Acme's admin should not")
	}
	remove := `mutation($o: ID!, $u: ID!) { removeEmployerAdmin(organisationID: $o, userID: $u) { role } }`
	if got := h.gql(staff, remove, map[string]any{"o": org, "u": ids(newAdmin)}); !contains(string(got.Data), `"role":"LEARNER"`) {
		t.Fatalf("removing the admin: %s %+v", got.Data, got.Errors)
	}
	if sees(newAdmin, employee) {
		t.Error("a removed admin still sees the organisation's employee")
	}
	if got := h.gql(staff, remove, map[string]any{"o": org, "u": ids(newAdmin)}); got.code() != "NOT_AN_ADMIN" {
		t.Errorf("removing twice: %q", got.code())
	}

	if got := h.gql(staff, move, map[string]any{"u": ids(employee), "o": nil}); got.code() != "" || !contains(string(got.Data), `"organisation":null`) {
		t.Fatalf("leaving the organisation: %s %+v", got.Data, got.Errors)
	}
	ctx := viewer.SystemContext(context.Background())
	history, err := h.portal.Store.Client.Membership.Query().Where(membership.UserID(h.ids[employee])).All(ctx)
	if err != nil || len(history) != 1 || history[0].EndedAt == nil {
		t.Errorf("the employee's membership history: %+v %v", history, err)
	}
	if u, _ := h.portal.Store.Client.User.Get(ctx, h.ids[newAdmin]); u.Role != user.RoleLearner {
		t.Errorf("the removed admin's role is %s", u.Role)
	}
}
