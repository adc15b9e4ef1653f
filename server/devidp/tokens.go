package devidp

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"errors"
	"slices"
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

// errRefreshUnsupported answers every refresh-token call: the portal does not
// need refresh tokens and the clients are not registered for that grant. It
// returns a fresh value because zitadel's errors are mutable pointers.
func errRefreshUnsupported() *oidc.Error {
	return oidc.ErrUnsupportedGrantType().WithDescription("refresh tokens are not issued by the development provider")
}

// CreateAccessToken implements op.Storage. zitadel signs the JWT itself; the
// record kept here lets userinfo and end_session find the token by its ID.
func (s *storage) CreateAccessToken(_ context.Context, req op.TokenRequest) (string, time.Time, error) {
	ar, ok := req.(*authRequest)
	if !ok {
		// Only the code flow gets here: clients have no other grant, and the
		// JWT profile grant fails earlier for lack of client keys.
		return "", time.Time{}, oidc.ErrUnsupportedGrantType()
	}
	now := s.now()
	id := rand.Text()
	t := &accessToken{
		subject:  ar.subject,
		clientID: ar.clientID,
		audience: ar.GetAudience(),
		scopes:   ar.scopes,
		expires:  now.Add(tokenLifetime),
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	s.pruneLocked(now)
	s.tokens[id] = t
	return id, t.expires, nil
}

// CreateAccessAndRefreshTokens implements op.Storage; see errRefreshUnsupported.
func (s *storage) CreateAccessAndRefreshTokens(context.Context, op.TokenRequest, string) (string, string, time.Time, error) {
	return "", "", time.Time{}, errRefreshUnsupported()
}

// TokenRequestByRefreshToken implements op.Storage; see errRefreshUnsupported.
func (s *storage) TokenRequestByRefreshToken(context.Context, string) (op.RefreshTokenRequest, error) {
	return nil, errRefreshUnsupported()
}

// GetRefreshTokenInfo implements op.Storage. zitadel requires
// op.ErrInvalidRefreshToken for anything that is not a refresh token, which is
// every token here.
func (s *storage) GetRefreshTokenInfo(context.Context, string, string) (string, string, error) {
	return "", "", op.ErrInvalidRefreshToken
}

// TerminateSession implements op.Storage, called by end_session. There is no
// browser session to end (every sign-in shows the login page), so it only
// forgets the user's tokens. JWT access tokens stay cryptographically valid
// until they expire, as with any provider issuing self-contained tokens.
func (s *storage) TerminateSession(_ context.Context, userID, clientID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for id, t := range s.tokens {
		if t.subject == userID && t.clientID == clientID {
			delete(s.tokens, id)
		}
	}
	return nil
}

// RevokeToken implements op.Storage for the revocation endpoint.
func (s *storage) RevokeToken(_ context.Context, tokenID, _, clientID string) *oidc.Error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.tokens[tokenID]
	if !ok {
		// RFC 7009: unknown tokens are not an error.
		return nil
	}
	if t.clientID != clientID {
		return oidc.ErrInvalidClient().WithDescription("token was not issued to this client")
	}
	delete(s.tokens, tokenID)
	return nil
}

// GetClientByClientID implements op.Storage. zitadel refuses an authorize
// request for an unknown client without redirecting anywhere. invalid_client
// rather than a plain error keeps end_session from answering it with a 500.
func (s *storage) GetClientByClientID(_ context.Context, clientID string) (op.Client, error) {
	c, ok := s.clients[clientID]
	if !ok {
		return nil, oidc.ErrInvalidClient().WithDescription("unknown client")
	}
	return opClient{Client: c, issuer: s.issuer}, nil
}

// AuthorizeClientIDSecret implements op.Storage for the token endpoint.
func (s *storage) AuthorizeClientIDSecret(_ context.Context, clientID, secret string) error {
	c, ok := s.clients[clientID]
	if !ok || subtle.ConstantTimeCompare([]byte(secret), []byte(c.Secret)) != 1 {
		return errors.New("invalid client credentials")
	}
	return nil
}

// token returns a live access token record by ID.
func (s *storage) token(id string) (*accessToken, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.tokens[id]
	if !ok || s.now().After(t.expires) {
		return nil, false
	}
	return t, true
}

// SetUserinfoFromScopes implements op.Storage. zitadel documents it as
// deprecated in favour of SetUserinfoFromRequest, so it is left empty.
func (s *storage) SetUserinfoFromScopes(context.Context, *oidc.UserInfo, string, string, []string) error {
	return nil
}

// SetUserinfoFromRequest implements op.CanSetUserinfoFromRequest: the claims
// of the ID token.
func (s *storage) SetUserinfoFromRequest(_ context.Context, info *oidc.UserInfo, req op.IDTokenRequest, scopes []string) error {
	return s.setUserinfo(info, req.GetSubject(), scopes)
}

// SetUserinfoFromToken implements op.Storage: the userinfo endpoint.
func (s *storage) SetUserinfoFromToken(_ context.Context, info *oidc.UserInfo, tokenID, _, _ string) error {
	t, ok := s.token(tokenID)
	if !ok {
		return errors.New("access token is invalid or expired")
	}
	return s.setUserinfo(info, t.subject, t.scopes)
}

// SetIntrospectionFromToken implements op.Storage: the introspection
// endpoint, answering only the client the token was issued to.
func (s *storage) SetIntrospectionFromToken(_ context.Context, resp *oidc.IntrospectionResponse, tokenID, subject, clientID string) error {
	t, ok := s.token(tokenID)
	if !ok || !slices.Contains(t.audience, clientID) {
		return errors.New("access token is invalid for this client")
	}
	info := new(oidc.UserInfo)
	if err := s.setUserinfo(info, subject, t.scopes); err != nil {
		return err
	}
	resp.SetUserInfo(info)
	resp.Scope = t.scopes
	resp.ClientID = t.clientID
	resp.Expiration = oidc.FromTime(t.expires)
	return nil
}

// setUserinfo fills the standard claims the requested scopes allow.
func (s *storage) setUserinfo(info *oidc.UserInfo, subject string, scopes []string) error {
	user, ok := s.bySub[subject]
	if !ok {
		return errors.New("unknown user")
	}
	for _, scope := range scopes {
		switch scope {
		case oidc.ScopeOpenID:
			info.Subject = user.Subject
		case oidc.ScopeEmail:
			info.Email = user.Email
			// Demo addresses are trusted by construction; the portal relies on
			// email_verified just as it would with a production provider.
			info.EmailVerified = true
		case oidc.ScopeProfile:
			info.GivenName = user.GivenName
			info.FamilyName = user.FamilyName
			info.Name = user.displayName()
		}
	}
	return nil
}

// GetPrivateClaimsFromScopes implements op.Storage. Access tokens carry only
// the registered claims (iss, sub, aud, exp, client_id, jti), like a typical
// production provider, so the portal cannot come to rely on extra ones.
func (s *storage) GetPrivateClaimsFromScopes(context.Context, string, string, []string) (map[string]any, error) {
	return nil, nil
}
