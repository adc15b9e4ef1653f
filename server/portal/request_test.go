package portal_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/ent/requestevent"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/server/viewer"
)

const submitMutation = `mutation($in: SubmitRequestInput!) { submitRequest(input: $in) {
  id type state dueAt receivedAt possiblyRepetitive availableActions subject { email } } }`

type submitted struct {
	SubmitRequest struct {
		ID, Type, State    string
		DueAt, ReceivedAt  time.Time
		PossiblyRepetitive bool
		AvailableActions   []string
	}
}

func (h *harness) submit(t *testing.T, email string, in map[string]any) (submitted, gqlResponse) {
	t.Helper()
	got := h.gql(h.as(email), submitMutation, map[string]any{"in": in})
	var out submitted
	if got.code() == "" {
		if err := json.Unmarshal(got.Data, &out); err != nil {
			t.Fatal(err)
		}
	}
	return out, got
}

func TestSubmitRecordsTimelineNotificationsAndRefusesDuplicates(t *testing.T) {
	h := start(t)
	out, got := h.submit(t, "ellen.jones@example.net", map[string]any{"type": "PORTABILITY", "description": "Please send my records to my new employer.", "portabilityRecipient": "Northern Training Ltd"})
	if got.code() != "" {
		t.Fatalf("submit: %+v", got.Errors)
	}
	r := out.SubmitRequest
	if r.State != "SUBMITTED" || r.Type != "PORTABILITY" || !r.DueAt.After(r.ReceivedAt.AddDate(0, 0, 27)) || fmt.Sprint(r.AvailableActions) != "[CANCEL]" {
		t.Errorf("submitted request: %+v", r)
	}
	id, _ := strconv.Atoi(r.ID)
	ctx := viewer.SystemContext(context.Background())
	events, _ := h.portal.Store.Client.RequestEvent.Query().Where(requestevent.RequestID(id)).All(ctx)
	if len(events) != 1 || events[0].ToState != "SUBMITTED" || events[0].ActorRole != "SELF" {
		t.Errorf("timeline: %+v", events)
	}
	notes, _ := h.portal.Store.Client.Notification.Query().Where(notification.RequestID(id)).All(ctx)
	if len(notes) != 1 || notes[0].ToAddress != "ellen.jones@example.net" || notes[0].Kind != notification.KindRequestReceived {
		t.Errorf("notifications: %+v", notes)
	}
	_, dup := h.submit(t, "ellen.jones@example.net", map[string]any{"type": "PORTABILITY"})
	if dup.code() != "DUPLICATE_REQUEST" {
		t.Errorf("second open PORTABILITY request: code %q", dup.code())
	}
	_, other := h.submit(t, "ellen.jones@example.net", map[string]any{"type": "ACCESS"})
	if other.code() != "" {
		t.Errorf("a request of another type: %+v", other.Errors)
	}
}

func TestSubmitValidatesAndScopes(t *testing.T) {
	h := start(t)
	tests := []struct {
		name, viewer string
		in           map[string]any
		code         string
	}{
		{"rectification without the correct value", learner, map[string]any{"type": "RECTIFICATION", "rectificationField": "certificate name"}, "VALIDATION"},
		{"objection without the processing", learner, map[string]any{"type": "OBJECTION"}, "VALIDATION"},
		{"learner for someone else", learner, map[string]any{"type": "ACCESS", "subjectID": strconv.Itoa(h.ids[otherOne])}, "FORBIDDEN"},
		{"admin for another organisation's employee", acmeAdmin, map[string]any{"type": "ACCESS", "subjectID": strconv.Itoa(h.ids[brightEmp])}, "FORBIDDEN"},
		{"admin for a former employee", acmeAdmin, map[string]any{"type": "ERASURE", "subjectID": strconv.Itoa(h.ids["nina.ford@acme.example"])}, "FORBIDDEN"},
		{"admin for a current employee", acmeAdmin, map[string]any{"type": "ACCESS", "subjectID": strconv.Itoa(h.ids["tom.baker@acme.example"])}, ""},
		{"staff for anyone", dpo, map[string]any{"type": "RESTRICTION", "subjectID": strconv.Itoa(h.ids[otherOne])}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := h.submit(t, tt.viewer, tt.in); got.code() != tt.code {
				t.Errorf("code %q (%+v), want %q", got.code(), got.Errors, tt.code)
			}
		})
	}
}

