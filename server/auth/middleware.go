package auth

import (
	"context"
	"net/http"
	"strings"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/viewer"
	"github.com/learnerportal/portal/server/web"
)

// Authenticate puts the caller in the request's context as its viewer: from a bearer token when
// the request has an Authorization header (refused with 401 when the token is not valid), else
// from the session cookie. Requests with neither go on with no viewer, which the data layer
// refuses everything.
func (s *Service) Authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()
		var u *ent.User
		var err error
		if header := r.Header.Get("Authorization"); header != "" {
			if u, err = s.bearerUser(ctx, header); err != nil {
				w.Header().Set("WWW-Authenticate", `Bearer error="invalid_token"`)
				web.WriteError(w, http.StatusUnauthorized, errcode.Unauthenticated, err.Error())
				return
			}
		} else if u, err = s.sessionUser(ctx, r); err != nil {
			s.logger.ErrorContext(ctx, "auth: reading the session", "error", err)
			web.WriteError(w, http.StatusInternalServerError, errcode.Internal, "Internal error.")
			return
		}
		if u != nil && u.Status != user.StatusClosed {
			v, err := s.viewerOf(ctx, u)
			if err != nil {
				s.logger.ErrorContext(ctx, "auth: loading the viewer", "error", err)
				web.WriteError(w, http.StatusInternalServerError, errcode.Internal, "Internal error.")
				return
			}
			ctx = viewer.NewContext(ctx, v)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// bearerUser verifies a JWT from the identity provider (signature, issuer, audience, expiry;
// go-oidc refuses "alg: none") and returns the known user it names.
func (s *Service) bearerUser(ctx context.Context, header string) (*ent.User, error) {
	raw, ok := strings.CutPrefix(header, "Bearer ")
	if !ok || strings.TrimSpace(raw) == "" {
		return nil, errcode.New(errcode.Unauthenticated, "The Authorization header must be \"Bearer <token>\".")
	}
	p, err := s.discover(ctx)
	if err != nil {
		return nil, errcode.New(errcode.Unauthenticated, "The identity provider is unavailable, so the token cannot be checked.")
	}
	token, err := p.verifier.Verify(s.oidcContext(ctx), strings.TrimSpace(raw))
	if err != nil {
		return nil, errcode.New(errcode.Unauthenticated, "The bearer token is not valid: "+tokenProblem(err))
	}
	u, err := s.client.User.Query().
		Where(user.OidcIssuer(token.Issuer), user.OidcSubject(token.Subject)).
		Only(viewer.SystemContext(ctx))
	if err != nil {
		return nil, errcode.New(errcode.Unauthenticated, "The token's subject has no account here yet: sign in through the portal once first.")
	}
	return u, nil
}

// tokenProblem names what was wrong with a token without echoing it.
func tokenProblem(err error) string {
	msg := err.Error()
	for _, known := range []string{"expired", "issuer", "audience", "signature", "malformed", "algorithm"} {
		if strings.Contains(msg, known) {
			return known + " check failed"
		}
	}
	return "verification failed"
}

// viewerOf is the viewer for u: an employer admin acts for the organisation of their current
// admin membership.
func (s *Service) viewerOf(ctx context.Context, u *ent.User) (viewer.Viewer, error) {
	v := viewer.Viewer{UserID: u.ID, Role: viewer.Role(u.Role)}
	if u.Role != user.RoleEmployerAdmin {
		return v, nil
	}
	m, err := s.client.Membership.Query().
		Where(membership.UserID(u.ID), membership.KindEQ(membership.KindAdmin), membership.EndedAtIsNil()).
		First(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return v, nil
	}
	if err != nil {
		return v, err
	}
	v.OrganisationID = m.OrganisationID
	return v, nil
}
