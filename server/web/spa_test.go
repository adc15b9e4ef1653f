package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func TestSPA(t *testing.T) {
	built := fstest.MapFS{
		"index.html":         {Data: []byte("<html>app</html>")},
		"playground.html":    {Data: []byte("<html>graphiql</html>")},
		"assets/app-1a2b.js": {Data: []byte("console.log(1)")},
	}
	tests := []struct {
		name, method, path string
		dist               fstest.MapFS
		status             int
		body, cache        string
	}{
		{"root", "GET", "/", built, 200, "app", "no-cache"},
		{"client route", "GET", "/account/preferences", built, 200, "app", "no-cache"},
		{"hashed asset", "GET", "/assets/app-1a2b.js", built, 200, "console.log", "public, max-age=31536000, immutable"},
		{"playground file goes through the gate", "GET", "/playground.html", built, 301, "", ""},
		{"not built", "GET", "/", fstest.MapFS{".keep": {}}, 503, "npm run build", ""},
		{"post", "POST", "/", built, 405, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			SPA(tt.dist).ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
			if rec.Code != tt.status || !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("%s %s: %d %q, want %d containing %q", tt.method, tt.path, rec.Code, rec.Body.String(), tt.status, tt.body)
			}
			if tt.cache != "" && rec.Header().Get("Cache-Control") != tt.cache {
				t.Errorf("Cache-Control %q, want %q", rec.Header().Get("Cache-Control"), tt.cache)
			}
		})
	}
}

func TestRequestIDIsKeptWhenWellFormedAndMadeOtherwise(t *testing.T) {
	var seen string
	h := WithRequestID(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) { seen = RequestID(r.Context()) }))
	for _, tt := range []struct{ header, want string }{
		{"proxy-id-12345678", "proxy-id-12345678"},
		{"bad id\nwith newline", ""},
		{"", ""},
	} {
		req := httptest.NewRequest("GET", "/", nil)
		req.Header.Set("X-Request-ID", tt.header)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if seen == "" || rec.Header().Get("X-Request-ID") != seen || (tt.want != "" && seen != tt.want) || (tt.want == "" && seen == tt.header) {
			t.Errorf("header %q: request ID %q, response %q", tt.header, seen, rec.Header().Get("X-Request-ID"))
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	for _, https := range []bool{false, true} {
		rec := httptest.NewRecorder()
		WithSecurityHeaders("https://idp.example", https, http.NotFoundHandler()).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		csp := rec.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self';") || !strings.Contains(csp, "form-action 'self' https://idp.example") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("CSP %q", csp)
		}
		if got := rec.Header().Get("Strict-Transport-Security") != ""; got != https {
			t.Errorf("https=%v: HSTS set=%v", https, got)
		}
	}
}
