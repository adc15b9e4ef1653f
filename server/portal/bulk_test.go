package portal_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/viewer"
)

const bulkMutation = `mutation($in: SubmitRequestsInput!) { submitRequests(input: $in) {
  created refused rows { subjectID email outcome message request { id type subject { email } } } } }`

type bulkResult struct {
	SubmitRequests struct {
		Created, Refused int
		Rows             []struct {
			SubjectID *string
			Email     *string
			Outcome   string
			Message   string
			Request   *struct{ ID string }
		}
	}
}

func (h *harness) submitMany(t *testing.T, email string, in map[string]any) (bulkResult, gqlResponse) {
	t.Helper()
	client := h.as(email)
	client.Timeout = 2 * time.Minute // a thousand rows under the race detector
	got := h.gql(client, bulkMutation, map[string]any{"in": in})
	var out bulkResult
	if got.code() == "" {
		if err := json.Unmarshal(got.Data, &out); err != nil {
			t.Fatal(err)
		}
	}
	return out, got
}

// Each row is reported, and a refused row leaves no trace while the others go ahead.
func TestBulkSubmissionReportsEachRow(t *testing.T) {
	h := start(t)
	ctx := viewer.SystemContext(context.Background())
	// Tom already has an open erasure request, so his row is a duplicate.
	if _, got := h.submit(t, "admin@acme.example", map[string]any{"type": "ERASURE", "subjectID": strconv.Itoa(h.ids["tom.baker@acme.example"])}); got.code() != "" {
		t.Fatalf("setup: %+v", got.Errors)
	}
	before, _ := h.portal.Store.Client.RightsRequest.Query().Count(ctx)
	out, got := h.submitMany(t, "admin@acme.example", map[string]any{
		"type":       "ERASURE",
		"subjectIDs": []string{strconv.Itoa(h.ids["grace.okafor@acme.example"])},
		"emails": []string{"LIAM.MURPHY@acme.example", "tom.baker@acme.example", "omar.haddad@brightside.example",
			"nobody@nowhere.example", "nina.ford@acme.example", "not-an-address", " "},
		"description": "Leavers, March.",
	})
	if got.code() != "" {
		t.Fatalf("submitRequests: %+v", got.Errors)
	}
	want := []string{"CREATED", "CREATED", "DUPLICATE", "NOT_IN_ORGANISATION", "NOT_IN_ORGANISATION", "NOT_IN_ORGANISATION", "INVALID"}
	r := out.SubmitRequests
	if r.Created != 2 || r.Refused != 5 || len(r.Rows) != len(want) {
		t.Fatalf("result: %+v", r)
	}
	for i, row := range r.Rows {
		if row.Outcome != want[i] || (row.Outcome == "CREATED") != (row.Request != nil) || row.Message == "" {
			t.Errorf("row %d: %+v, want %s", i, row, want[i])
		}
	}
	if r.Rows[3].SubjectID != nil {
		t.Errorf("another organisation's employee is identified to the admin: %v", *r.Rows[3].SubjectID)
	}
	after, _ := h.portal.Store.Client.RightsRequest.Query().Count(ctx)
	if after != before+2 {
		t.Errorf("%d requests were created, want 2", after-before)
	}
	// The employee is emailed that their employer asked on their behalf.
	if n, _ := h.portal.Store.Client.Notification.Query().Where(notification.UserID(h.ids["liam.murphy@acme.example"]),
		notification.KindEQ(notification.KindRequestReceived)).Count(ctx); n != 1 {
		t.Errorf("Liam was emailed %d times, want once", n)
	}
	for _, tt := range []struct {
		in   map[string]any
		code string
	}{
		{map[string]any{"type": "ACCESS"}, "VALIDATION"},
		{map[string]any{"type": "ACCESS", "emails": make([]string, 1001)}, "VALIDATION"},
	} {
		if _, got := h.submitMany(t, "admin@acme.example", tt.in); got.code() != tt.code {
			t.Errorf("%v: %q, want %s", tt.in["emails"] != nil, got.code(), tt.code)
		}
	}
}

// An organisation's thousand leavers in one request, each reported.
func TestBulkSubmissionOfAThousandEmployees(t *testing.T) {
	if testing.Short() {
		t.Skip("creates 1,000 employees")
	}
	h := start(t)
	ctx := viewer.SystemContext(context.Background())
	client := h.portal.Store.Client
	acme := client.Membership.Query().Where(membership.UserID(h.ids["admin@acme.example"])).OnlyX(ctx).OrganisationID
	emails := make([]string, 1000)
	users := make([]*ent.UserCreate, len(emails))
	for i := range emails {
		emails[i] = fmt.Sprintf("leaver%04d@acme.example", i)
		users[i] = client.User.Create().SetOidcIssuer("https://idp.test").SetOidcSubject(emails[i]).SetEmail(emails[i]).SetRole(user.RoleLearner)
	}
	created := client.User.CreateBulk(users...).SaveX(ctx)
	members := make([]*ent.MembershipCreate, len(created))
	for i, u := range created {
		members[i] = client.Membership.Create().SetUserID(u.ID).SetOrganisationID(acme).SetKind(membership.KindEmployee).SetStartedAt(time.Now())
	}
	client.Membership.CreateBulk(members...).ExecX(ctx)

	started := time.Now()
	out, got := h.submitMany(t, "admin@acme.example", map[string]any{"type": "ERASURE", "emails": emails, "description": "Offboarding."})
	if got.code() != "" {
		t.Fatalf("submitRequests: %+v", got.Errors)
	}
	t.Logf("1,000 erasure requests in one submission: %s", time.Since(started))
	if r := out.SubmitRequests; r.Created != 1000 || r.Refused != 0 || len(r.Rows) != 1000 {
		t.Fatalf("created %d, refused %d, rows %d", r.Created, r.Refused, len(r.Rows))
	}
	if n := client.RightsRequest.Query().Where(rightsrequest.OrganisationID(acme), rightsrequest.TypeEQ(rightsrequest.TypeErasure)).CountX(ctx); n < 1000 {
		t.Errorf("%d erasure requests stored for the organisation", n)
	}
}
