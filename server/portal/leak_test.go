package portal_test

import (
	"regexp"
	"slices"
	"testing"
)

// deepQuery walks every edge reachable from the viewer, so that a scope rule letting a row
// through whose required edge is hidden (an error) or a person outside the scope (a leak) shows.
const deepQuery = `{ me {
  email profile { firstName }
  memberships { kind organisation { name
    memberships(first: 50) { edges { node { kind user { email profile { lastName } } } } }
    rightsRequests(first: 20) { edges { node { type subject { email } submittedBy { email } } } } } }
  rightsRequests(first: 20) { edges { node { type state dueAt subject { email } submittedBy { email }
    organisation { name } events { toState actor { email } } messages { body author { email } }
    open overdue dueSoon availableActions timeline { toState actorName actor { email } }
    conversation { authorName author { email } } } } }
  consents { state purpose { name } history { kind actor { email } } }
  consentEvents(first: 100) { totalCount }
  communicationPreferences { channel topic enabled }
  policyAcceptances { acceptedAt policyVersion { version } }
  legalHolds { reason }
  dataHeld { category purposes { retention keptUntil } } mustReviewPolicy
  accessLog(first: 20) { edges { node { actorRole action actor { email } } } }
  learningRecords(first: 100) { totalCount }
  financialRecords(first: 100) { totalCount }
  activityEvents(first: 100) { totalCount }
  surveyAnswers(first: 100) { totalCount }
} }`

var emailPattern = regexp.MustCompile(`"email":"([^"]+)"`)

func TestDeepQueriesStayInScope(t *testing.T) {
	h := start(t)
	scope := map[string][]string{
		learner:                  {learner},
		acmeStaff:                {acmeStaff},
		"nina.ford@acme.example": {"nina.ford@acme.example"},
		acmeAdmin:                {acmeAdmin, acmeStaff, "tom.baker@acme.example", "grace.okafor@acme.example", "liam.murphy@acme.example", "nina.ford@acme.example"},
		brightAdm:                {brightAdm, brightEmp, "chloe.evans@brightside.example", "james.wright@brightside.example"},
		"ravi.patel@example.com": {"ravi.patel@example.com"},
	}
	for email, allowed := range scope {
		t.Run(email, func(t *testing.T) {
			got := h.gql(h.as(email), deepQuery, nil)
			if len(got.Errors) > 0 {
				t.Fatalf("errors: %+v", got.Errors)
			}
			seen := map[string]bool{}
			for _, m := range emailPattern.FindAllStringSubmatch(string(got.Data), -1) {
				seen[m[1]] = true
				if !slices.Contains(allowed, m[1]) {
					t.Errorf("%s saw %s", email, m[1])
				}
			}
			if !seen[email] {
				t.Errorf("%s did not see themselves: %s", email, got.Data)
			}
		})
	}
}
