// Package devidp is a development OpenID Connect provider built into the
// portal binary.
//
// When the portal runs without OIDC_ISSUER it mounts this provider under
// /dev-idp and signs in against it through exactly the same go-oidc code path
// it uses against the production identity provider, so the sign-in, token
// verification and logout code is exercised on every developer machine.
//
// All protocol work (discovery, authorize, PKCE, token, userinfo, JWKS, end
// session) is done by zitadel's maintained OpenID Provider library
// (github.com/zitadel/oidc/v3/pkg/op); this package only supplies in-memory
// storage and a login page. Every demo account's password is "demo", so the
// provider must never be reachable in production.
package devidp

import (
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
	"golang.org/x/text/language"
)

// demoPassword is the password of every demo account. It is published on the
// login page on purpose: the provider exists to make local sign-in effortless.
const demoPassword = "demo"

// User is a demo account shown on the login page; every demo account's
// password is "demo".
type User struct {
	Subject     string // stable OIDC subject, e.g. "demo-learner"
	Email       string
	GivenName   string
	FamilyName  string
	Description string // shown on the login page, e.g. "Learner", "Employer admin, Acme Ltd", "Staff (DPO)"
}

// displayName is the OIDC "name" claim and the login page label.
func (u User) displayName() string {
	switch {
	case u.GivenName != "" && u.FamilyName != "":
		return u.GivenName + " " + u.FamilyName
	case u.GivenName+u.FamilyName != "":
		return u.GivenName + u.FamilyName
	default:
		return u.Email
	}
}

// Client is a registered relying party: a confidential client using the
// authorization-code flow, which this provider only accepts with PKCE (S256).
type Client struct {
	ID                     string
	Secret                 string
	RedirectURIs           []string
	PostLogoutRedirectURIs []string
}

// Paths below the issuer that this package serves itself; everything else is
// routed to zitadel's provider.
const (
	loginPath     = "/login"
	stylePath     = "/style.css"
	loggedOutPath = "/logged-out"
)

// New returns the provider's handler. issuer is the absolute URL, e.g.
// "http://localhost:8080/dev-idp".
//
// The caller mounts it with mux.Handle("/dev-idp/", h): the handler receives
// the full request path and strips the issuer's path itself, because
// zitadel's router matches its endpoints ("/authorize", "/keys", ...) at the
// root while advertising them below the issuer in discovery.
func New(issuer string, users []User, clients []Client) (http.Handler, error) {
	issuerURL, err := parseIssuer(issuer)
	if err != nil {
		return nil, err
	}
	store, err := newStorage(issuer, users, clients)
	if err != nil {
		return nil, err
	}
	provider, err := newProvider(issuerURL, store)
	if err != nil {
		return nil, fmt.Errorf("devidp: create provider: %w", err)
	}
	pages, err := newLoginPages(issuerURL.Path, store, op.AuthCallbackURL(provider))
	if err != nil {
		return nil, err
	}

	mux := http.NewServeMux()
	mux.HandleFunc("GET "+loginPath, pages.show)
	// Go's cross-origin protection rejects form posts a browser marks as
	// cross-site, on top of the binding to the unguessable auth request ID.
	mux.Handle("POST "+loginPath, http.NewCrossOriginProtection().Handler(http.HandlerFunc(pages.submit)))
	mux.HandleFunc("GET "+stylePath, serveStylesheet)
	mux.HandleFunc("GET "+loggedOutPath, pages.loggedOut)
	mux.Handle("/", provider)

	// The login page needs the issuer in the request context to build the
	// callback URL, exactly as zitadel's own handlers do.
	var h http.Handler = op.NewIssuerInterceptor(provider.IssuerFromRequest).Handler(mux)
	if issuerURL.Path != "" {
		h = http.StripPrefix(issuerURL.Path, h)
	}
	return h, nil
}

// parseIssuer rejects issuers that would make discovery and routing disagree:
// go-oidc compares the issuer byte for byte, so a trailing slash or a query
// would only surface later as a confusing verification failure.
func parseIssuer(issuer string) (*url.URL, error) {
	u, err := url.Parse(issuer)
	if err != nil {
		return nil, fmt.Errorf("devidp: invalid issuer %q: %w", issuer, err)
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		return nil, fmt.Errorf("devidp: issuer %q must be an absolute http(s) URL", issuer)
	case u.Host == "":
		return nil, fmt.Errorf("devidp: issuer %q has no host", issuer)
	case strings.HasSuffix(u.Path, "/"):
		return nil, fmt.Errorf("devidp: issuer %q must not end with a slash", issuer)
	case u.RawQuery != "" || u.Fragment != "":
		return nil, fmt.Errorf("devidp: issuer %q must not have a query or fragment", issuer)
	}
	return u, nil
}

// newProvider configures zitadel's OpenID Provider for the code flow with
// PKCE only.
func newProvider(issuer *url.URL, store *storage) (*op.Provider, error) {
	// The key encrypts authorization codes; a fresh random one per process
	// means codes never outlive a restart, like the rest of the memory state.
	var cryptoKey [32]byte
	if _, err := rand.Read(cryptoKey[:]); err != nil {
		return nil, err
	}
	config := &op.Config{
		CryptoKey:                cryptoKey,
		DefaultLogoutRedirectURI: issuer.String() + loggedOutPath,
		CodeMethodS256:           true,
		AuthMethodPost:           true,
		SupportedUILocales:       []language.Tag{language.English},
		SupportedScopes:          []string{oidc.ScopeOpenID, oidc.ScopeEmail, oidc.ScopeProfile},
	}
	var opts []op.Option
	if issuer.Scheme == "http" {
		// zitadel refuses non-TLS issuers unless explicitly allowed; local
		// development runs on plain http://localhost.
		opts = append(opts, op.WithAllowInsecure())
	}
	return op.NewProvider(config, store, op.StaticIssuer(issuer.String()), opts...)
}

// validateAccounts fails fast on configuration mistakes that would otherwise
// show up as a half-working login page.
func validateAccounts(users []User, clients []Client) error {
	if len(users) == 0 {
		return errors.New("devidp: at least one demo user is required")
	}
	if len(clients) == 0 {
		return errors.New("devidp: at least one client is required")
	}
	for _, u := range users {
		if u.Subject == "" || u.Email == "" {
			return fmt.Errorf("devidp: demo user %+v needs a subject and an email", u)
		}
	}
	for _, c := range clients {
		if c.ID == "" || c.Secret == "" || len(c.RedirectURIs) == 0 {
			return fmt.Errorf("devidp: client %q needs an ID, a secret and a redirect URI", c.ID)
		}
	}
	return nil
}
