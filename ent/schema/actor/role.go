// Package actor defines the role someone acted in when a ledger, timeline or audit entry was
// written. It is one Go type shared by every entity that records an actor, so the GraphQL enum
// ActorRole binds to a single type.
package actor

import (
	"fmt"
	"io"
	"strconv"
)

// Role is the capacity in which a change or access was made.
type Role string

// The roles an actor can have.
const (
	Self          Role = "SELF"
	EmployerAdmin Role = "EMPLOYER_ADMIN"
	Staff         Role = "STAFF"
	System        Role = "SYSTEM"
)

// Values lists the roles for ent's enum field.
func (Role) Values() []string {
	return []string{string(Self), string(EmployerAdmin), string(Staff), string(System)}
}

// MarshalGQL writes the role as a GraphQL enum value.
func (r Role) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(r))) }

// UnmarshalGQL reads a GraphQL enum value.
func (r *Role) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("actor role must be a string, got %T", v)
	}
	for _, known := range r.Values() {
		if s == known {
			*r = Role(s)
			return nil
		}
	}
	return fmt.Errorf("%q is not a valid ActorRole", s)
}
