package rule

import "github.com/learnerportal/portal/ent/privacy"

// Read is the query policy of personal data: the portal itself and staff read everything,
// learners and employer admins read what scope gives them, and nobody else reads anything.
// A nil scope leaves learners and admins nothing.
func Read(scope Scope) privacy.QueryPolicy {
	policy := privacy.QueryPolicy{DenyIfNoViewer(), AllowSystem(), AllowStaff()}
	if scope != nil {
		policy = append(policy, FilterToScope(scope))
	}
	return append(policy, Deny())
}

// ReadByAnyone is the query policy of reference data every signed-in viewer, and the portal
// itself, may read.
func ReadByAnyone() privacy.QueryPolicy {
	return privacy.QueryPolicy{DenyIfNoViewer(), AllowSystem(), AllowAnyViewer(), Deny()}
}

// Write is the mutation policy: the portal itself writes everything; then the given rules (which
// may allow a learner their own changes, or deny changes to a ledger); then staff; nobody else.
func Write(rules ...privacy.MutationRule) privacy.MutationPolicy {
	policy := privacy.MutationPolicy{DenyIfNoViewer(), AllowSystem()}
	policy = append(policy, rules...)
	return append(policy, AllowStaff(), Deny())
}
