package scalar

import (
	"github.com/99designs/gqlgen/graphql"

	"github.com/learnerportal/portal/server/errcode"
)

// MarshalIntID writes an ent ID as a GraphQL ID (a string).
func MarshalIntID(id int) graphql.Marshaler { return graphql.MarshalIntID(id) }

// UnmarshalIntID reads a GraphQL ID; anything but a number is a VALIDATION error rather than an
// internal one, since it is the client's mistake.
func UnmarshalIntID(v any) (int, error) {
	id, err := graphql.UnmarshalIntID(v)
	if err != nil {
		return 0, errcode.Newf(errcode.Validation, "%v is not an ID this API gave out.", v)
	}
	return id, nil
}
