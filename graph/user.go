package graph

import (
	"context"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/server/profile"
)

// displayName is the profile's full name, or the email when the profile has no name.
func displayName(ctx context.Context, u *ent.User) (string, error) {
	p, err := u.Profile(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return "", err
	}
	return profile.Name(p, u.Email), nil
}

// currentOrganisation is the organisation of u's current membership, or nil.
func currentOrganisation(ctx context.Context, u *ent.User) (*ent.Organisation, error) {
	o, err := u.QueryMemberships().Where(membership.EndedAtIsNil()).QueryOrganisation().First(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return o, err
}
