// Package rule holds the privacy rules every entity's policy is built from. Policies deny by
// default: a query or mutation passes only when a rule below allows it for the viewer in the
// context, so a resolver that forgets a check still cannot read or write outside the viewer's
// scope.
package rule

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/server/viewer"
)

// DenyIfNoViewer refuses everything to a context that carries no viewer.
func DenyIfNoViewer() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if _, ok := viewer.FromContext(ctx); !ok {
			return privacy.Denyf("no viewer in context")
		}
		return privacy.Skip
	})
}

// AllowSystem lets the portal's own work (seeding, audit writes, sessions, jobs) through.
func AllowSystem() privacy.QueryMutationRule {
	return allowRoles(viewer.System)
}

// AllowStaff lets provider staff through.
func AllowStaff() privacy.QueryMutationRule {
	return allowRoles(viewer.Staff)
}

// AllowAnyViewer lets every signed-in viewer through; for reference data such as the registry.
func AllowAnyViewer() privacy.QueryMutationRule {
	return allowRoles(viewer.Learner, viewer.EmployerAdmin, viewer.Staff)
}

func allowRoles(roles ...viewer.Role) privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		v, _ := viewer.FromContext(ctx)
		for _, r := range roles {
			if v.Role == r {
				return privacy.Allow
			}
		}
		return privacy.Skip
	})
}

// FilterToScope narrows a learner's or employer admin's query or update to the rows scope allows
// them, and allows what remains. Rows outside the scope are invisible rather than refused, so
// node(id:) of someone else's record answers as if it did not exist.
func FilterToScope(scope Scope) privacy.QueryMutationRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v, _ := viewer.FromContext(ctx)
		if v.Role != viewer.Learner && v.Role != viewer.EmployerAdmin {
			return privacy.Skip
		}
		p := scope(v)
		if p == nil {
			return privacy.Skip
		}
		f.Where(p)
		return privacy.Allow
	})
}

// OnUpdates applies rule to update mutations only; creations and deletions skip it.
func OnUpdates(rule privacy.MutationRule) privacy.MutationRule {
	return privacy.OnMutationOperation(rule, ent.OpUpdate|ent.OpUpdateOne)
}

// DenyChanges refuses updates and deletions: for append-only ledgers, which only the portal's own
// erasure and retention work (allowed earlier by AllowSystem) may rewrite.
func DenyChanges() privacy.MutationRule {
	return privacy.DenyMutationOperationRule(ent.OpUpdate | ent.OpUpdateOne | ent.OpDelete | ent.OpDeleteOne)
}

// Deny ends every policy, so anything no rule allowed is refused.
func Deny() privacy.QueryMutationRule { return privacy.AlwaysDenyRule() }

// Scope returns the predicate selecting the rows a viewer may reach, or nil when the viewer may
// reach none of them.
type Scope func(v viewer.Viewer) entql.P

// people selects the User rows a viewer may reach: themselves and, for an employer admin, the
// current employees of their organisation.
func people(v viewer.Viewer) entql.P {
	self := entql.FieldEQ("id", v.UserID)
	if v.Role != viewer.EmployerAdmin {
		return self
	}
	return entql.Or(self, entql.HasEdgeWith("memberships", currentEmployeeOf(v.OrganisationID)))
}

func currentEmployeeOf(organisationID int) entql.P {
	return entql.And(
		entql.FieldEQ("organisation_id", organisationID),
		entql.FieldEQ("kind", "EMPLOYEE"),
		entql.FieldNil("ended_at"),
	)
}

// Users is the scope of the User entity itself: the people a viewer may reach, and for an
// employer admin also the subjects of requests made for their organisation, who stay visible on
// those requests after leaving it.
func Users(v viewer.Viewer) entql.P {
	if v.Role != viewer.EmployerAdmin {
		return people(v)
	}
	return entql.Or(people(v), entql.HasEdgeWith("rights_requests", entql.FieldEQ("organisation_id", v.OrganisationID)))
}

// OwnedVia is the scope of an entity that belongs to a person through edge (whose foreign-key
// field is edge + "_id"). The learner's case compares the key directly, avoiding a join on the
// hottest path.
func OwnedVia(edge string) Scope {
	return func(v viewer.Viewer) entql.P {
		if v.Role == viewer.Learner {
			return entql.FieldEQ(edge+"_id", v.UserID)
		}
		return entql.HasEdgeWith(edge, people(v))
	}
}

// SelfVia is the scope of an entity only the person it is about may reach, never their admin
// (sign-in sessions, and the audit trail of who accessed them).
func SelfVia(edge string) Scope {
	return func(v viewer.Viewer) entql.P { return entql.FieldEQ(edge+"_id", v.UserID) }
}

// Requests is the scope of rights requests: the viewer's own and, for an employer admin, those
// about their organisation's employees or made for their organisation (which stay visible after
// the employee leaves).
func Requests(v viewer.Viewer) entql.P {
	owned := OwnedVia("subject")(v)
	if v.Role != viewer.EmployerAdmin {
		return owned
	}
	return entql.Or(owned, entql.FieldEQ("organisation_id", v.OrganisationID))
}

// ViaRequest is the scope of an entity that belongs to a rights request.
func ViaRequest(v viewer.Viewer) entql.P {
	return entql.HasEdgeWith("request", Requests(v))
}

// Memberships is the scope of memberships: a person's own and, for an employer admin, those of
// their organisation's current employees, matching the people they may reach.
func Memberships(v viewer.Viewer) entql.P {
	own := entql.FieldEQ("user_id", v.UserID)
	if v.Role != viewer.EmployerAdmin {
		return own
	}
	return entql.Or(own, currentEmployeeOf(v.OrganisationID))
}

// Organisations is the scope of organisations: every organisation a person belongs or belonged
// to (their memberships stay visible), and the one an employer admin administers.
func Organisations(v viewer.Viewer) entql.P {
	if v.Role == viewer.EmployerAdmin {
		return entql.FieldEQ("id", v.OrganisationID)
	}
	return entql.HasEdgeWith("memberships", entql.FieldEQ("user_id", v.UserID))
}
