package rule

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	gen "github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/server/viewer"
)

// creation is what a rule needs of a create mutation: the new row's fields and its transaction.
type creation interface {
	ent.Mutation
	Client() *gen.Client
}

// requester reports whether v is a learner or employer admin, whose writes these rules govern.
func requester(v viewer.Viewer) bool {
	return v.Role == viewer.Learner || v.Role == viewer.EmployerAdmin
}

// AllowSubmission lets a learner submit a rights request about themselves, and an employer admin
// one about themselves or a current employee (see AllowCreateForPerson), in their own name, for
// their own organisation, and as a new request: the state and outcome are the request package's
// to set, not the submitter's. It only denies; AllowCreateForPerson allows.
func AllowSubmission() privacy.MutationRule {
	return privacy.OnMutationOperation(privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		if !requester(v) {
			return privacy.Skip
		}
		submitter, _ := idFieldValue(m, "submitted_by_id")
		org, hasOrg := idFieldValue(m, "organisation_id")
		state, hasState := m.Field("state")
		switch {
		case submitter != v.UserID:
			return privacy.Denyf("a request may only be submitted in the viewer's own name")
		case hasOrg && (v.Role != viewer.EmployerAdmin || org != v.OrganisationID):
			return privacy.Denyf("a request may only be made for the viewer's own organisation")
		case hasState && fmt.Sprint(state) != "SUBMITTED":
			return privacy.Denyf("a new request starts as submitted")
		}
		return privacy.Skip
	}), ent.OpCreate)
}

// RequesterChangesOnly keeps a learner's or employer admin's changes to a rights request to those
// the requester's own actions make (cancelling, answering a request for information): no
// extension, rejection or completion, which are staff's. It only denies.
func RequesterChangesOnly() privacy.MutationRule {
	allowed := []string{"state", "paused_at", "paused_days", "due_at", "closed_at", "purge_after", "open_type", "updated_at", "erasure_scheduled_at"}
	return OnUpdates(privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		if !requester(v) {
			return privacy.Skip
		}
		for _, f := range append(m.Fields(), m.ClearedFields()...) {
			if !slices.Contains(allowed, f) {
				return privacy.Denyf("only staff may change %s", f)
			}
		}
		if state, ok := m.Field("state"); ok && !slices.Contains([]string{"CANCELLED", "IN_PROGRESS", "EXTENDED"}, fmt.Sprint(state)) {
			return privacy.Denyf("only staff may move a request to %v", state)
		}
		return privacy.Skip
	}))
}

// AllowCreateForPerson lets a learner create a row about themselves, and an employer admin one
// about themselves or a current employee, where field holds the person's user ID.
func AllowCreateForPerson(field string) privacy.MutationRule {
	return privacy.OnMutationOperation(privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		person, ok := idFieldValue(m, field)
		c, isCreation := m.(creation)
		if !ok || !isCreation || !requester(v) {
			return privacy.Skip
		}
		q := c.Client().User.Query()
		q.Filter().Where(entql.And(entql.FieldEQ("id", person), people(v)))
		if found, err := q.Exist(viewer.SystemContext(ctx)); err != nil || !found {
			return privacy.Denyf("the person is outside the viewer's scope")
		}
		return privacy.Allow
	}), ent.OpCreate)
}

// AllowCreateForSelf lets a learner or employer admin create a row about themselves only (their
// own consents, preferences, ledger entries, policy acceptances), where field holds the user ID,
// and recorded as made by themselves.
func AllowCreateForSelf(field string) privacy.MutationRule {
	return privacy.OnMutationOperation(privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		person, ok := idFieldValue(m, field)
		if !ok || !requester(v) {
			return privacy.Skip
		}
		if person != v.UserID {
			return privacy.Denyf("a person may only record their own choices")
		}
		if err := actingAs(m, v, "actor_id", "actor_role", "SELF"); err != nil {
			return err
		}
		return privacy.Allow
	}), ent.OpCreate)
}

// AllowCreateOnRequest lets a learner or employer admin add a row (a timeline entry, a message)
// to a rights request they may see, where field holds the request's ID, as themselves: the row's
// actor (actorField, roleField) must be the viewer, as the subject or their employer admin.
func AllowCreateOnRequest(field, actorField, roleField string) privacy.MutationRule {
	return privacy.OnMutationOperation(privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		request, ok := idFieldValue(m, field)
		c, isCreation := m.(creation)
		if !ok || !isCreation || !requester(v) {
			return privacy.Skip
		}
		q := c.Client().RightsRequest.Query()
		q.Filter().Where(entql.And(entql.FieldEQ("id", request), Requests(v)))
		if found, err := q.Exist(viewer.SystemContext(ctx)); err != nil || !found {
			return privacy.Denyf("the request is outside the viewer's scope")
		}
		if err := actingAs(m, v, actorField, roleField, "SELF", "EMPLOYER_ADMIN"); err != nil {
			return err
		}
		return privacy.Allow
	}), ent.OpCreate)
}

// actingAs denies a row that records an actor (roleField; entities without one pass) naming
// anyone but v, or a role other than roles: nobody may record a change in someone else's name.
func actingAs(m ent.Mutation, v viewer.Viewer, idField, roleField string, roles ...string) error {
	role, ok := m.Field(roleField)
	if !ok {
		return nil
	}
	if id, _ := idFieldValue(m, idField); id != v.UserID || !slices.Contains(roles, fmt.Sprint(role)) {
		return privacy.Denyf("a row may only be recorded as made by its viewer")
	}
	return nil
}

func idFieldValue(m ent.Mutation, field string) (int, bool) {
	v, ok := m.Field(field)
	if !ok {
		return 0, false
	}
	id, ok := v.(int)
	return id, ok
}
