package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"net/http"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/session"
	"github.com/learnerportal/portal/server/viewer"
)

func rand32() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func hashToken(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

func (s *Service) startSession(ctx context.Context, w http.ResponseWriter, userID int, idToken string) error {
	token := rand32()
	now := s.now()
	err := s.client.Session.Create().
		SetUserID(userID).
		SetTokenHash(hashToken(token)).
		SetCreatedAt(now).
		SetExpiresAt(now.Add(s.cfg.SessionLifetime)).
		SetIDTokenHint(idToken).
		Exec(viewer.SystemContext(ctx))
	if err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: token, Path: "/", MaxAge: int(s.cfg.SessionLifetime.Seconds()),
		HttpOnly: true, Secure: s.cfg.SecureCookies, SameSite: http.SameSiteLaxMode,
	})
	return nil
}

// sessionUser returns the user of a live session cookie, or nil.
func (s *Service) sessionUser(ctx context.Context, r *http.Request) (*ent.User, error) {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return nil, nil
	}
	sess, err := s.client.Session.Query().
		Where(
			session.TokenHash(hashToken(c.Value)),
			session.RevokedAtIsNil(),
			session.ExpiresAtGT(s.now()),
		).
		WithUser().
		Only(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return sess.Edges.User, nil
}

// endSession revokes the request's session, returning its ID token for the provider's logout.
func (s *Service) endSession(r *http.Request) string {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return ""
	}
	ctx := viewer.SystemContext(r.Context())
	sess, err := s.client.Session.Query().Where(session.TokenHash(hashToken(c.Value)), session.RevokedAtIsNil()).Only(ctx)
	if err != nil {
		return ""
	}
	if err := sess.Update().SetRevokedAt(s.now()).Exec(ctx); err != nil {
		s.logger.ErrorContext(ctx, "auth: revoking a session", "error", err)
	}
	return sess.IDTokenHint
}
