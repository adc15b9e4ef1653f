package portal_test

import (
	"encoding/json"
	"testing"
)

func TestEmployeeDirectoryForTheAdminOnly(t *testing.T) {
	h := start(t)
	query := `query($search: String) { me { organisation { name employees(search: $search, first: 2, orderBy: {field: NAME, direction: ASC}) {
	  rows { email name openRequests lastActivityAt } endCursor hasNextPage totalCount } } } }`
	got := h.gql(h.as("admin@acme.example"), query, nil)
	var page struct {
		Me struct {
			Organisation struct {
				Employees struct {
					Rows        []struct{ Email string }
					EndCursor   string
					HasNextPage bool
					TotalCount  int
				}
			}
		}
	}
	if err := json.Unmarshal(got.Data, &page); err != nil || got.code() != "" {
		t.Fatalf("directory: %s %+v", got.Data, got.Errors)
	}
	e := page.Me.Organisation.Employees
	// Acme's current employees: Priya, Tom, Grace and Liam (Nina has left).
	if e.TotalCount != 4 || len(e.Rows) != 2 || !e.HasNextPage || e.EndCursor == "" {
		t.Errorf("first page: %+v", e)
	}
	if contains(string(got.Data), "nina.ford") {
		t.Error("a former employee is listed")
	}
	searched := h.gql(h.as("admin@acme.example"), query, map[string]any{"search": "okafor"})
	if !contains(string(searched.Data), "grace.okafor@acme.example") || !contains(string(searched.Data), `"totalCount":1`) {
		t.Errorf("search: %s", searched.Data)
	}
	if got := h.gql(h.as("priya.shah@acme.example"), query, nil); got.code() != "FORBIDDEN" {
		t.Errorf("an employee reading the directory: %q %s", got.code(), got.Data)
	}
}
