package rule

import (
	"context"

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

// AllowCreateForPerson lets a learner create a row about themselves, and an employer admin one
// about themselves or a current employee, where field holds the person's user ID.
func AllowCreateForPerson(field string) privacy.MutationRule {
	return privacy.OnMutationOperation(privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		person, ok := idField(m, field)
		if !ok || (v.Role != viewer.Learner && v.Role != viewer.EmployerAdmin) {
			return privacy.Skip
		}
		c, ok := m.(creation)
		if !ok {
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
// own consents, preference ledger entries, policy acceptances), where field holds the user ID.
func AllowCreateForSelf(field string) privacy.MutationRule {
	return privacy.OnMutationOperation(privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		person, ok := idField(m, field)
		if !ok || (v.Role != viewer.Learner && v.Role != viewer.EmployerAdmin) {
			return privacy.Skip
		}
		if person != v.UserID {
			return privacy.Denyf("a person may only record their own choices")
		}
		return privacy.Allow
	}), ent.OpCreate)
}

// AllowCreateOnRequest lets a learner or employer admin add a row (a timeline entry, a message)
// to a rights request they may see, where field holds the request's ID.
func AllowCreateOnRequest(field string) privacy.MutationRule {
	return privacy.OnMutationOperation(privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v, _ := viewer.FromContext(ctx)
		request, ok := idField(m, field)
		if !ok || (v.Role != viewer.Learner && v.Role != viewer.EmployerAdmin) {
			return privacy.Skip
		}
		c, ok := m.(creation)
		if !ok {
			return privacy.Skip
		}
		q := c.Client().RightsRequest.Query()
		q.Filter().Where(entql.And(entql.FieldEQ("id", request), Requests(v)))
		if found, err := q.Exist(viewer.SystemContext(ctx)); err != nil || !found {
			return privacy.Denyf("the request is outside the viewer's scope")
		}
		return privacy.Allow
	}), ent.OpCreate)
}

func idField(m ent.Mutation, field string) (int, bool) {
	v, ok := m.Field(field)
	if !ok {
		return 0, false
	}
	id, ok := v.(int)
	return id, ok
}
