package devidp

import (
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

// authRequestLifetime bounds how long a sign-in may sit on the login page;
// after it the request (and any code issued for it) is forgotten.
const authRequestLifetime = 10 * time.Minute

// authRequest is the provider's record of one /authorize call, implementing
// op.AuthRequest. The storage hands out copies so zitadel's handlers never
// read a value the login page is writing concurrently.
type authRequest struct {
	id            string
	created       time.Time
	clientID      string
	redirectURI   string
	state         string
	nonce         string
	scopes        []string
	responseType  oidc.ResponseType
	responseMode  oidc.ResponseMode
	codeChallenge *oidc.CodeChallenge

	// Set by the login page once the user has proven who they are.
	subject  string
	authTime time.Time
	done     bool
}

var _ op.AuthRequest = (*authRequest)(nil)

func newAuthRequest(id string, req *oidc.AuthRequest, now time.Time) *authRequest {
	return &authRequest{
		id:           id,
		created:      now,
		clientID:     req.ClientID,
		redirectURI:  req.RedirectURI,
		state:        req.State,
		nonce:        req.Nonce,
		scopes:       req.Scopes,
		responseType: req.ResponseType,
		responseMode: req.ResponseMode,
		codeChallenge: &oidc.CodeChallenge{
			Challenge: req.CodeChallenge,
			Method:    req.CodeChallengeMethod,
		},
	}
}

// requirePKCE refuses authorization requests without an S256 code challenge.
// zitadel only verifies PKCE when the client opted in, so requiring it is up
// to the storage; doing it here keeps the dev provider as strict as we want
// production to be.
func requirePKCE(req *oidc.AuthRequest) error {
	if req.CodeChallenge == "" || req.CodeChallengeMethod != oidc.CodeChallengeMethodS256 {
		return oidc.ErrInvalidRequest().WithDescription("PKCE with code_challenge_method=S256 is required")
	}
	return nil
}

func (a *authRequest) expired(now time.Time) bool {
	return now.Sub(a.created) > authRequestLifetime
}

func (a *authRequest) clone() *authRequest {
	c := *a
	return &c
}

// GetID implements op.AuthRequest.
func (a *authRequest) GetID() string { return a.id }

// GetACR implements op.AuthRequest; no authentication context classes are used.
func (a *authRequest) GetACR() string { return "" }

// GetAMR implements op.AuthRequest: the only method is a password.
func (a *authRequest) GetAMR() []string {
	if a.done {
		return []string{"pwd"}
	}
	return nil
}

// GetAudience implements op.AuthRequest. The client ID is the audience of
// both the ID token and the JWT access token, which is what lets the portal
// verify access tokens with go-oidc's ClientID check.
func (a *authRequest) GetAudience() []string { return []string{a.clientID} }

// GetAuthTime implements op.AuthRequest.
func (a *authRequest) GetAuthTime() time.Time { return a.authTime }

// GetClientID implements op.AuthRequest.
func (a *authRequest) GetClientID() string { return a.clientID }

// GetCodeChallenge implements op.AuthRequest.
func (a *authRequest) GetCodeChallenge() *oidc.CodeChallenge { return a.codeChallenge }

// GetNonce implements op.AuthRequest.
func (a *authRequest) GetNonce() string { return a.nonce }

// GetRedirectURI implements op.AuthRequest.
func (a *authRequest) GetRedirectURI() string { return a.redirectURI }

// GetResponseType implements op.AuthRequest.
func (a *authRequest) GetResponseType() oidc.ResponseType { return a.responseType }

// GetResponseMode implements op.AuthRequest.
func (a *authRequest) GetResponseMode() oidc.ResponseMode { return a.responseMode }

// GetScopes implements op.AuthRequest.
func (a *authRequest) GetScopes() []string { return a.scopes }

// GetState implements op.AuthRequest.
func (a *authRequest) GetState() string { return a.state }

// GetSubject implements op.AuthRequest.
func (a *authRequest) GetSubject() string { return a.subject }

// Done implements op.AuthRequest: true once the login page accepted a password.
func (a *authRequest) Done() bool { return a.done }
