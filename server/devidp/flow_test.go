package devidp

import (
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

// login runs a complete sign-in for email and returns the token response.
func (e *testEnv) login(t *testing.T, email string) *oauth2.Token {
	t.Helper()
	verifier := oauth2.GenerateVerifier()
	q := e.signIn(t, newBrowser(t), e.pkceAuthURL("st", "nc", verifier), email)
	tok, err := e.oauth.Exchange(e.ctx, q.Get("code"), oauth2.VerifierOption(verifier))
	if err != nil {
		t.Fatalf("exchange: %v", err)
	}
	return tok
}

func TestCodeFlowWithPKCE(t *testing.T) {
	env := newTestEnv(t)
	state, nonce, verifier := "state-123", "nonce-456", oauth2.GenerateVerifier()

	q := env.signIn(t, newBrowser(t), env.pkceAuthURL(state, nonce, verifier), "learner@example.com")
	if got := q.Get("state"); got != state {
		t.Fatalf("state = %q, want %q", got, state)
	}
	tok, err := env.oauth.Exchange(env.ctx, q.Get("code"), oauth2.VerifierOption(verifier))
	if err != nil {
		t.Fatalf("exchange: %v", err)
	}

	verifyIDToken(t, env, tok, nonce)
	verifyAccessToken(t, env, tok)

	info, err := env.provider.UserInfo(env.ctx, oauth2.StaticTokenSource(tok))
	if err != nil {
		t.Fatalf("userinfo: %v", err)
	}
	if info.Email != "learner@example.com" || !info.EmailVerified {
		t.Errorf("userinfo email = %q verified=%v", info.Email, info.EmailVerified)
	}

	// zitadel deletes the auth request on exchange, so codes are single-use.
	if _, err := env.oauth.Exchange(env.ctx, q.Get("code"), oauth2.VerifierOption(verifier)); err == nil {
		t.Error("second exchange of the same code succeeded")
	}
}

func verifyIDToken(t *testing.T, env *testEnv, tok *oauth2.Token, nonce string) {
	t.Helper()
	raw, ok := tok.Extra("id_token").(string)
	if !ok {
		t.Fatal("token response has no id_token")
	}
	idt, err := env.provider.Verifier(&oidc.Config{ClientID: testClientID}).Verify(env.ctx, raw)
	if err != nil {
		t.Fatalf("verify ID token: %v", err)
	}
	if idt.Nonce != nonce {
		t.Errorf("nonce = %q, want %q", idt.Nonce, nonce)
	}
	var claims struct {
		Email         string `json:"email"`
		EmailVerified bool   `json:"email_verified"`
		Name          string `json:"name"`
		GivenName     string `json:"given_name"`
		FamilyName    string `json:"family_name"`
	}
	if err := idt.Claims(&claims); err != nil {
		t.Fatal(err)
	}
	want := struct {
		Email         string `json:"email"`
		EmailVerified bool   `json:"email_verified"`
		Name          string `json:"name"`
		GivenName     string `json:"given_name"`
		FamilyName    string `json:"family_name"`
	}{"learner@example.com", true, "Lee Learner", "Lee", "Learner"}
	if idt.Subject != "demo-learner" || claims != want {
		t.Errorf("ID token sub=%q claims=%+v, want demo-learner %+v", idt.Subject, claims, want)
	}
}

// verifyAccessToken checks what the portal's API does with a bearer token:
// plain go-oidc verification with the client ID as audience.
func verifyAccessToken(t *testing.T, env *testEnv, tok *oauth2.Token) {
	t.Helper()
	at, err := env.provider.Verifier(&oidc.Config{ClientID: testClientID}).Verify(env.ctx, tok.AccessToken)
	if err != nil {
		t.Fatalf("verify access token as JWT: %v", err)
	}
	if at.Subject != "demo-learner" || !slices.Contains(at.Audience, testClientID) {
		t.Errorf("access token sub=%q aud=%v", at.Subject, at.Audience)
	}
	if _, err := env.provider.Verifier(&oidc.Config{ClientID: "someone-else"}).Verify(env.ctx, tok.AccessToken); err == nil {
		t.Error("access token verified for a foreign audience")
	}
}

func TestDiscovery(t *testing.T) {
	env := newTestEnv(t)
	var doc struct {
		Issuer           string   `json:"issuer"`
		Authorization    string   `json:"authorization_endpoint"`
		Token            string   `json:"token_endpoint"`
		Userinfo         string   `json:"userinfo_endpoint"`
		JWKS             string   `json:"jwks_uri"`
		EndSession       string   `json:"end_session_endpoint"`
		ChallengeMethods []string `json:"code_challenge_methods_supported"`
		SigningAlgs      []string `json:"id_token_signing_alg_values_supported"`
	}
	if err := env.provider.Claims(&doc); err != nil {
		t.Fatal(err)
	}
	if doc.Issuer != env.issuer {
		t.Errorf("issuer = %q, want %q", doc.Issuer, env.issuer)
	}
	for _, ep := range []string{doc.Authorization, doc.Token, doc.Userinfo, doc.JWKS, doc.EndSession} {
		if !strings.HasPrefix(ep, env.issuer+"/") {
			t.Errorf("endpoint %q is not below the issuer", ep)
		}
	}
	if !slices.Contains(doc.ChallengeMethods, "S256") || !slices.Contains(doc.SigningAlgs, "RS256") {
		t.Errorf("challenge methods %v, signing algs %v", doc.ChallengeMethods, doc.SigningAlgs)
	}
	if p := newBrowser(t).get(doc.JWKS); p.status != http.StatusOK || !strings.Contains(p.body, `"RS256"`) {
		t.Errorf("JWKS: %d %s", p.status, p.body)
	}
}

func TestWrongCredentialsRefused(t *testing.T) {
	tests := []struct{ name, email, password string }{
		{"wrong password", "learner@example.com", "not-demo"},
		{"empty password", "learner@example.com", ""},
		{"unknown email", "nobody@example.com", demoPassword},
	}
	env := newTestEnv(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBrowser(t)
			login, id := b.openLogin(env.pkceAuthURL("s", "n", oauth2.GenerateVerifier()))
			p := b.submitLogin(login, id, tt.email, tt.password)
			if p.status != http.StatusUnauthorized || !strings.Contains(p.body, `role="alert"`) ||
				!strings.Contains(p.body, "Wrong email or password") {
				t.Fatalf("status %d, body: %s", p.status, p.body)
			}
			// Jumping straight to zitadel's callback must not yield a code.
			cb := b.get(env.issuer + "/authorize/callback?id=" + url.QueryEscape(id)).location(t)
			if cb.Query().Get("code") != "" || cb.Query().Get("error") != "interaction_required" {
				t.Errorf("callback after failed login redirected to %s", cb)
			}
		})
	}
}

