// Package auth signs people in through OpenID Connect. The server does the authorization-code
// flow with PKCE itself (backend-for-frontend): the browser only ever holds an HttpOnly session
// cookie whose token is stored hashed in the database, so any replica can check it and sign-out
// or erasure can revoke it. API clients may instead send an OIDC-issued JWT as a bearer token.
package auth

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"

	"github.com/learnerportal/portal/ent"
)

// Config is what sign-in needs.
type Config struct {
	Issuer       string
	ClientID     string
	ClientSecret string
	// PublicURL is the portal's origin; the callback is PublicURL + "/auth/callback".
	PublicURL       string
	SessionKey      []byte
	SessionLifetime time.Duration
	// SecureCookies marks cookies Secure (the portal is served over https).
	SecureCookies bool
	StaffEmails   []string
	// Tombstone maps an identity provider's subject to what erasure leaves in its place, so an
	// erased person signing in again is refused instead of given a new, empty account.
	Tombstone func(subject string) string
	// HTTPClient talks to the identity provider; nil means a client with a 10-second timeout.
	HTTPClient *http.Client
}

// Service signs people in and out and tells who is calling.
type Service struct {
	cfg    Config
	client *ent.Client
	now    func() time.Time
	logger *slog.Logger

	mu       sync.Mutex
	provider *discovered
}

// discovered is the identity provider as its discovery document describes it.
type discovered struct {
	oauth2   oauth2.Config
	verifier *oidc.IDTokenVerifier
	// endSession is the provider's logout endpoint, if it has one.
	endSession string
}

// NewService returns a Service. The identity provider is discovered on first use, and again
// after a failure, so the portal starts even while its provider is briefly unreachable (and can
// serve its own development provider).
func NewService(cfg Config, client *ent.Client, now func() time.Time, logger *slog.Logger) *Service {
	if cfg.HTTPClient == nil {
		// A slow provider must not hold sign-ins (and the discovery lock) forever.
		cfg.HTTPClient = &http.Client{Timeout: 10 * time.Second}
	}
	return &Service{cfg: cfg, client: client, now: now, logger: logger}
}

func (s *Service) discover(ctx context.Context) (*discovered, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.provider != nil {
		return s.provider, nil
	}
	p, err := oidc.NewProvider(s.oidcContext(ctx), s.cfg.Issuer)
	if err != nil {
		return nil, fmt.Errorf("discovering the identity provider %s: %w", s.cfg.Issuer, err)
	}
	var extra struct {
		EndSession string `json:"end_session_endpoint"`
	}
	_ = p.Claims(&extra) // optional: without it sign-out stays local
	s.provider = &discovered{
		oauth2: oauth2.Config{
			ClientID:     s.cfg.ClientID,
			ClientSecret: s.cfg.ClientSecret,
			Endpoint:     p.Endpoint(),
			RedirectURL:  s.cfg.PublicURL + "/auth/callback",
			Scopes:       []string{oidc.ScopeOpenID, "email", "profile"},
		},
		verifier:   p.Verifier(&oidc.Config{ClientID: s.cfg.ClientID, Now: s.now}),
		endSession: extra.EndSession,
	}
	return s.provider, nil
}

func (s *Service) oidcContext(ctx context.Context) context.Context {
	return oidc.ClientContext(ctx, s.cfg.HTTPClient)
}
