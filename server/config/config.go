// Package config reads the portal's settings from environment variables and checks them all at
// start-up, so a mistake stops the binary with one clear message instead of failing later.
package config

import (
	"crypto/rand"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/learnerportal/portal/server/deadline"
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

	// SMTPURL is where emails go (smtp:// or smtps://); empty in development sends them to the
	// outbox shown at /dev/outbox.
	SMTPURL  string
	MailFrom string
	// Holidays is the UK nation whose public holidays move due dates.
	Holidays deadline.Nation

	// ExportDir is the directory export archives are stored in, encrypted.
	ExportDir string
	// ExportLinkTTL is how long an export can be downloaded before it is deleted.
	ExportLinkTTL time.Duration
	// ErasureCoolingOff is how long a learner's own erasure request waits, cancellable, before
	// it is carried out without staff.
	ErasureCoolingOff time.Duration
	// RequestRetention is how long a closed request's record is kept for accountability.
	RequestRetention time.Duration
	// SuppressionKey keys the hashes that keep erased email addresses off marketing lists and
	// erased accounts from signing in again. It must stay the same for the hashes to match.
	SuppressionKey []byte
	// JobRescueAfter is how long a job may run before another replica takes it over, as after a
	// crash. Every job is safe to run again.
	JobRescueAfter time.Duration

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
	l := loader{env: env}
	c := Config{
		SQLitePath:      orDefault(env.Getenv("SQLITE_PATH"), "portal.db"),
		OIDCIssuer:      strings.TrimRight(env.Getenv("OIDC_ISSUER"), "/"),
		OIDCClientID:    env.Getenv("OIDC_CLIENT_ID"),
		LogLevel:        orDefault(env.Getenv("LOG_LEVEL"), "info"),
		SessionLifetime: 12 * time.Hour,
	}
	c.DevMode = c.OIDCIssuer == ""
	c.OIDCClientSecret = l.secret("OIDC_CLIENT_SECRET")
	c.DatabaseURL = l.secret("DATABASE_URL")
	l.server(&c)
	l.identity(&c)
	l.lists(&c)
	l.mail(&c)
	l.outcomes(&c)
	return c, errors.Join(l.problems...)
}

// loader collects the problems of one Load.
type loader struct {
	env      Env
	problems []error
}

func (l *loader) bad(format string, a ...any) {
	l.problems = append(l.problems, fmt.Errorf(format, a...))
}

func (l *loader) secret(name string) string {
	v, err := l.env.secret(name)
	if err != nil {
		l.problems = append(l.problems, err)
	}
	return v
}

// server checks where the portal listens, its public address, its database and its logs.
func (l *loader) server(c *Config) {
	port, err := strconv.Atoi(orDefault(l.env.Getenv("PORT"), "8080"))
	if err != nil || port < 1 || port > 65535 {
		l.bad("PORT must be a number from 1 to 65535, got %q", l.env.Getenv("PORT"))
	}
	c.Port = port
	publicURL := l.env.Getenv("PUBLIC_URL")
	if publicURL == "" && c.DevMode {
		publicURL = fmt.Sprintf("http://localhost:%d", port)
	}
	if u, err := url.Parse(strings.TrimRight(publicURL, "/")); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" {
		l.bad("PUBLIC_URL must be the portal's absolute origin such as https://privacy.example.org, got %q", publicURL)
	} else {
		c.PublicURL = u
	}
	if c.DatabaseURL != "" && !strings.HasPrefix(c.DatabaseURL, "postgres://") && !strings.HasPrefix(c.DatabaseURL, "postgresql://") {
		l.bad("DATABASE_URL must be a postgres:// URL (leave it unset for the SQLite file)")
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		l.bad("LOG_LEVEL must be debug, info, warn or error, got %q", c.LogLevel)
	}
}

// identity checks sign-in: the identity provider (or development mode) and the session key.
func (l *loader) identity(c *Config) {
	if c.DevMode {
		if c.PublicURL != nil && !IsLoopback(c.PublicURL) {
			l.bad("development mode (OIDC_ISSUER unset) serves demo accounts with a published password, so it only runs on a loopback PUBLIC_URL such as http://localhost:8080, not %s; set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET for a real identity provider", c.PublicURL)
		}
		c.OIDCClientID = orDefault(c.OIDCClientID, "portal")
		c.OIDCClientSecret = orDefault(c.OIDCClientSecret, randomText())
		if c.PublicURL != nil {
			c.OIDCIssuer = c.PublicURL.String() + DevIssuerPath
		}
	} else {
		if u, err := url.Parse(c.OIDCIssuer); err != nil || u.Scheme == "" || u.Host == "" {
			l.bad("OIDC_ISSUER must be the identity provider's issuer URL, got %q", c.OIDCIssuer)
		}
		if c.OIDCClientID == "" {
			l.bad("OIDC_CLIENT_ID is required with OIDC_ISSUER")
		}
		if c.OIDCClientSecret == "" {
			l.bad("OIDC_CLIENT_SECRET (or OIDC_CLIENT_SECRET_FILE) is required with OIDC_ISSUER")
		}
		if c.PublicURL != nil && c.PublicURL.Scheme != "https" && !IsLoopback(c.PublicURL) {
			l.bad("PUBLIC_URL must use https outside loopback, got %s", c.PublicURL)
		}
	}
	key := l.secret("SESSION_KEY")
	switch {
	case key == "" && c.DevMode:
		key = randomText()
	case len(key) < 32:
		l.bad("SESSION_KEY (or SESSION_KEY_FILE) must be at least 32 characters of random text")
	}
	c.SessionKey = []byte(key)
}

