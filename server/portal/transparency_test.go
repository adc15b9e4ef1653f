package portal_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// An employee sees which admin made a request for them, and their admin's reads of their data
// by name in "Who accessed my data"; their own requests name no one.
func TestEmployeeSeesTheirAdminByName(t *testing.T) {
	h := start(t)
	const grace = "grace.okafor@acme.example"
	if _, got := h.submit(t, acmeAdmin, map[string]any{"type": "ACCESS", "subjectID": strconv.Itoa(h.ids[grace])}); got.code() != "" {
		t.Fatalf("the admin's request: %+v", got.Errors)
	}
	if _, got := h.submit(t, grace, map[string]any{"type": "RECTIFICATION", "rectificationField": "name", "rectificationValue": "Grace O."}); got.code() != "" {
		t.Fatalf("Grace's own request: %+v", got.Errors)
	}
	if got := h.gql(h.as(acmeAdmin), `{ me { organisation { employees(search: "okafor", first: 5) { rows { email } } } } }`, nil); got.code() != "" {
		t.Fatalf("the admin's directory: %+v", got.Errors)
	}

	got := h.gql(h.as(grace), `{
  myRequests(first: 10) { edges { node { type submitterName } } }
  me { accessLog(first: 100) { edges { node { actorRole actorName } } } } }`, nil)
	if got.code() != "" {
		t.Fatalf("Grace's view: %+v", got.Errors)
	}
	var view struct {
		MyRequests struct {
			Edges []struct {
				Node struct {
					Type          string
					SubmitterName *string
				}
			}
		}
		Me struct {
			AccessLog struct {
				Edges []struct {
					Node struct{ ActorRole, ActorName string }
				}
			}
		}
	}
	if err := json.Unmarshal(got.Data, &view); err != nil {
		t.Fatal(err)
	}
	submitters := map[string]string{}
	for _, e := range view.MyRequests.Edges {
		submitters[e.Node.Type] = "(herself)"
		if e.Node.SubmitterName != nil {
			submitters[e.Node.Type] = *e.Node.SubmitterName
		}
	}
	if want := map[string]string{"ACCESS": "Adam Admin (Acme Ltd)", "RECTIFICATION": "(herself)"}; len(submitters) != 2 ||
		submitters["ACCESS"] != want["ACCESS"] || submitters["RECTIFICATION"] != want["RECTIFICATION"] {
		t.Errorf("submitters %v, want %v", submitters, want)
	}
	// Only the subject is told: the admin who made it reads null, as would any other viewer.
	adminView := h.gql(h.as(acmeAdmin), `{ myRequests(first: 50) { edges { node { subject { email } submitterName } } } }`, nil)
	if adminView.code() != "" || !strings.Contains(string(adminView.Data), grace) || strings.Contains(string(adminView.Data), "Adam Admin") {
		t.Errorf("the admin's view of the request: %s %+v", adminView.Data, adminView.Errors)
	}
	admins := 0
	for _, e := range view.Me.AccessLog.Edges {
		if e.Node.ActorRole != "EMPLOYER_ADMIN" {
			continue
		}
		admins++
		if e.Node.ActorName != "Adam Admin" {
			t.Errorf("an access by her admin is shown as %q", e.Node.ActorName)
		}
	}
	if admins == 0 {
		t.Errorf("no access by her admin in %+v", view.Me.AccessLog.Edges)
	}
}
