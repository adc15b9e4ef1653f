package portal_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/learnerportal/portal/server/config"
	"github.com/learnerportal/portal/server/portal"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// harness is a whole portal in development mode (its own identity provider, demo data) on a
// loopback test server, on SQLite or on the PostgreSQL of TEST_DATABASE_URL.
type harness struct {
	t      *testing.T
	url    string
	cfg    config.Config
	portal *portal.Portal
	// ids maps each demo account's email to its user ID.
	ids map[string]int
}

func start(t *testing.T, extraEnv ...string) *harness {
	t.Helper()
	srv := httptest.NewUnstartedServer(nil)
	vars := map[string]string{
		"PUBLIC_URL":   "http://" + srv.Listener.Addr().String(),
		"SQLITE_PATH":  filepath.Join(t.TempDir(), "portal.db"),
		"DATABASE_URL": storagetest.ScratchURL(t),
		"EXPORT_DIR":   filepath.Join(t.TempDir(), "exports"),
	}
	for i := 0; i+1 < len(extraEnv); i += 2 {
		vars[extraEnv[i]] = extraEnv[i+1]
	}
	cfg, err := config.Load(config.Env{Getenv: func(k string) string { return vars[k] }})
	if err != nil {
		t.Fatalf("config: %v", err)
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	p, err := portal.New(context.Background(), cfg, logger, time.Now)
	if err != nil {
		t.Fatalf("starting the portal: %v", err)
	}
	if err := p.Start(context.Background()); err != nil {
		t.Fatalf("starting background jobs: %v", err)
	}
	srv.Config.Handler = p.Handler
	srv.Start()
	t.Cleanup(func() {
		srv.Close()
		p.Close()
	})
	h := &harness{t: t, url: srv.URL, cfg: cfg, portal: p, ids: map[string]int{}}
	users, err := p.Store.Client.User.Query().All(viewer.SystemContext(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		h.ids[u.Email] = u.ID
	}
	return h
}

// browser is an HTTP client with a cookie jar, like a browser tab.
func (h *harness) browser() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, Timeout: 10 * time.Second}
}

var authRequestIDPattern = regexp.MustCompile(`name="authRequestID" value="([^"]+)"`)

// signIn runs the whole authorization-code flow as a browser would: the portal's /auth/login,
// the identity provider's login form, its redirect to /auth/callback, and back to returnTo.
// It returns the browser and the URL it ended on.
func (h *harness) signIn(email, password, returnTo string) (*http.Client, *http.Response) {
	h.t.Helper()
	b := h.browser()
	resp, err := b.Get(h.url + "/auth/login?return_to=" + url.QueryEscape(returnTo))
	if err != nil {
		h.t.Fatal(err)
	}
	page := readBody(h.t, resp)
	m := authRequestIDPattern.FindStringSubmatch(page)
	if m == nil {
		h.t.Fatalf("no login form at %s (status %d)", resp.Request.URL, resp.StatusCode)
	}
	resp, err = b.PostForm(resp.Request.URL.Scheme+"://"+resp.Request.URL.Host+config.DevIssuerPath+"/login",
		url.Values{"authRequestID": {m[1]}, "email": {email}, "password": {password}})
	if err != nil {
		h.t.Fatal(err)
	}
	readBody(h.t, resp)
	return b, resp
}

// as returns a signed-in browser for a demo account.
func (h *harness) as(email string) *http.Client {
	h.t.Helper()
	b, resp := h.signIn(email, "demo", "/")
	if resp.Request.URL.Path != "/" {
		h.t.Fatalf("signing in as %s ended at %s", email, resp.Request.URL)
	}
	return b
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

type gqlResponse struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// code is the extensions.code of the first error, or "" when there was none.
func (r gqlResponse) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	return code
}

func (h *harness) gql(client *http.Client, query string, variables map[string]any) gqlResponse {
	h.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": variables})
	req, _ := http.NewRequest(http.MethodPost, h.url+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	return h.do(client, req)
}

func (h *harness) do(client *http.Client, req *http.Request) gqlResponse {
	h.t.Helper()
	resp, err := client.Do(req)
	if err != nil {
		h.t.Fatal(err)
	}
	var out gqlResponse
	raw := readBody(h.t, resp)
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		h.t.Fatalf("response is not JSON (status %d): %s", resp.StatusCode, raw)
	}
	out.Status = resp.StatusCode
	return out
}

func readBody(t *testing.T, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func cookieNamed(jar http.CookieJar, u, name string) *http.Cookie {
	parsed, _ := url.Parse(u)
	for _, c := range jar.Cookies(parsed) {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func contains(s, part string) bool { return strings.Contains(s, part) }
