package devidp

import (
	"context"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

const (
	testClientID     = "portal"
	testClientSecret = "portal-dev-secret"
)

var testUsers = []User{
	{Subject: "demo-learner", Email: "learner@example.com", GivenName: "Lee", FamilyName: "Learner", Description: "Learner"},
	{Subject: "demo-employer", Email: "employer@example.com", GivenName: "Erin", FamilyName: "Employer", Description: "Employer admin, Acme Ltd"},
	{Subject: "demo-dpo", Email: "dpo@example.com", GivenName: "Dana", FamilyName: "Officer", Description: "Staff (DPO)"},
}

// testEnv is a portal stand-in: one httptest server whose mux mounts the
// provider at /dev-idp/ exactly as the portal does, and which also serves the
// relying party's callback and post-logout pages.
type testEnv struct {
	srv         *httptest.Server
	issuer      string
	redirectURI string
	logoutURI   string
	ctx         context.Context
	provider    *oidc.Provider
	oauth       oauth2.Config
}

func newTestEnv(t *testing.T) *testEnv {
	t.Helper()
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	env := &testEnv{
		srv:         srv,
		issuer:      srv.URL + "/dev-idp",
		redirectURI: srv.URL + "/auth/callback",
		logoutURI:   srv.URL + "/signed-out",
	}
	h, err := New(env.issuer, testUsers, []Client{{
		ID:                     testClientID,
		Secret:                 testClientSecret,
		RedirectURIs:           []string{env.redirectURI},
		PostLogoutRedirectURIs: []string{env.logoutURI},
	}})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	mux.Handle("/dev-idp/", h)
	mux.HandleFunc("/auth/callback", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "callback") })
	mux.HandleFunc("/signed-out", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "signed out") })

	// go-oidc and oauth2 both pick their HTTP client from the context.
	env.ctx = oidc.ClientContext(t.Context(), srv.Client())
	env.ctx = context.WithValue(env.ctx, oauth2.HTTPClient, srv.Client())
	env.provider, err = oidc.NewProvider(env.ctx, env.issuer)
	if err != nil {
		t.Fatalf("discovery: %v", err)
	}
	env.oauth = oauth2.Config{
		ClientID:     testClientID,
		ClientSecret: testClientSecret,
		Endpoint:     env.provider.Endpoint(),
		RedirectURL:  env.redirectURI,
		Scopes:       []string{oidc.ScopeOpenID, "email", "profile"},
	}
	return env
}

// browser is a cookie-keeping user agent that never follows redirects on its
// own, so every hop of the flow can be inspected.
type browser struct {
	t      *testing.T
	client *http.Client
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &browser{t: t, client: &http.Client{
		Jar:           jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

// page is a fetched response with its body read, since every caller needs it.
type page struct {
	status int
	header http.Header
	url    *url.URL
	body   string
}

func (b *browser) do(req *http.Request) page {
	b.t.Helper()
	resp, err := b.client.Do(req)
	if err != nil {
		b.t.Fatalf("%s %s: %v", req.Method, req.URL, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		b.t.Fatal(err)
	}
	return page{status: resp.StatusCode, header: resp.Header, url: req.URL, body: string(body)}
}

func (b *browser) get(rawURL string) page {
	b.t.Helper()
	req, err := http.NewRequest(http.MethodGet, rawURL, nil)
	if err != nil {
		b.t.Fatal(err)
	}
	return b.do(req)
}

func (b *browser) postForm(rawURL string, form url.Values) page {
	b.t.Helper()
	req, err := http.NewRequest(http.MethodPost, rawURL, strings.NewReader(form.Encode()))
	if err != nil {
		b.t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return b.do(req)
}

// location resolves the Location header of a redirect against its request.
func (p page) location(t *testing.T) *url.URL {
	t.Helper()
	if p.status < 300 || p.status > 399 {
		t.Fatalf("%s: status %d, want a redirect; body: %s", p.url, p.status, p.body)
	}
	loc, err := p.url.Parse(p.header.Get("Location"))
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// followUntilPage follows redirects until the response is not a redirect.
func (b *browser) followUntilPage(p page) page {
	b.t.Helper()
	for range 10 {
		if p.status < 300 || p.status > 399 {
			return p
		}
		p = b.get(p.location(b.t).String())
	}
	b.t.Fatalf("too many redirects, last at %s", p.url)
	return p
}

// openLogin starts an authorization request and returns the login page and
// the auth request ID the provider redirected to it with.
func (b *browser) openLogin(authURL string) (page, string) {
	b.t.Helper()
	login := b.followUntilPage(b.get(authURL))
	if login.status != http.StatusOK || login.url.Path != "/dev-idp/login" {
		b.t.Fatalf("expected the login page, got %d at %s: %s", login.status, login.url, login.body)
	}
	return login, login.url.Query().Get("authRequestID")
}

var formActionRE = regexp.MustCompile(`<form method="post" action="([^"]+)"`)

// submitLogin posts the page's own form action, as a browser would.
func (b *browser) submitLogin(login page, id, email, password string) page {
	b.t.Helper()
	m := formActionRE.FindStringSubmatch(login.body)
	if m == nil {
		b.t.Fatalf("no login form on the page: %s", login.body)
	}
	action, err := login.url.Parse(m[1])
	if err != nil {
		b.t.Fatal(err)
	}
	return b.postForm(action.String(), url.Values{
		"authRequestID": {id},
		"email":         {email},
		"password":      {password},
	})
}

// pkceAuthURL builds an authorization URL the way the portal does.
func (e *testEnv) pkceAuthURL(state, nonce, verifier string) string {
	return e.oauth.AuthCodeURL(state, oidc.Nonce(nonce), oauth2.S256ChallengeOption(verifier))
}

// signIn runs the browser part of the flow and returns the callback query.
func (e *testEnv) signIn(t *testing.T, b *browser, authURL, email string) url.Values {
	t.Helper()
	login, id := b.openLogin(authURL)
	done := b.followUntilPage(b.submitLogin(login, id, email, demoPassword))
	if done.url.String() != e.redirectURI+"?"+done.url.RawQuery {
		t.Fatalf("ended at %s, want the redirect URI %s", done.url, e.redirectURI)
	}
	return done.url.Query()
}