func TestRetryAfterWrongPassword(t *testing.T) {
	env := newTestEnv(t)
	b := newBrowser(t)
	login, id := b.openLogin(env.pkceAuthURL("s", "n", oauth2.GenerateVerifier()))
	retry := b.submitLogin(login, id, "learner@example.com", "nope")
	done := b.followUntilPage(b.submitLogin(retry, id, "Learner@Example.com", demoPassword))
	if done.url.Path != "/auth/callback" || done.url.Query().Get("code") == "" {
		t.Fatalf("retry ended at %s", done.url)
	}
	// The completed request cannot be signed in again as someone else.
	again := b.submitLogin(login, id, "dpo@example.com", demoPassword)
	if again.status != http.StatusBadRequest || !strings.Contains(again.body, "already been completed") {
		t.Fatalf("second login on a completed request: status %d, body: %s", again.status, again.body)
	}
}

func TestAuthorizeRequiresS256PKCE(t *testing.T) {
	verifier := oauth2.GenerateVerifier()
	tests := []struct {
		name string
		opts []oauth2.AuthCodeOption
	}{
		{"no code challenge", nil},
		{"plain code challenge", []oauth2.AuthCodeOption{
			oauth2.SetAuthURLParam("code_challenge", verifier),
			oauth2.SetAuthURLParam("code_challenge_method", "plain"),
		}},
	}
	env := newTestEnv(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc := newBrowser(t).get(env.oauth.AuthCodeURL("s", tt.opts...)).location(t)
			if !strings.HasPrefix(loc.String(), env.redirectURI) || loc.Query().Get("error") != "invalid_request" {
				t.Errorf("redirected to %s, want invalid_request at the redirect URI", loc)
			}
		})
	}
}

