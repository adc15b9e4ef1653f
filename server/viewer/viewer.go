// Package viewer carries who is calling through a request's context, so that the data layer's
// privacy policies can decide what that caller may read and write.
package viewer

import (
	"context"

	"github.com/learnerportal/portal/server/errcode"
)

// Role is what a viewer is allowed to act as. The values match the stored user roles.
type Role string

// The roles a signed-in person can have, plus System for the portal's own background work.
const (
	Learner       Role = "LEARNER"
	EmployerAdmin Role = "EMPLOYER_ADMIN"
	Staff         Role = "STAFF"
	// System is the portal acting on its own behalf (seeding, audit writes, jobs). It is never
	// derived from a login.
	System Role = "SYSTEM"
)

// Viewer is the caller of one request.
type Viewer struct {
	UserID int
	Role   Role
	// OrganisationID is the organisation an employer admin administers (0 for everyone else).
	OrganisationID int
}

type contextKey struct{}

// NewContext returns a copy of ctx that carries v.
func NewContext(ctx context.Context, v Viewer) context.Context {
	return context.WithValue(ctx, contextKey{}, v)
}

// FromContext returns the viewer of ctx and whether there is one.
func FromContext(ctx context.Context) (Viewer, bool) {
	v, ok := ctx.Value(contextKey{}).(Viewer)
	return v, ok
}

// SystemContext marks ctx as the portal's own work, which the data layer allows everything.
func SystemContext(ctx context.Context) context.Context {
	return NewContext(ctx, Viewer{Role: System})
}

// IsStaff reports whether v is provider staff.
func (v Viewer) IsStaff() bool { return v.Role == Staff }

// ErrSignedOut is the coded error for an operation that needs a signed-in person.
var ErrSignedOut = errcode.New(errcode.Unauthenticated, "Sign in to continue.")

// SignedIn returns the signed-in person of ctx, or ErrSignedOut. The portal's own work (System)
// is not a person.
func SignedIn(ctx context.Context) (Viewer, error) {
	v, ok := FromContext(ctx)
	if !ok || v.UserID == 0 {
		return Viewer{}, ErrSignedOut
	}
	return v, nil
}
