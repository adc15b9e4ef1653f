package portal_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
)

func TestSignInThroughTheDevelopmentProviderShowsEachRole(t *testing.T) {
	h := start(t)
	for _, tt := range []struct {
		email, role, name, organisation string
	}{
		{"learner@example.com", "LEARNER", "Lucy Learner", ""},
		{"admin@acme.example", "EMPLOYER_ADMIN", "Adam Admin", "Acme Ltd"},
		{"dpo@provider.example", "STAFF", "Dana Protection", ""},
		{"priya.shah@acme.example", "LEARNER", "Priya Shah", "Acme Ltd"},
	} {
		t.Run(tt.email, func(t *testing.T) {
			b := h.as(tt.email)
			resp := h.gql(b, `{ me { email role displayName organisation { name } } }`, nil)
			if len(resp.Errors) > 0 {
				t.Fatalf("me: %+v", resp.Errors)
			}
			var data struct {
				Me struct {
					Email, Role, DisplayName string
					Organisation             *struct{ Name string }
				}
			}
			if err := json.Unmarshal(resp.Data, &data); err != nil {
				t.Fatal(err)
			}
			org := ""
			if data.Me.Organisation != nil {
				org = data.Me.Organisation.Name
			}
			if data.Me.Email != tt.email || data.Me.Role != tt.role || data.Me.DisplayName != tt.name || org != tt.organisation {
				t.Errorf("me = %+v (organisation %q), want %s %s %s %q", data.Me, org, tt.email, tt.role, tt.name, tt.organisation)
			}
		})
	}
}

func TestSessionCookieIsHttpOnlyAndSameSite(t *testing.T) {
	h := start(t)
	b, resp := h.signIn("learner@example.com", "demo", "/account?tab=data")
	if got := resp.Request.URL.RequestURI(); got != "/account?tab=data" {
		t.Errorf("after sign-in the browser is at %s, want the return_to path", got)
	}
	// The jar does not keep attributes, so read them off a fresh callback's Set-Cookie.
	if cookieNamed(b.Jar, h.url, "portal_session") == nil {
		t.Fatal("no session cookie after sign-in")
	}
	var setCookie string
	for r := resp; r != nil; r = r.Request.Response {
		if r.Request.URL.Path == "/auth/callback" {
			setCookie = strings.Join(r.Header.Values("Set-Cookie"), "\n")
		}
	}
	for _, attr := range []string{"portal_session=", "HttpOnly", "SameSite=Lax", "Path=/"} {
		if !strings.Contains(setCookie, attr) {
			t.Errorf("session Set-Cookie lacks %s: %q", attr, setCookie)
		}
	}
}

func TestSignInRefusesAWrongPassword(t *testing.T) {
	h := start(t)
	b, resp := h.signIn("learner@example.com", "wrong", "/")
	if resp.StatusCode != http.StatusUnauthorized || resp.Request.URL.Path == "/" {
		t.Fatalf("wrong password ended at %s with %d", resp.Request.URL, resp.StatusCode)
	}
	if got := h.gql(b, `{ me { email } }`, nil).code(); got != "UNAUTHENTICATED" {
		t.Errorf("me after a refused sign-in: code %q, want UNAUTHENTICATED", got)
	}
}

func TestCallbackRefusesAForgedOrReplayedState(t *testing.T) {
	h := start(t)
	for name, target := range map[string]string{
		"no login cookie":   "/auth/callback?code=x&state=y",
		"provider error":    "/auth/callback?error=access_denied",
		"state not started": "/auth/callback?state=abc&code=def",
	} {
		t.Run(name, func(t *testing.T) {
			resp, err := h.browser().Get(h.url + target)
			if err != nil {
				t.Fatal(err)
			}
			readBody(t, resp)
			if resp.StatusCode < 400 {
				t.Errorf("%s: status %d, want a refusal", target, resp.StatusCode)
			}
		})
	}
}

func TestSignOutRevokesTheSession(t *testing.T) {
	h := start(t)
	b := h.as("learner@example.com")
	stolen := cookieNamed(b.Jar, h.url, "portal_session")

	resp, err := b.PostForm(h.url+"/auth/logout", url.Values{})
	if err != nil {
		t.Fatal(err)
	}
	readBody(t, resp)
	if resp.Request.URL.Path != "/" || resp.Request.URL.Host != strings.TrimPrefix(h.url, "http://") {
		t.Errorf("after sign-out the browser is at %s, want the portal's /", resp.Request.URL)
	}
	if got := h.gql(b, `{ me { email } }`, nil).code(); got != "UNAUTHENTICATED" {
		t.Errorf("me after sign-out: %q, want UNAUTHENTICATED", got)
	}
	// The old cookie, replayed, is dead too: the session was revoked, not just forgotten.
	replay := h.browser()
	u, _ := url.Parse(h.url)
	replay.Jar.SetCookies(u, []*http.Cookie{stolen})
	if got := h.gql(replay, `{ me { email } }`, nil).code(); got != "UNAUTHENTICATED" {
		t.Errorf("me with the revoked cookie: %q, want UNAUTHENTICATED", got)
	}
	resp, err = b.Get(h.url + "/auth/logout")
	if err != nil {
		t.Fatal(err)
	}
	readBody(t, resp)
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /auth/logout: %d, want 405 (sign-out is a POST)", resp.StatusCode)
	}
}

func TestReturnToStaysOnTheSite(t *testing.T) {
	h := start(t)
	for _, target := range []string{"https://evil.example/", "//evil.example/x", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/ok\\..\\evil"} {
		_, resp := h.signIn("learner@example.com", "demo", target)
		if resp.Request.URL.Host != strings.TrimPrefix(h.url, "http://") || resp.Request.URL.Path != "/" {
			t.Errorf("return_to=%q ended at %s, want the portal's /", target, resp.Request.URL)
		}
	}
}
