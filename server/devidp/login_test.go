package devidp

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/oauth2"
)

func TestLoginPage(t *testing.T) {
	env := newTestEnv(t)
	b := newBrowser(t)
	login, _ := b.openLogin(env.pkceAuthURL("s", "n", oauth2.GenerateVerifier()))

	mustContain := []string{
		`<html lang="en">`,
		`<h1>`,
		`development identity provider`,
		`never be used in production`,
		`<label for="email">`,
		`<label for="password">`,
		`href="/dev-idp/style.css"`,
		`Sign in as Lee Learner`,
		`learner@example.com`,
		`Employer admin, Acme Ltd`,
		`Staff (DPO)`,
	}
	for _, s := range mustContain {
		if !strings.Contains(login.body, s) {
			t.Errorf("login page lacks %q", s)
		}
	}
	for _, s := range []string{"<script", " style=", "http://", "https://"} {
		if strings.Contains(login.body, s) {
			t.Errorf("login page contains %q (scripts, inline styles and external assets are not allowed)", s)
		}
	}
	csp := login.header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("Content-Security-Policy = %q", csp)
	}

	css := b.get(env.issuer + "/style.css")
	if css.status != http.StatusOK || !strings.HasPrefix(css.header.Get("Content-Type"), "text/css") {
		t.Errorf("stylesheet: %d %q", css.status, css.header.Get("Content-Type"))
	}
}

func TestLoginPageUnknownRequest(t *testing.T) {
	env := newTestEnv(t)
	tests := []struct {
		name string
		do   func(b *browser) page
	}{
		{"show", func(b *browser) page { return b.get(env.issuer + "/login?authRequestID=made-up") }},
		{"submit", func(b *browser) page {
			return b.postForm(env.issuer+"/login", url.Values{
				"authRequestID": {"made-up"}, "email": {"learner@example.com"}, "password": {demoPassword},
			})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.do(newBrowser(t))
			if p.status != http.StatusBadRequest || !strings.Contains(p.body, "unknown or has expired") {
				t.Errorf("status %d, body: %s", p.status, p.body)
			}
		})
	}
}

func TestLoginRejectsCrossSitePost(t *testing.T) {
	env := newTestEnv(t)
	b := newBrowser(t)
	_, id := b.openLogin(env.pkceAuthURL("s", "n", oauth2.GenerateVerifier()))
	form := url.Values{"authRequestID": {id}, "email": {"learner@example.com"}, "password": {demoPassword}}
	req, err := http.NewRequest(http.MethodPost, env.issuer+"/login", strings.NewReader(form.Encode()))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if p := b.do(req); p.status != http.StatusForbidden {
		t.Errorf("cross-site post: status %d, want 403", p.status)
	}
}

func TestNewValidatesConfiguration(t *testing.T) {
	client := Client{ID: "c", Secret: "s", RedirectURIs: []string{"http://localhost/cb"}}
	user := User{Subject: "u", Email: "u@example.com"}
	tests := []struct {
		name    string
		issuer  string
		users   []User
		clients []Client
		wantErr bool
	}{
		{"http localhost", "http://localhost:8080/dev-idp", []User{user}, []Client{client}, false},
		{"https", "https://portal.example.test/dev-idp", []User{user}, []Client{client}, false},
		{"root issuer", "http://localhost:8080", []User{user}, []Client{client}, false},
		{"trailing slash", "http://localhost:8080/dev-idp/", []User{user}, []Client{client}, true},
		{"relative", "/dev-idp", []User{user}, []Client{client}, true},
		{"query", "http://localhost/dev-idp?x=1", []User{user}, []Client{client}, true},
		{"no users", "http://localhost/dev-idp", nil, []Client{client}, true},
		{"no clients", "http://localhost/dev-idp", []User{user}, nil, true},
		{"duplicate email", "http://localhost/dev-idp", []User{user, {Subject: "v", Email: "U@example.com"}}, []Client{client}, true},
		{"duplicate subject", "http://localhost/dev-idp", []User{user, {Subject: "u", Email: "v@example.com"}}, []Client{client}, true},
		{"client without redirect", "http://localhost/dev-idp", []User{user}, []Client{{ID: "c", Secret: "s"}}, true},
		{"client without secret", "http://localhost/dev-idp", []User{user}, []Client{{ID: "c", RedirectURIs: []string{"http://x/cb"}}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.issuer, tt.users, tt.clients)
			if (err != nil) != tt.wantErr {
				t.Errorf("New() error = %v, wantErr %v", err, tt.wantErr)
			}
		})
	}
}
