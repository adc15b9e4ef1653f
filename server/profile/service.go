// Package profile corrects the identity, contact and profile details held about a person.
package profile

import (
	"context"
	"strings"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/profile"
	"github.com/learnerportal/portal/server/errcode"
)

// Service updates profiles.
type Service struct {
	now func() time.Time
}

// NewService returns a Service that reads the date from now.
func NewService(now func() time.Time) *Service { return &Service{now: now} }

// Update validates changes and applies them to userID's profile with client, which is the
// caller's transaction. Whether the caller may change this profile is decided by the profile's
// privacy policy: a profile outside their scope is NOT_FOUND.
func (s *Service) Update(ctx context.Context, client *ent.Client, userID int, c Changes) (*ent.Profile, error) {
	current, err := client.Profile.Query().Where(profile.UserID(userID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, errcode.New(errcode.NotFound, "No profile was found for that person.")
	}
	if err != nil {
		return nil, err
	}
	country := current.Country
	if c.Country != nil {
		country = *c.Country
	}
	if err := validate(&c, country, s.now().UTC().Truncate(24*time.Hour)); err != nil {
		return nil, err
	}
	u := client.Profile.UpdateOne(current).
		SetNillableFirstName(c.FirstName).SetNillableLastName(c.LastName).
		SetNillableUsername(c.Username).SetNillableGender(c.Gender).
		SetNillablePhone(c.Phone).SetNillableAddressLine1(c.AddressLine1).
		SetNillableAddressLine2(c.AddressLine2).SetNillableTown(c.Town).
		SetNillablePostcode(c.Postcode).SetNillableCountry(c.Country).
		SetNillableJobTitle(c.JobTitle)
	switch {
	case c.ClearDateOfBirth:
		u.ClearDateOfBirth()
	case c.DateOfBirth != nil:
		u.SetDateOfBirth(*c.DateOfBirth)
	}
	if c.SetQualifications {
		u.SetQualifications(c.Qualifications)
	}
	if c.SetSubjectsTaught {
		u.SetSubjectsTaught(c.SubjectsTaught)
	}
	if c.SetAgeGroupsTaught {
		u.SetAgeGroupsTaught(c.AgeGroupsTaught)
	}
	if c.SetInterests {
		u.SetInterests(c.Interests)
	}
	return u.Save(ctx)
}

// Name is the name a person is shown by: their profile's first and last name, or fallback (their
// email) when the profile has none. p may be nil.
func Name(p *ent.Profile, fallback string) string {
	if p != nil {
		if name := strings.TrimSpace(p.FirstName + " " + p.LastName); name != "" {
			return name
		}
	}
	return fallback
}
