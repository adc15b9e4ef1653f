package portal_test

import (
	"context"
	"encoding/json"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/server/deadline"
	"github.com/learnerportal/portal/server/viewer"
)

type queueRow struct {
	ID, Type, State string
	DueAt           time.Time
	Overdue         bool
	DueSoon         bool
	Organisation    *struct{ Name string }
}

func (h *harness) queue(t *testing.T, filter map[string]any) (rows []queueRow, total int) {
	t.Helper()
	got := h.gql(h.as(dpo), `query($f: RequestQueueFilter) { requestQueue(first: 100, filter: $f) { totalCount
	  edges { node { id type state dueAt overdue dueSoon organisation { name } } } } }`, map[string]any{"f": filter})
	if got.code() != "" {
		t.Fatalf("queue: %+v", got.Errors)
	}
	var data struct {
		RequestQueue struct {
			TotalCount int
			Edges      []struct{ Node queueRow }
		}
	}
	if err := json.Unmarshal(got.Data, &data); err != nil {
		t.Fatal(err)
	}
	for _, e := range data.RequestQueue.Edges {
		rows = append(rows, e.Node)
	}
	return rows, data.RequestQueue.TotalCount
}

func TestStaffQueueOrdersFiltersAndCounts(t *testing.T) {
	h := start(t)
	ctx := viewer.SystemContext(context.Background())
	clock := deadline.New(deadline.EnglandAndWales)
	// One request long overdue, received 45 days ago and never extended.
	received := time.Now().AddDate(0, 0, -45)
	if err := h.portal.Store.Client.RightsRequest.Create().SetSubjectID(h.ids["chloe.evans@brightside.example"]).
		SetSubmittedByID(h.ids["chloe.evans@brightside.example"]).SetType(rightsrequest.TypeRestriction).
		SetOpenType("RESTRICTION").SetReceivedAt(received).SetDueAt(clock.Due(received, 0, 0)).Exec(ctx); err != nil {
		t.Fatal(err)
	}

	rows, total := h.queue(t, nil)
	if total != len(rows) || total < 4 {
		t.Fatalf("open queue: %d rows, totalCount %d", len(rows), total)
	}
	if !sort.SliceIsSorted(rows, func(i, j int) bool { return rows[i].DueAt.Before(rows[j].DueAt) }) {
		t.Errorf("queue not in due-date order: %+v", rows)
	}
	for _, r := range rows {
		if r.State == "COMPLETED" || r.State == "REJECTED" || r.State == "CANCELLED" {
			t.Errorf("closed request %s in the open queue", r.ID)
		}
	}
	if !rows[0].Overdue || rows[0].Type != "RESTRICTION" {
		t.Errorf("the overdue request is not first: %+v", rows[0])
	}

	overdue, _ := h.queue(t, map[string]any{"overdue": true})
	if len(overdue) != 1 || overdue[0].Type != "RESTRICTION" {
		t.Errorf("overdue filter: %+v", overdue)
	}
	erasures, _ := h.queue(t, map[string]any{"types": []string{"ERASURE"}})
	for _, r := range erasures {
		if r.Type != "ERASURE" {
			t.Errorf("type filter returned %s", r.Type)
		}
	}
	byAdmins, _ := h.queue(t, map[string]any{"submittedBy": "EMPLOYER_ADMIN"})
	if len(byAdmins) == 0 {
		t.Error("no requests submitted by employer admins")
	}
	for _, r := range byAdmins {
		if r.Organisation == nil {
			t.Errorf("request %s without an organisation under EMPLOYER_ADMIN", r.ID)
		}
	}
	completed, _ := h.queue(t, map[string]any{"states": []string{"COMPLETED"}})
	if len(completed) != 2 {
		t.Errorf("completed filter: %d rows, want the 2 seeded", len(completed))
	}

	figures := h.gql(h.as(dpo), `{ requestFigures { total { open overdue dueSoon completedThisMonth medianDaysToClose }
	  byType { type figures { open overdue } } } }`, nil)
	var f struct {
		RequestFigures struct {
			Total struct {
				Open, Overdue, DueSoon, CompletedThisMonth int
				MedianDaysToClose                          *float64
			}
			ByType []struct {
				Type    string
				Figures struct{ Open, Overdue int }
			}
		}
	}
	if err := json.Unmarshal(figures.Data, &f); err != nil || figures.code() != "" {
		t.Fatalf("figures: %s %+v", figures.Data, figures.Errors)
	}
	tot := f.RequestFigures.Total
	if tot.Open != total || tot.Overdue != 1 || tot.CompletedThisMonth != 0 || tot.MedianDaysToClose == nil || *tot.MedianDaysToClose != 2 {
		t.Errorf("figures: %+v (median %v), want open %d, overdue 1, none completed this month, median 2 days", tot, tot.MedianDaysToClose, total)
	}
	sum := 0
	for _, bt := range f.RequestFigures.ByType {
		sum += bt.Figures.Open
		if bt.Type == "RESTRICTION" && bt.Figures.Overdue != 1 {
			t.Errorf("RESTRICTION figures: %+v", bt.Figures)
		}
	}
	if sum != tot.Open {
		t.Errorf("per-type open counts add up to %d, total %d", sum, tot.Open)
	}
}

func TestMyRequestsAreTheViewersOwnAndSubmitted(t *testing.T) {
	h := start(t)
	for email, wantSubjects := range map[string][]string{
		learner:   {learner},
		acmeAdmin: {acmeStaff, "nina.ford@acme.example"},
		brightEmp: {brightEmp},
	} {
		got := h.gql(h.as(email), `{ myRequests(first: 50) { edges { node { subject { email } submittedBy { email } } } } }`, nil)
		if got.code() != "" {
			t.Fatalf("%s: %+v", email, got.Errors)
		}
		for _, want := range wantSubjects {
			if !contains(string(got.Data), strconv.Quote(want)) {
				t.Errorf("%s's requests lack %s: %s", email, want, got.Data)
			}
		}
	}
	for _, v := range []string{learner, acmeAdmin} {
		for _, q := range []string{`{ requestQueue(first: 10) { totalCount } }`, `{ requestFigures { total { open } } }`} {
			if got := h.gql(h.as(v), q, nil); got.code() != "FORBIDDEN" {
				t.Errorf("%s ran %s: %q", v, q, got.code())
			}
		}
	}
}
