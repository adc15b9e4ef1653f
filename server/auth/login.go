package auth

import (
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
	"unicode"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

const (
	loginCookie   = "portal_login"
	sessionCookie = "portal_session"
)

// Login starts the authorization-code flow: GET /auth/login?return_to=/path.
func (s *Service) Login(w http.ResponseWriter, r *http.Request) {
	p, err := s.discover(r.Context())
	if err != nil {
		s.logger.ErrorContext(r.Context(), "auth: identity provider unavailable", "error", err)
		http.Error(w, "The sign-in service is unavailable. Please try again in a moment.", http.StatusServiceUnavailable)
		return
	}
	st := loginState{
		State:    rand32(),
		Nonce:    rand32(),
		Verifier: oauth2.GenerateVerifier(),
		ReturnTo: safeReturnTo(r.URL.Query().Get("return_to")),
		Expires:  s.now().Add(loginStateLifetime),
	}
	sealed, err := newSealer(s.cfg.SessionKey, loginCookie).seal(st)
	if err != nil {
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name: loginCookie, Value: sealed, Path: "/auth/", MaxAge: int(loginStateLifetime.Seconds()),
		HttpOnly: true, Secure: s.cfg.SecureCookies, SameSite: http.SameSiteLaxMode,
	})
	http.Redirect(w, r, p.oauth2.AuthCodeURL(st.State, oidc.Nonce(st.Nonce), oauth2.S256ChallengeOption(st.Verifier)), http.StatusFound)
}

// Callback completes the flow: it checks state and nonce, exchanges the code with the PKCE
// verifier, verifies the ID token, and starts a session.
func (s *Service) Callback(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	q := r.URL.Query()
	if q.Get("error") != "" {
		// The provider's error text is not shown: anyone can put anything in this query string.
		http.Error(w, "Sign-in was not completed at the identity provider. Go back to the portal and try again.", http.StatusUnauthorized)
		return
	}
	var st loginState
	c, err := r.Cookie(loginCookie)
	if err == nil {
		err = newSealer(s.cfg.SessionKey, loginCookie).open(c.Value, &st)
	}
	if err != nil || st.State == "" || st.State != q.Get("state") || s.now().After(st.Expires) {
		http.Error(w, "This sign-in attempt is unknown or has expired. Start again from the portal.", http.StatusBadRequest)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: loginCookie, Path: "/auth/", MaxAge: -1, HttpOnly: true, Secure: s.cfg.SecureCookies, SameSite: http.SameSiteLaxMode})

	p, err := s.discover(ctx)
	if err != nil {
		http.Error(w, "The sign-in service is unavailable. Please try again in a moment.", http.StatusServiceUnavailable)
		return
	}
	token, err := p.oauth2.Exchange(s.oidcContext(ctx), q.Get("code"), oauth2.VerifierOption(st.Verifier))
	if err != nil {
		s.logger.WarnContext(ctx, "auth: code exchange failed", "error", err)
		http.Error(w, "Sign-in failed: the identity provider did not accept the code.", http.StatusUnauthorized)
		return
	}
	rawID, _ := token.Extra("id_token").(string)
	idToken, err := p.verifier.Verify(s.oidcContext(ctx), rawID)
	if err != nil || idToken.Nonce != st.Nonce {
		s.logger.WarnContext(ctx, "auth: ID token refused", "error", err)
		http.Error(w, "Sign-in failed: the identity token was not valid.", http.StatusUnauthorized)
		return
	}
	var claims identityClaims
	if err := idToken.Claims(&claims); err != nil {
		http.Error(w, "Sign-in failed: the identity token was not readable.", http.StatusUnauthorized)
		return
	}
	claims.Issuer, claims.Subject = idToken.Issuer, idToken.Subject
	u, err := s.provision(ctx, claims, clientIP(r), r.UserAgent())
	if errors.Is(err, errAccountClosed) {
		http.Error(w, "This account has been closed and can no longer sign in.", http.StatusForbidden)
		return
	}
	if err != nil {
		s.logger.ErrorContext(ctx, "auth: provisioning the user", "error", err)
		http.Error(w, "Sign-in failed: internal error.", http.StatusInternalServerError)
		return
	}
	if err := s.startSession(ctx, w, u.ID, rawID); err != nil {
		s.logger.ErrorContext(ctx, "auth: starting a session", "error", err)
		http.Error(w, "Sign-in failed: internal error.", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, st.ReturnTo, http.StatusFound)
}

// Logout ends the session (POST /auth/logout) and, when the provider supports it, the provider's
// session too.
func (s *Service) Logout(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "Sign out with a POST request.", http.StatusMethodNotAllowed)
		return
	}
	idTokenHint := s.endSession(r)
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Path: "/", MaxAge: -1, HttpOnly: true, Secure: s.cfg.SecureCookies, SameSite: http.SameSiteLaxMode})
	target := "/"
	if p, err := s.discover(r.Context()); err == nil && p.endSession != "" && idTokenHint != "" {
		v := url.Values{
			"id_token_hint":            {idTokenHint},
			"client_id":                {s.cfg.ClientID},
			"post_logout_redirect_uri": {s.cfg.PublicURL + "/"},
		}
		target = p.endSession + "?" + v.Encode()
	}
	http.Redirect(w, r, target, http.StatusSeeOther)
}

// safeReturnTo keeps redirects after sign-in on this site: a path with no scheme, host,
// backslash or control character (browsers drop tabs and newlines, so "/\t/evil.example" would
// otherwise leave the site).
func safeReturnTo(p string) string {
	u, err := url.Parse(p)
	if err != nil || u.Scheme != "" || u.Host != "" || !strings.HasPrefix(p, "/") ||
		strings.HasPrefix(p, "//") || strings.ContainsFunc(p, func(r rune) bool { return r == '\\' || unicode.IsControl(r) }) {
		return "/"
	}
	return p
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