// TestEveryActionByEveryParty takes each action on a request in a state it applies to, as each
// party, through the API: only the parties of the transition table succeed.
func TestEveryActionByEveryParty(t *testing.T) {
	h := start(t)
	actions := []struct {
		action, mutation string
		vars             map[string]any
		setup            []string // staff actions that bring a fresh request to the right state
		allowed          []string
	}{
		{"START", `mutation($id: ID!) { startRequest(id: $id) { state } }`, nil, nil, []string{dpo}},
		{"REQUEST_INFORMATION", `mutation($id: ID!) { requestInformation(id: $id, message: "Please confirm your date of birth.") { state } }`, nil, nil, []string{dpo}},
		{"PROVIDE_INFORMATION", `mutation($id: ID!) { provideInformation(id: $id, message: "It is 17 May 1990.") { state } }`, nil, []string{"REQUEST_INFORMATION"}, []string{acmeStaff, acmeAdmin}},
		{"EXTEND", `mutation($id: ID!) { extendRequest(id: $id, months: 1, reason: "We need records from an archive.") { state } }`, nil, []string{"START"}, []string{dpo}},
		{"COMPLETE", `mutation($id: ID!) { completeRequest(id: $id) { state } }`, nil, []string{"START"}, []string{dpo}},
		{"REJECT", `mutation($id: ID!) { rejectRequest(id: $id, reason: EXCESSIVE, explanation: "Asked weekly.") { state } }`, nil, nil, []string{dpo}},
		{"CANCEL", `mutation($id: ID!) { cancelRequest(id: $id) { state } }`, nil, nil, []string{acmeAdmin}},
	}
	setupMutations := map[string]string{
		"START":               `mutation($id: ID!) { startRequest(id: $id) { state } }`,
		"REQUEST_INFORMATION": `mutation($id: ID!) { requestInformation(id: $id, message: "Which certificate?") { state } }`,
	}
	staff := h.as(dpo)
	parties := []string{acmeStaff, acmeAdmin, brightAdm, learner, dpo}
	browsers := map[string]any{}
	for _, p := range parties {
		browsers[p] = h.as(p)
	}
	for _, a := range actions {
		for _, party := range parties {
			t.Run(a.action+"/"+party, func(t *testing.T) {
				// A fresh request about Priya, submitted by her admin, in the state the action needs.
				ctx := viewer.SystemContext(context.Background())
				_, _ = h.portal.Store.Client.RightsRequest.Update().
					Where(rightsrequest.SubjectID(h.ids[acmeStaff]), rightsrequest.OpenTypeNotNil()).
					SetState(rightsrequest.StateCancelled).ClearOpenType().Save(ctx)
				out, got := h.submit(t, acmeAdmin, map[string]any{"type": "ACCESS", "subjectID": strconv.Itoa(h.ids[acmeStaff])})
				if got.code() != "" {
					t.Fatalf("submit: %+v", got.Errors)
				}
				vars := map[string]any{"id": out.SubmitRequest.ID}
				for _, step := range a.setup {
					if r := h.gql(staff, setupMutations[step], vars); r.code() != "" {
						t.Fatalf("setup %s: %+v", step, r.Errors)
					}
				}
				res := h.gql(h.as(party), a.mutation, vars)
				allowed := false
				for _, p := range a.allowed {
					allowed = allowed || p == party
				}
				switch {
				case allowed && res.code() != "":
					t.Errorf("may %s: %+v", a.action, res.Errors)
				case !allowed && res.code() != "FORBIDDEN" && res.code() != "NOT_FOUND":
					t.Errorf("may not %s: code %q, data %s", a.action, res.code(), res.Data)
				}
			})
		}
	}
}

