package portal_test

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/go-jose/go-jose/v4"
	"github.com/go-jose/go-jose/v4/jwt"

	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/viewer"
)

// testIssuer is an OpenID provider reduced to what a relying party reads to check a token:
// discovery and the signing keys. Tokens are minted by the test with whatever claims the case
// needs.
type testIssuer struct {
	url string
	key *rsa.PrivateKey
}

func newTestIssuer(t *testing.T) *testIssuer {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	iss := &testIssuer{key: key}
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	iss.url = srv.URL
	mux.HandleFunc("GET /.well-known/openid-configuration", func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(map[string]any{
			"issuer":                                iss.url,
			"authorization_endpoint":                iss.url + "/authorize",
			"token_endpoint":                        iss.url + "/token",
			"jwks_uri":                              iss.url + "/keys",
			"id_token_signing_alg_values_supported": []string{"RS256"},
		})
	})
	mux.HandleFunc("GET /keys", func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(jose.JSONWebKeySet{Keys: []jose.JSONWebKey{{Key: &key.PublicKey, KeyID: "k1", Algorithm: "RS256", Use: "sig"}}})
	})
	return iss
}

func (iss *testIssuer) mint(t *testing.T, key *rsa.PrivateKey, claims jwt.Claims) string {
	signer, err := jose.NewSigner(jose.SigningKey{Algorithm: jose.RS256, Key: key}, (&jose.SignerOptions{}).WithHeader("kid", "k1"))
	if err != nil {
		t.Fatal(err)
	}
	token, err := jwt.Signed(signer).Claims(claims).Serialize()
	if err != nil {
		t.Fatal(err)
	}
	return token
}

// unsigned is a token with "alg": "none", which must never be accepted.
func unsigned(claims jwt.Claims) string {
	enc := base64.RawURLEncoding
	header := enc.EncodeToString([]byte(`{"alg":"none","typ":"JWT"}`))
	body, _ := json.Marshal(claims)
	return header + "." + enc.EncodeToString(body) + "."
}

func TestBearerTokens(t *testing.T) {
	iss := newTestIssuer(t)
	h := start(t, "OIDC_ISSUER", iss.url, "OIDC_CLIENT_ID", "portal-api", "OIDC_CLIENT_SECRET", "secret", "SUPPRESSION_KEY", strings.Repeat("k", 32),
		"SESSION_KEY", strings.Repeat("s", 32), "SMTP_URL", "smtp://127.0.0.1:2525")
	ctx := viewer.SystemContext(context.Background())
	if _, err := h.portal.Store.Client.User.Create().SetOidcIssuer(iss.url).SetOidcSubject("api-user").
		SetEmail("api@example.com").SetRole(user.RoleStaff).Save(ctx); err != nil {
		t.Fatal(err)
	}
	otherKey, _ := rsa.GenerateKey(rand.Reader, 2048)
	now := time.Now()
	valid := jwt.Claims{Issuer: iss.url, Subject: "api-user", Audience: jwt.Audience{"portal-api"},
		Expiry: jwt.NewNumericDate(now.Add(time.Hour)), IssuedAt: jwt.NewNumericDate(now)}
	with := func(change func(*jwt.Claims)) jwt.Claims { c := valid; change(&c); return c }

	tests := []struct {
		name   string
		header string
		want   string // "" means the request succeeds as api@example.com
	}{
		{"valid token", "Bearer " + iss.mint(t, iss.key, valid), ""},
		{"wrong issuer", "Bearer " + iss.mint(t, iss.key, with(func(c *jwt.Claims) { c.Issuer = "https://evil.example" })), "UNAUTHENTICATED"},
		{"wrong audience", "Bearer " + iss.mint(t, iss.key, with(func(c *jwt.Claims) { c.Audience = jwt.Audience{"someone-else"} })), "UNAUTHENTICATED"},
		{"expired", "Bearer " + iss.mint(t, iss.key, with(func(c *jwt.Claims) { c.Expiry = jwt.NewNumericDate(now.Add(-time.Minute)) })), "UNAUTHENTICATED"},
		{"alg none", "Bearer " + unsigned(valid), "UNAUTHENTICATED"},
		{"signed by another key", "Bearer " + iss.mint(t, otherKey, valid), "UNAUTHENTICATED"},
		{"unknown subject", "Bearer " + iss.mint(t, iss.key, with(func(c *jwt.Claims) { c.Subject = "nobody" })), "UNAUTHENTICATED"},
		{"not a bearer header", "Basic YWxpY2U6c2VjcmV0", "UNAUTHENTICATED"},
		{"garbage", "Bearer not-a-jwt", "UNAUTHENTICATED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(http.MethodPost, h.url+"/graphql", strings.NewReader(`{"query":"{ me { email } }"}`))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", tt.header)
			resp := h.do(http.DefaultClient, req)
			if got := resp.code(); got != tt.want {
				t.Fatalf("code %q (status %d, %+v), want %q", got, resp.Status, resp.Errors, tt.want)
			}
			if tt.want == "" && !contains(string(resp.Data), "api@example.com") {
				t.Errorf("data %s lacks the token's user", resp.Data)
			}
			if tt.want != "" && resp.Status != http.StatusUnauthorized {
				t.Errorf("status %d, want 401", resp.Status)
			}
		})
	}
}
