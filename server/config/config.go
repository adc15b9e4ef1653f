// Package config reads the portal's settings from environment variables and checks them all at
// start-up, so a mistake stops the binary with one clear message instead of failing later.
package config

import (
	"crypto/rand"
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Config is the portal's settings.
type Config struct {
	Port      int
	PublicURL *url.URL
	// DatabaseURL is a PostgreSQL URL; empty means the SQLite file at SQLitePath.
	DatabaseURL string
	SQLitePath  string

	// DevMode is on when OIDC_ISSUER is unset: the binary serves its own identity provider with
	// demo accounts, seeds demo data, and opens the playground to everyone.
	DevMode          bool
	OIDCIssuer       string
	OIDCClientID     string
	OIDCClientSecret string
	// StaffEmails are addresses that become provider staff on first sign-in, to bootstrap a new
	// installation.
	StaffEmails []string

	SessionKey         []byte
	SessionLifetime    time.Duration
	CORSAllowedOrigins []string
	LogLevel           string
}

// DevIssuerPath is where the development identity provider is served.
const DevIssuerPath = "/dev-idp"

// Env reads a variable; a _FILE variant, where allowed, names a file holding the value.
type Env struct {
	Getenv   func(string) string
	ReadFile func(string) ([]byte, error)
}

func (e Env) secret(name string) (string, error) {
	if v := e.Getenv(name); v != "" {
		return v, nil
	}
	path := e.Getenv(name + "_FILE")
	if path == "" {
		return "", nil
	}
	b, err := e.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("%s_FILE: %w", name, err)
	}
	return strings.TrimSpace(string(b)), nil
}

// Load reads and validates the settings. All problems are reported together.
func Load(env Env) (Config, error) {
	var problems []error
	bad := func(format string, a ...any) { problems = append(problems, fmt.Errorf(format, a...)) }
	secret := func(name string) string {
		v, err := env.secret(name)
		if err != nil {
			problems = append(problems, err)
		}
		return v
	}

	c := Config{
		SQLitePath:       orDefault(env.Getenv("SQLITE_PATH"), "portal.db"),
		OIDCIssuer:       strings.TrimRight(env.Getenv("OIDC_ISSUER"), "/"),
		OIDCClientID:     env.Getenv("OIDC_CLIENT_ID"),
		OIDCClientSecret: secret("OIDC_CLIENT_SECRET"),
		DatabaseURL:      secret("DATABASE_URL"),
		LogLevel:         orDefault(env.Getenv("LOG_LEVEL"), "info"),
		SessionLifetime:  12 * time.Hour,
	}
	c.DevMode = c.OIDCIssuer == ""

	port, err := strconv.Atoi(orDefault(env.Getenv("PORT"), "8080"))
	if err != nil || port < 1 || port > 65535 {
		bad("PORT must be a number from 1 to 65535, got %q", env.Getenv("PORT"))
	}
	c.Port = port

	publicURL := env.Getenv("PUBLIC_URL")
	if publicURL == "" && c.DevMode {
		publicURL = fmt.Sprintf("http://localhost:%d", port)
	}
	if u, err := url.Parse(strings.TrimRight(publicURL, "/")); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" {
		bad("PUBLIC_URL must be the portal's absolute origin such as https://privacy.example.org, got %q", publicURL)
	} else {
		c.PublicURL = u
	}

	if c.DatabaseURL != "" && !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		bad("DATABASE_URL must be a postgres:// URL (leave it unset for the SQLite file)")
	}

	if c.DevMode {
		if c.PublicURL != nil && !IsLoopback(c.PublicURL) {
			bad("development mode (OIDC_ISSUER unset) serves demo accounts with a published password, so it only runs on a loopback PUBLIC_URL such as http://localhost:8080, not %s; set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET for a real identity provider", c.PublicURL)
		}
		if c.OIDCClientID == "" {
			c.OIDCClientID = "portal"
		}
		if c.OIDCClientSecret == "" {
			c.OIDCClientSecret = randomText()
		}
	} else {
		if u, err := url.Parse(c.OIDCIssuer); err != nil || u.Scheme == "" || u.Host == "" {
			bad("OIDC_ISSUER must be the identity provider's issuer URL, got %q", c.OIDCIssuer)
		}
		if c.OIDCClientID == "" {
			bad("OIDC_CLIENT_ID is required with OIDC_ISSUER")
		}
		if c.OIDCClientSecret == "" {
			bad("OIDC_CLIENT_SECRET (or OIDC_CLIENT_SECRET_FILE) is required with OIDC_ISSUER")
		}
		if c.PublicURL != nil && c.PublicURL.Scheme != "https" && !IsLoopback(c.PublicURL) {
			bad("PUBLIC_URL must use https outside loopback, got %s", c.PublicURL)
		}
	}

	key := secret("SESSION_KEY")
	switch {
	case key == "" && c.DevMode:
		key = randomText()
	case len(key) < 32:
		bad("SESSION_KEY (or SESSION_KEY_FILE) must be at least 32 characters of random text")
	}
	c.SessionKey = []byte(key)

	for _, origin := range splitList(env.Getenv("CORS_ALLOWED_ORIGINS")) {
		u, err := url.Parse(origin)
		if origin == "*" || err != nil || u.Scheme == "" || u.Host == "" || (u.Path != "" && u.Path != "/") {
			bad("CORS_ALLOWED_ORIGINS must list origins such as https://app.example.org (no *, since cookies are allowed), got %q", origin)
			continue
		}
		c.CORSAllowedOrigins = append(c.CORSAllowedOrigins, strings.TrimRight(origin, "/"))
	}
	for _, email := range splitList(env.Getenv("STAFF_EMAILS")) {
		if !strings.Contains(email, "@") {
			bad("STAFF_EMAILS must list email addresses, got %q", email)
			continue
		}
		c.StaffEmails = append(c.StaffEmails, strings.ToLower(email))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		bad("LOG_LEVEL must be debug, info, warn or error, got %q", c.LogLevel)
	}
	if c.DevMode && c.PublicURL != nil {
		c.OIDCIssuer = c.PublicURL.String() + DevIssuerPath
	}
	return c, errors.Join(problems...)
}

// IsLoopback reports whether u names this machine only.
func IsLoopback(u *url.URL) bool {
	host := u.Hostname()
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// ListenAddress is where the HTTP server listens: every interface normally, but only the loopback
// interface in development mode, whose demo accounts must not be reachable from elsewhere.
func (c Config) ListenAddress() string {
	if !c.DevMode {
		return fmt.Sprintf(":%d", c.Port)
	}
	host := "127.0.0.1"
	if ip := net.ParseIP(c.PublicURL.Hostname()); ip != nil && ip.IsLoopback() {
		host = ip.String()
	}
	return net.JoinHostPort(host, strconv.Itoa(c.Port))
}

// Secure reports whether cookies must be marked Secure (the portal is served over https).
func (c Config) Secure() bool { return c.PublicURL.Scheme == "https" }

func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

func splitList(v string) []string {
	var out []string
	for _, part := range strings.Split(v, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// randomText is a throwaway secret for development mode, which runs as one process.
func randomText() string { return rand.Text() + rand.Text() }
