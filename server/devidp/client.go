package devidp

import (
	"net/url"
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

// tokenLifetime is the validity of ID and access tokens. Refresh tokens are
// not issued, so it is long enough for a development session.
const tokenLifetime = time.Hour

// opClient adapts a registered Client to zitadel's op.Client.
type opClient struct {
	Client
	issuer string
}

var _ op.Client = opClient{}

// GetID implements op.Client.
func (c opClient) GetID() string { return c.ID }

// RedirectURIs implements op.Client; zitadel matches them exactly.
func (c opClient) RedirectURIs() []string { return c.Client.RedirectURIs }

// PostLogoutRedirectURIs implements op.Client; end_session only redirects to
// one of these.
func (c opClient) PostLogoutRedirectURIs() []string { return c.Client.PostLogoutRedirectURIs }

// ApplicationType implements op.Client. A web (confidential) client may use
// http redirect URIs with the code flow, which local development needs.
func (c opClient) ApplicationType() op.ApplicationType { return op.ApplicationTypeWeb }

// AuthMethod implements op.Client. zitadel also accepts client_secret_post
// for such clients because the provider enables AuthMethodPost.
func (c opClient) AuthMethod() oidc.AuthMethod { return oidc.AuthMethodBasic }

// ResponseTypes implements op.Client: the code flow only, no implicit flow.
func (c opClient) ResponseTypes() []oidc.ResponseType {
	return []oidc.ResponseType{oidc.ResponseTypeCode}
}

// GrantTypes implements op.Client: no refresh tokens, no client credentials.
func (c opClient) GrantTypes() []oidc.GrantType {
	return []oidc.GrantType{oidc.GrantTypeCode}
}

// LoginURL implements op.Client. It is absolute because zitadel redirects to
// it from a handler that sees the path with the issuer prefix stripped.
func (c opClient) LoginURL(authRequestID string) string {
	return c.issuer + loginPath + "?authRequestID=" + url.QueryEscape(authRequestID)
}

// AccessTokenType implements op.Client. JWT access tokens let API clients
// send them as bearer tokens that the portal verifies with go-oidc.
func (c opClient) AccessTokenType() op.AccessTokenType { return op.AccessTokenTypeJWT }

// IDTokenLifetime implements op.Client.
func (c opClient) IDTokenLifetime() time.Duration { return tokenLifetime }

// DevMode implements op.Client. It stays off so redirect URI checks are as
// strict as zitadel's production rules.
func (c opClient) DevMode() bool { return false }

// RestrictAdditionalIdTokenScopes implements op.Client; there are no custom
// scopes to restrict.
func (c opClient) RestrictAdditionalIdTokenScopes() func([]string) []string {
	return func(scopes []string) []string { return scopes }
}

// RestrictAdditionalAccessTokenScopes implements op.Client; there are no
// custom scopes to restrict.
func (c opClient) RestrictAdditionalAccessTokenScopes() func([]string) []string {
	return func(scopes []string) []string { return scopes }
}

// IsScopeAllowed implements op.Client: only the standard scopes are known.
func (c opClient) IsScopeAllowed(string) bool { return false }

// IDTokenUserinfoClaimsAssertion implements op.Client. Without it zitadel
// leaves email and profile claims out of the ID token whenever an access
// token is issued, and the portal reads them from the ID token.
func (c opClient) IDTokenUserinfoClaimsAssertion() bool { return true }

// ClockSkew implements op.Client.
func (c opClient) ClockSkew() time.Duration { return 0 }
