// Package organisation is how provider staff manage corporate customers: creating organisations,
// appointing and removing their employer admins, and moving people between organisations. An
// employee who leaves keeps their history: memberships are ended, never deleted, and requests made
// for them stay with the organisation that made them.
package organisation

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/organisation"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

// Codes of this package's refusals, stable for clients.
const (
	CodeNameTaken         = "ORGANISATION_NAME_TAKEN"
	CodeAdminElsewhere    = "ADMIN_OF_ANOTHER_ORGANISATION"
	CodeNotAdmin          = "NOT_AN_ADMIN"
	CodeNotAnEmployeeRole = "ROLE_NOT_ALLOWED"
)

// maxName is the longest organisation name, in characters.
const maxName = 200

// Service manages organisations. Only staff may: the data layer refuses anyone else's writes.
type Service struct{ now func() time.Time }

// NewService returns a Service.
func NewService(now func() time.Time) *Service { return &Service{now: now} }

// Create adds a corporate customer.
func (s *Service) Create(ctx context.Context, tx *storage.Tx, name string) (*ent.Organisation, error) {
	if _, err := storage.ActingViewer(ctx, tx); err != nil {
		return nil, err
	}
	name = strings.TrimSpace(name)
	if n := utf8.RuneCountInString(name); n == 0 || n > maxName {
		return nil, errcode.Invalid([]errcode.FieldError{{Field: "name", Reason: "LENGTH", Message: "Give the organisation a name of 1 to 200 characters."}})
	}
	// Names are unique regardless of case, so "Acme Ltd" and "ACME LTD" are one customer.
	taken, err := tx.Client.Organisation.Query().Where(organisation.NameEqualFold(name)).Exist(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	if taken {
		return nil, errcode.Newf(CodeNameTaken, "An organisation called %q already exists.", name)
	}
	return tx.Client.Organisation.Create().SetName(name).Save(ctx)
}

// AddAdmin makes person an employer admin of org. An admin acts for one organisation, so someone
// already administering another is refused; provider staff cannot become employer admins.
func (s *Service) AddAdmin(ctx context.Context, tx *storage.Tx, orgID, personID int) (*ent.Membership, error) {
	if _, err := storage.ActingViewer(ctx, tx); err != nil {
		return nil, err
	}
	person, org, err := load(ctx, tx, personID, orgID)
	if err != nil {
		return nil, err
	}
	if person.Role == user.RoleStaff {
		return nil, errcode.New(CodeNotAnEmployeeRole, "Provider staff cannot be employer admins.")
	}
	current, err := tx.Client.Membership.Query().Where(membership.UserID(person.ID),
		membership.KindEQ(membership.KindAdmin), membership.EndedAtIsNil()).Only(ctx)
	switch {
	case err == nil && current.OrganisationID == org.ID:
		return current, nil // already theirs: adding again changes nothing
	case err == nil:
		return nil, errcode.New(CodeAdminElsewhere, "This person already administers another organisation; remove them there first.")
	case !ent.IsNotFound(err):
		return nil, err
	}
	if err := tx.Client.User.UpdateOne(person).SetRole(user.RoleEmployerAdmin).Exec(ctx); err != nil {
		return nil, err
	}
	return tx.Client.Membership.Create().SetUserID(person.ID).SetOrganisationID(org.ID).
		SetKind(membership.KindAdmin).SetStartedAt(s.now()).Save(ctx)
}

// RemoveAdmin ends person's admin membership of org; they become a learner again. The requests
// they submitted stay with the organisation, for its other admins to follow.
func (s *Service) RemoveAdmin(ctx context.Context, tx *storage.Tx, orgID, personID int) (*ent.User, error) {
	if _, err := storage.ActingViewer(ctx, tx); err != nil {
		return nil, err
	}
	person, org, err := load(ctx, tx, personID, orgID)
	if err != nil {
		return nil, err
	}
	n, err := tx.Client.Membership.Update().Where(membership.UserID(person.ID), membership.OrganisationID(org.ID),
		membership.KindEQ(membership.KindAdmin), membership.EndedAtIsNil()).SetEndedAt(s.now()).Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errcode.New(CodeNotAdmin, "This person is not an employer admin of that organisation.")
	}
	return tx.Client.User.UpdateOne(person).SetRole(user.RoleLearner).Save(ctx)
}

// Move makes person an employee of org from now, ending any current employment elsewhere; a nil
// org means they have left to become an independent learner. Their history stays: memberships
// are ended, not deleted.
func (s *Service) Move(ctx context.Context, tx *storage.Tx, personID int, orgID *int) (*ent.User, error) {
	if _, err := storage.ActingViewer(ctx, tx); err != nil {
		return nil, err
	}
	person, err := tx.Client.User.Get(ctx, personID)
	if err != nil {
		return nil, err
	}
	if person.Role == user.RoleStaff {
		return nil, errcode.New(CodeNotAnEmployeeRole, "Provider staff are not employees of a customer.")
	}
	current := tx.Client.Membership.Query().Where(membership.UserID(person.ID),
		membership.KindEQ(membership.KindEmployee), membership.EndedAtIsNil())
	if orgID != nil {
		if _, err := tx.Client.Organisation.Get(ctx, *orgID); err != nil {
			return nil, err
		}
		already, err := current.Clone().Where(membership.OrganisationID(*orgID)).Exist(ctx)
		if err != nil {
			return nil, err
		}
		if already {
			return person, nil
		}
	}
	now := s.now()
	if _, err := tx.Client.Membership.Update().Where(membership.UserID(person.ID),
		membership.KindEQ(membership.KindEmployee), membership.EndedAtIsNil()).SetEndedAt(now).Save(ctx); err != nil {
		return nil, err
	}
	if orgID != nil {
		if err := tx.Client.Membership.Create().SetUserID(person.ID).SetOrganisationID(*orgID).
			SetKind(membership.KindEmployee).SetStartedAt(now).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return person, nil
}

func load(ctx context.Context, tx *storage.Tx, personID, orgID int) (*ent.User, *ent.Organisation, error) {
	person, err := tx.Client.User.Get(ctx, personID)
	if err != nil {
		return nil, nil, err
	}
	org, err := tx.Client.Organisation.Get(ctx, orgID)
	if err != nil {
		return nil, nil, err
	}
	return person, org, nil
}