// mail checks where emails go and which holidays the statutory clock skips.
func (l *loader) mail(c *Config) {
	c.SMTPURL = l.secret("SMTP_URL")
	c.MailFrom = orDefault(l.env.Getenv("MAIL_FROM"), "Learner Privacy Portal <privacy@localhost>")
	if c.SMTPURL == "" && !c.DevMode {
		l.bad("SMTP_URL (or SMTP_URL_FILE) is required outside development mode: requesters are told of every change by email")
	}
	if c.SMTPURL != "" && !strings.HasPrefix(c.SMTPURL, "smtp://") && !strings.HasPrefix(c.SMTPURL, "smtps://") {
		l.bad("SMTP_URL must be an smtp:// or smtps:// URL")
	}
	if _, err := mail.ParseAddress(c.MailFrom); err != nil {
		l.bad("MAIL_FROM must be an email address such as \"Privacy team <privacy@example.org>\", got %q", c.MailFrom)
	}
	nation, err := deadline.ParseNation(l.env.Getenv("HOLIDAYS"))
	if err != nil {
		l.bad("HOLIDAYS: %v", err)
	}
	c.Holidays = nation
}

// developmentSuppressionKey keys suppression hashes in development mode, where it must survive
// restarts (a random key would forget every erasure) and guards nothing real.
const developmentSuppressionKey = "development-only-suppression-key-not-a-secret"

// outcomes checks the settings of what requests produce: exports, erasures and their retention.
func (l *loader) outcomes(c *Config) {
	c.ExportDir = orDefault(l.env.Getenv("EXPORT_DIR"), "exports")
	c.ExportLinkTTL = l.days("EXPORT_LINK_DAYS", 7, 1, 90)
	c.ErasureCoolingOff = l.days("ERASURE_COOLING_OFF_DAYS", 14, 0, 30)
	c.RequestRetention = l.days("REQUEST_RECORD_RETENTION_DAYS", 3*365, 30, 20*365)
	rescue, err := time.ParseDuration(orDefault(l.env.Getenv("JOB_RESCUE_AFTER"), "10m"))
	if err != nil || rescue < time.Second {
		l.bad("JOB_RESCUE_AFTER must be a duration of at least 1s such as 10m, got %q", l.env.Getenv("JOB_RESCUE_AFTER"))
	}
	c.JobRescueAfter = rescue
	key := l.secret("SUPPRESSION_KEY")
	switch {
	case key == "" && c.DevMode:
		key = developmentSuppressionKey
	case len(key) < 32:
		l.bad("SUPPRESSION_KEY (or SUPPRESSION_KEY_FILE) must be at least 32 characters of random text, kept for the life of the installation")
	}
	c.SuppressionKey = []byte(key)
}

// days reads a whole number of days between min and max.
func (l *loader) days(name string, def, min, max int) time.Duration {
	n, err := strconv.Atoi(orDefault(l.env.Getenv(name), strconv.Itoa(def)))
	if err != nil || n < min || n > max {
		l.bad("%s must be a whole number of days from %d to %d, got %q", name, min, max, l.env.Getenv(name))
	}
	return time.Duration(n) * 24 * time.Hour
}

// lists reads the comma-separated settings.
func (l *loader) lists(c *Config) {
	for _, origin := range splitList(l.env.Getenv("CORS_ALLOWED_ORIGINS")) {
		u, err := url.Parse(origin)
		if origin == "*" || err != nil || u.Scheme == "" || u.Host == "" || (u.Path != "" && u.Path != "/") {
			l.bad("CORS_ALLOWED_ORIGINS must list origins such as https://app.example.org (no *, since cookies are allowed), got %q", origin)
			continue
		}
		c.CORSAllowedOrigins = append(c.CORSAllowedOrigins, strings.TrimRight(origin, "/"))
	}
	for _, email := range splitList(l.env.Getenv("STAFF_EMAILS")) {
		if !strings.Contains(email, "@") {
			l.bad("STAFF_EMAILS must list email addresses, got %q", email)
			continue
		}
		c.StaffEmails = append(c.StaffEmails, strings.ToLower(email))
	}
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