func TestCodeExchangeRequiresVerifier(t *testing.T) {
	tests := []struct {
		name      string
		opts      []oauth2.AuthCodeOption
		wantError string
	}{
		{"no verifier", nil, "invalid_request"},
		{"wrong verifier", []oauth2.AuthCodeOption{oauth2.VerifierOption(oauth2.GenerateVerifier())}, "invalid_grant"},
	}
	env := newTestEnv(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			authURL := env.pkceAuthURL("s", "n", oauth2.GenerateVerifier())
			q := env.signIn(t, newBrowser(t), authURL, "learner@example.com")
			_, err := env.oauth.Exchange(env.ctx, q.Get("code"), tt.opts...)
			var re *oauth2.RetrieveError
			if !errors.As(err, &re) || re.ErrorCode != tt.wantError {
				t.Errorf("exchange error = %v, want %s", err, tt.wantError)
			}
		})
	}
}

func TestUnregisteredClientRefused(t *testing.T) {
	env := newTestEnv(t)
	tests := []struct {
		name   string
		mutate func(*oauth2.Config)
	}{
		{"unknown client ID", func(c *oauth2.Config) { c.ClientID = "not-registered" }},
		{"unregistered redirect URI", func(c *oauth2.Config) { c.RedirectURL = env.srv.URL + "/evil" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := env.oauth
			tt.mutate(&cfg)
			verifier := oauth2.GenerateVerifier()
			p := newBrowser(t).get(cfg.AuthCodeURL("s", oauth2.S256ChallengeOption(verifier)))
			// No redirect at all: the redirect URI cannot be trusted.
			if p.status != http.StatusBadRequest || p.header.Get("Location") != "" {
				t.Errorf("status %d, Location %q", p.status, p.header.Get("Location"))
			}
		})
	}
}

func TestWrongClientSecretRefused(t *testing.T) {
	env := newTestEnv(t)
	verifier := oauth2.GenerateVerifier()
	q := env.signIn(t, newBrowser(t), env.pkceAuthURL("s", "n", verifier), "learner@example.com")
	cfg := env.oauth
	cfg.ClientSecret = "wrong"
	_, err := cfg.Exchange(env.ctx, q.Get("code"), oauth2.VerifierOption(verifier))
	var re *oauth2.RetrieveError
	if !errors.As(err, &re) || re.ErrorCode != "invalid_client" {
		t.Errorf("exchange error = %v, want invalid_client", err)
	}
}

func TestEndSession(t *testing.T) {
	env := newTestEnv(t)
	idToken, _ := env.login(t, "employer@example.com").Extra("id_token").(string)
	tests := []struct {
		name       string
		params     url.Values
		wantStatus int
		wantTarget string
	}{
		{"registered post-logout URI", url.Values{"id_token_hint": {idToken}, "post_logout_redirect_uri": {env.logoutURI}, "state": {"bye"}},
			http.StatusFound, env.logoutURI + "?state=bye"},
		{"client ID instead of hint", url.Values{"client_id": {testClientID}, "post_logout_redirect_uri": {env.logoutURI}},
			http.StatusFound, env.logoutURI},
		{"unregistered post-logout URI", url.Values{"id_token_hint": {idToken}, "post_logout_redirect_uri": {env.srv.URL + "/evil"}},
			http.StatusBadRequest, ""},
		{"unknown client", url.Values{"client_id": {"not-registered"}, "post_logout_redirect_uri": {env.logoutURI}},
			http.StatusUnauthorized, ""},
		{"no post-logout URI", url.Values{}, http.StatusFound, env.issuer + "/logged-out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBrowser(t)
			p := b.get(env.issuer + "/end_session?" + tt.params.Encode())
			if p.status != tt.wantStatus || p.header.Get("Location") != tt.wantTarget {
				t.Fatalf("status %d Location %q, want %d %q", p.status, p.header.Get("Location"), tt.wantStatus, tt.wantTarget)
			}
			if tt.wantTarget != "" {
				if final := b.get(tt.wantTarget); final.status != http.StatusOK {
					t.Errorf("post-logout page: %d", final.status)
				}
			}
		})
	}
}

func TestPromptNoneNeedsLogin(t *testing.T) {
	env := newTestEnv(t)
	authURL := env.pkceAuthURL("s", "n", oauth2.GenerateVerifier()) + "&prompt=none"
	loc := newBrowser(t).get(authURL).location(t)
	if loc.Query().Get("error") != "login_required" {
		t.Errorf("prompt=none redirected to %s, want login_required", loc)
	}
}
