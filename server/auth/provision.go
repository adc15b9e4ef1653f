package auth

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/viewer"
)

// identityClaims are the ID token claims the portal uses.
type identityClaims struct {
	Issuer        string `json:"-"`
	Subject       string `json:"-"`
	Email         string `json:"email"`
	EmailVerified bool   `json:"email_verified"`
	GivenName     string `json:"given_name"`
	FamilyName    string `json:"family_name"`
}

var errAccountClosed = errors.New("the account is closed")

// provision finds the user the identity provider vouched for, creating them (as a learner, or as
// staff when their verified email is listed in STAFF_EMAILS) on first sign-in, and records the
// sign-in as activity. It is one transaction.
func (s *Service) provision(ctx context.Context, c identityClaims, ip, userAgent string) (*ent.User, error) {
	ctx = viewer.SystemContext(ctx)
	u, err := s.provisionOnce(ctx, c, ip, userAgent)
	if ent.IsConstraintError(err) {
		// Another replica created the same user at the same moment; this time it is found.
		u, err = s.provisionOnce(ctx, c, ip, userAgent)
	}
	return u, err
}

func (s *Service) provisionOnce(ctx context.Context, c identityClaims, ip, userAgent string) (*ent.User, error) {
	tx, err := s.client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	now := s.now()
	u, err := tx.User.Query().Where(user.OidcIssuer(c.Issuer), user.OidcSubject(c.Subject)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		if erased, err := s.wasErased(ctx, tx, c); err != nil || erased {
			return nil, cmp.Or(err, errAccountClosed)
		}
		if u, err = s.createUser(ctx, tx, c); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, err
	case u.Status == user.StatusClosed:
		return nil, errAccountClosed
	default:
		update := u.Update().SetLastLoginAt(now)
		if c.EmailVerified && c.Email != "" && c.Email != u.Email {
			// Only a verified address replaces the one on file; an unverified one could be anyone's.
			update.SetEmail(c.Email)
		}
		if u, err = update.Save(ctx); err != nil {
			return nil, err
		}
	}
	err = tx.ActivityEvent.Create().
		SetUserID(u.ID).
		SetKind(activityevent.KindLogin).
		SetOccurredAt(now).
		SetIPAddress(ip).
		SetUserAgent(truncate(userAgent, 500)).
		Exec(ctx)
	if err != nil {
		return nil, err
	}
	return u, tx.Commit()
}

// wasErased reports whether the identity's account was erased.
func (s *Service) wasErased(ctx context.Context, tx *ent.Tx, c identityClaims) (bool, error) {
	if s.cfg.Tombstone == nil {
		return false, nil
	}
	return tx.User.Query().Where(user.OidcIssuer(c.Issuer), user.OidcSubject(s.cfg.Tombstone(c.Subject))).Exist(ctx)
}

func (s *Service) createUser(ctx context.Context, tx *ent.Tx, c identityClaims) (*ent.User, error) {
	if c.Email == "" {
		return nil, errors.New("the identity provider sent no email claim; the portal needs the email scope")
	}
	role := user.RoleLearner
	if c.EmailVerified && slices.Contains(s.cfg.StaffEmails, strings.ToLower(c.Email)) {
		role = user.RoleStaff
	}
	u, err := tx.User.Create().
		SetOidcIssuer(c.Issuer).
		SetOidcSubject(c.Subject).
		SetEmail(c.Email).
		SetRole(role).
		SetLastLoginAt(s.now()).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	err = tx.Profile.Create().
		SetUserID(u.ID).
		SetFirstName(truncate(c.GivenName, 100)).
		SetLastName(truncate(c.FamilyName, 100)).
		Exec(ctx)
	return u, err
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}
