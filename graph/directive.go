package graph

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"

	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/errcode"
)

// hasRole implements @hasRole. It refuses early with a clear code; the data layer's privacy
// policies still decide which rows the field returns.
func hasRole(ctx context.Context, _ any, next graphql.Resolver, roles []user.Role) (any, error) {
	v, err := signedIn(ctx)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(roles, user.Role(v.Role)) {
		return nil, errcode.New(errcode.Forbidden, "Your role does not allow this.")
	}
	return next(ctx)
}
