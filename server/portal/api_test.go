package portal_test

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

// An API client that gets an access token from the development provider can call the API with
// it: the same verification as the production path.
func TestDevelopmentProviderAccessTokenWorksAsBearer(t *testing.T) {
	h := start(t)
	ctx := context.Background()
	provider, err := oidc.NewProvider(ctx, h.cfg.OIDCIssuer)
	if err != nil {
		t.Fatal(err)
	}
	conf := oauth2.Config{ClientID: h.cfg.OIDCClientID, ClientSecret: h.cfg.OIDCClientSecret,
		Endpoint: provider.Endpoint(), RedirectURL: h.url + "/auth/callback", Scopes: []string{oidc.ScopeOpenID, "email"}}
	verifier := oauth2.GenerateVerifier()
	b := h.browser()
	// Stop at the redirect to the portal's callback: this client redeems the code itself.
	b.CheckRedirect = func(req *http.Request, _ []*http.Request) error {
		if req.URL.Path == "/auth/callback" {
			return http.ErrUseLastResponse
		}
		return nil
	}
	resp, err := b.Get(conf.AuthCodeURL("state-1", oauth2.S256ChallengeOption(verifier)))
	if err != nil {
		t.Fatal(err)
	}
	m := authRequestIDPattern.FindStringSubmatch(readBody(t, resp))
	if m == nil {
		t.Fatal("no login form")
	}
	resp, err = b.PostForm(h.cfg.OIDCIssuer+"/login", url.Values{"authRequestID": {m[1]}, "email": {"dpo@provider.example"}, "password": {"demo"}})
	if err != nil {
		t.Fatal(err)
	}
	readBody(t, resp)
	callback, err := resp.Location()
	if err != nil || callback.Path != "/auth/callback" {
		t.Fatalf("expected a redirect to the callback, got %d %v", resp.StatusCode, err)
	}
	token, err := conf.Exchange(ctx, callback.Query().Get("code"), oauth2.VerifierOption(verifier))
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodPost, h.url+"/graphql", strings.NewReader(`{"query":"{ me { email role } }"}`))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token.AccessToken)
	got := h.do(http.DefaultClient, req)
	if got.code() != "" || !contains(string(got.Data), "dpo@provider.example") {
		t.Fatalf("me with the access token: %s %+v", got.Data, got.Errors)
	}
}

// /graphql refuses what a cross-site HTML form can send, and GET may only query.
func TestGraphQLRefusesFormsAndGetMutations(t *testing.T) {
	h := start(t)
	b := h.as("learner@example.com")
	mutation := `mutation { updateProfile(input: {firstName: "Mallory"}) { firstName } }`
	for _, contentType := range []string{"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"} {
		req, _ := http.NewRequest(http.MethodPost, h.url+"/graphql", strings.NewReader(`{"query":"`+strings.ReplaceAll(mutation, `"`, `\"`)+`"}`))
		req.Header.Set("Content-Type", contentType)
		got := h.do(b, req)
		if got.Status != http.StatusUnsupportedMediaType || got.code() != "UNSUPPORTED_MEDIA_TYPE" {
			t.Errorf("POST as %s: status %d code %q, want 415 UNSUPPORTED_MEDIA_TYPE", contentType, got.Status, got.code())
		}
	}
	resp, err := b.Get(h.url + "/graphql?query=" + url.QueryEscape(mutation))
	if err != nil {
		t.Fatal(err)
	}
	body := readBody(t, resp)
	if resp.StatusCode < 400 && !strings.Contains(body, "errors") {
		t.Errorf("GET mutation: status %d body %s, want a refusal", resp.StatusCode, body)
	}
	me := h.gql(b, `{ me { displayName } }`, nil)
	if !contains(string(me.Data), "Lucy Learner") {
		t.Fatalf("a refused request changed the profile: %s", me.Data)
	}
	resp, err = b.Get(h.url + "/graphql?query=" + url.QueryEscape(`{ me { email } }`))
	if err != nil {
		t.Fatal(err)
	}
	if body := readBody(t, resp); !strings.Contains(body, "learner@example.com") {
		t.Errorf("GET query: %s", body)
	}
}