func TestTransitionsOutOfOrderAreRefused(t *testing.T) {
	h := start(t)
	staff := h.as(dpo)
	out, _ := h.submit(t, learner, map[string]any{"type": "RESTRICTION"})
	vars := map[string]any{"id": out.SubmitRequest.ID}
	for _, m := range []string{
		`mutation($id: ID!) { completeRequest(id: $id) { state } }`,
		`mutation($id: ID!) { extendRequest(id: $id, months: 1, reason: "x") { state } }`,
		`mutation($id: ID!) { provideInformation(id: $id, message: "x") { state } }`,
	} {
		if got := h.gql(staff, m, vars); got.code() != "TRANSITION_NOT_ALLOWED" && got.code() != "FORBIDDEN" {
			t.Errorf("%s on a SUBMITTED request: %q", m, got.code())
		}
	}
	h.gql(staff, `mutation($id: ID!) { startRequest(id: $id) { state } }`, vars)
	if got := h.gql(staff, `mutation($id: ID!) { extendRequest(id: $id, months: 3, reason: "x") { state } }`, vars); got.code() != "VALIDATION" {
		t.Errorf("three months at once: %q", got.code())
	}
	h.gql(staff, `mutation($id: ID!) { extendRequest(id: $id, months: 2, reason: "Large archive.") { state } }`, vars)
	if got := h.gql(staff, `mutation($id: ID!) { extendRequest(id: $id, months: 1, reason: "More.") { state } }`, vars); got.code() != "EXTENSION_TOO_LONG" {
		t.Errorf("past three months in total: %q", got.code())
	}
	if got := h.gql(staff, `query($id: ID!) { node(id: $id) { ... on RightsRequest { availableActions } } }`, vars); contains(string(got.Data), "EXTEND") {
		t.Errorf("EXTEND still offered after two months: %s", got.Data)
	}
	done := h.gql(staff, `mutation($id: ID!) { completeRequest(id: $id, note: "Restriction applied.") { state open timeline { fromState toState actorName } } }`, vars)
	if !contains(string(done.Data), `"state":"COMPLETED"`) || !contains(string(done.Data), `"actorName":"Provider staff"`) {
		t.Errorf("completed: %s %+v", done.Data, done.Errors)
	}
	for _, step := range []string{`"fromState":"","toState":"SUBMITTED"`, `"fromState":"SUBMITTED","toState":"IN_PROGRESS"`,
		`"fromState":"IN_PROGRESS","toState":"EXTENDED"`, `"fromState":"EXTENDED","toState":"COMPLETED"`} {
		if !contains(string(done.Data), step) {
			t.Errorf("timeline lacks %s: %s", step, done.Data)
		}
	}
	if got := h.gql(h.as(learner), `mutation($id: ID!) { cancelRequest(id: $id) { state } }`, vars); got.code() != "TRANSITION_NOT_ALLOWED" {
		t.Errorf("cancelling a completed request: %q", got.code())
	}
}

// The subject and the admin who asked for them are both told; an admin who has since left the
// organisation is not.
func TestWhoIsEmailed(t *testing.T) {
	h := start(t)
	ctx := viewer.SystemContext(context.Background())
	out, got := h.submit(t, acmeAdmin, map[string]any{"type": "ACCESS", "subjectID": strconv.Itoa(h.ids["tom.baker@acme.example"])})
	if got.code() != "" {
		t.Fatal(got.Errors)
	}
	id, _ := strconv.Atoi(out.SubmitRequest.ID)
	recipients := func() map[string]int {
		notes, err := h.portal.Store.Client.Notification.Query().Where(notification.RequestID(id)).All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		for _, n := range notes {
			seen[n.ToAddress]++
		}
		return seen
	}
	if got := recipients(); got["tom.baker@acme.example"] != 1 || got[acmeAdmin] != 1 || len(got) != 2 {
		t.Fatalf("on receipt: %v", got)
	}
	if _, err := h.portal.Store.Client.Membership.Update().
		Where(membership.UserID(h.ids[acmeAdmin])).SetEndedAt(time.Now()).Save(ctx); err != nil {
		t.Fatal(err)
	}
	if r := h.gql(h.as(dpo), `mutation($id: ID!) { startRequest(id: $id) { state } }`, map[string]any{"id": out.SubmitRequest.ID}); r.code() != "" {
		t.Fatal(r.Errors)
	}
	if got := recipients(); got["tom.baker@acme.example"] != 2 || got[acmeAdmin] != 1 {
		t.Errorf("after the admin left: %v", got)
	}
}