func TestPlaygroundAndIntrospectionAreForStaffOutsideDevelopment(t *testing.T) {
	iss := newTestIssuer(t)
	h := start(t, "OIDC_ISSUER", iss.url, "OIDC_CLIENT_ID", "portal-api", "OIDC_CLIENT_SECRET", "secret", "SUPPRESSION_KEY", strings.Repeat("k", 32),
		"SESSION_KEY", strings.Repeat("s", 32), "SMTP_URL", "smtp://127.0.0.1:2525")
	noRedirect := h.browser()
	noRedirect.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := noRedirect.Get(h.url + "/playground")
	if err != nil {
		t.Fatal(err)
	}
	readBody(t, resp)
	if loc := resp.Header.Get("Location"); resp.StatusCode != http.StatusFound || !strings.HasPrefix(loc, "/auth/login") {
		t.Errorf("anonymous /playground: %d to %q, want a redirect to sign in", resp.StatusCode, loc)
	}
	got := h.gql(http.DefaultClient, `{ __schema { queryType { name } } }`, nil)
	if got.code() == "" {
		t.Errorf("anonymous introspection succeeded outside development mode: %s", got.Data)
	}
}

func TestPlaygroundIsOpenInDevelopmentAndIntrospectionWorksForStaff(t *testing.T) {
	h := start(t)
	resp, err := http.Get(h.url + "/playground")
	if err != nil {
		t.Fatal(err)
	}
	readBody(t, resp)
	// Without a built frontend the page says so with 503; built, it is 200. Either way not a refusal.
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("/playground in development: %d", resp.StatusCode)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP %q does not restrict scripts to the portal", csp)
	}
	got := h.gql(h.as("dpo@provider.example"), `{ __schema { queryType { name } } }`, nil)
	if got.code() != "" || !contains(string(got.Data), "Query") {
		t.Errorf("staff introspection: %s %+v", got.Data, got.Errors)
	}
}

func TestComplexityLimitRefusesHugeQueries(t *testing.T) {
	h := start(t)
	got := h.gql(h.as("dpo@provider.example"), `{ users(first: 1000) { edges { node { email memberships { organisation { name } } activityEvents(first: 1000) { edges { node { ipAddress } } } } } } }`, nil)
	if got.code() != "COMPLEXITY_LIMIT_EXCEEDED" {
		t.Fatalf("code %q (%+v), want COMPLEXITY_LIMIT_EXCEEDED", got.code(), got.Errors)
	}
}

func TestConnectionsNeedABoundedPage(t *testing.T) {
	h := start(t)
	staff := h.as("dpo@provider.example")
	for _, query := range []string{
		`{ users { totalCount } }`,
		`{ users(first: 5000) { totalCount } }`,
		`{ me { activityEvents { totalCount } } }`,
		`query { ...F } fragment F on Query { organisations(last: -1) { totalCount } }`,
	} {
		if got := h.gql(staff, query, nil); got.code() != "VALIDATION" {
			t.Errorf("%s: code %q, want VALIDATION", query, got.code())
		}
	}
	if got := h.gql(staff, `query($n: Int) { users(first: $n) { totalCount } }`, map[string]any{"n": 10}); got.code() != "" {
		t.Errorf("a page of 10 by variable: %+v", got.Errors)
	}
}

func TestMalformedIDsAndCursorsAreTheClientsMistake(t *testing.T) {
	h := start(t)
	staff := h.as("dpo@provider.example")
	for _, query := range []string{
		`{ node(id: "abc") { id } }`,
		`{ nodes(ids: ["1", "x"]) { id } }`,
		`{ users(first: 1, after: "not-a-cursor") { totalCount } }`,
		`{ users(last: 1, before: "Zm9v") { totalCount } }`,
		`{ nodes(ids: [` + strings.Repeat(`"1",`, 101) + `]) { id } }`,
	} {
		if got := h.gql(staff, query, nil); got.code() != "VALIDATION" {
			t.Errorf("%s: code %q (%+v), want VALIDATION", query, got.code(), got.Errors)
		}
	}
}
