package config

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"
)

func env(vars map[string]string) Env {
	return Env{
		Getenv: func(k string) string { return vars[k] },
		ReadFile: func(path string) ([]byte, error) {
			if v, ok := vars["file:"+path]; ok {
				return []byte(v + "\n"), nil
			}
			return nil, os.ErrNotExist
		},
	}
}

var production = map[string]string{
	"PUBLIC_URL":         "https://privacy.example.org",
	"OIDC_ISSUER":        "https://idp.example.org/",
	"OIDC_CLIENT_ID":     "portal",
	"OIDC_CLIENT_SECRET": "s3cret",
	"SESSION_KEY":        strings.Repeat("k", 32),
	"SMTP_URL":           "smtp://mail.example.org:587",
	"SUPPRESSION_KEY":    strings.Repeat("s", 32),
}

func with(base map[string]string, changes ...string) map[string]string {
	out := map[string]string{}
	for k, v := range base {
		out[k] = v
	}
	for i := 0; i < len(changes); i += 2 {
		if changes[i+1] == "" {
			delete(out, changes[i])
		} else {
			out[changes[i]] = changes[i+1]
		}
	}
	return out
}

func TestLoadRefuses(t *testing.T) {
	tests := []struct {
		name    string
		vars    map[string]string
		message string
	}{
		{"dev mode on a public address", map[string]string{"PUBLIC_URL": "https://privacy.example.org"}, "only runs on a loopback PUBLIC_URL"},
		{"dev mode on a LAN address", map[string]string{"PUBLIC_URL": "http://192.168.1.10:8080"}, "only runs on a loopback PUBLIC_URL"},
		{"port out of range", map[string]string{"PORT": "70000"}, "PORT must be a number"},
		{"port not a number", map[string]string{"PORT": "http"}, "PORT must be a number"},
		{"relative public URL", with(production, "PUBLIC_URL", "privacy.example.org"), "PUBLIC_URL must be the portal's absolute origin"},
		{"public URL with a path", with(production, "PUBLIC_URL", "https://example.org/portal"), "PUBLIC_URL must be the portal's absolute origin"},
		{"plain http in production", with(production, "PUBLIC_URL", "http://privacy.example.org"), "must use https"},
		{"no client ID", with(production, "OIDC_CLIENT_ID", ""), "OIDC_CLIENT_ID is required"},
		{"no client secret", with(production, "OIDC_CLIENT_SECRET", ""), "OIDC_CLIENT_SECRET"},
		{"short session key", with(production, "SESSION_KEY", "short"), "SESSION_KEY"},
		{"missing session key file", with(production, "SESSION_KEY", "", "SESSION_KEY_FILE", "/nope"), "SESSION_KEY_FILE"},
		{"mysql database", with(production, "DATABASE_URL", "mysql://x"), "DATABASE_URL must be a postgres:// URL"},
		{"wildcard CORS", with(production, "CORS_ALLOWED_ORIGINS", "*"), "CORS_ALLOWED_ORIGINS"},
		{"CORS origin with a path", with(production, "CORS_ALLOWED_ORIGINS", "https://a.example/x"), "CORS_ALLOWED_ORIGINS"},
		{"staff list without an address", with(production, "STAFF_EMAILS", "dpo"), "STAFF_EMAILS"},
		{"unknown log level", with(production, "LOG_LEVEL", "loud"), "LOG_LEVEL"},
		{"no SMTP in production", with(production, "SMTP_URL", ""), "SMTP_URL"},
		{"SMTP URL of another scheme", with(production, "SMTP_URL", "http://mail.example.org"), "SMTP_URL must be"},
		{"bad sender", with(production, "MAIL_FROM", "not an address"), "MAIL_FROM"},
		{"unknown holiday calendar", with(production, "HOLIDAYS", "wales-only"), "HOLIDAYS"},
		{"no suppression key in production", with(production, "SUPPRESSION_KEY", ""), "SUPPRESSION_KEY"},
		{"export link days not a number", with(production, "EXPORT_LINK_DAYS", "a week"), "EXPORT_LINK_DAYS"},
		{"export link of no days", with(production, "EXPORT_LINK_DAYS", "0"), "EXPORT_LINK_DAYS"},
		{"cooling-off longer than the deadline", with(production, "ERASURE_COOLING_OFF_DAYS", "31"), "ERASURE_COOLING_OFF_DAYS"},
		{"request records kept under a month", with(production, "REQUEST_RECORD_RETENTION_DAYS", "7"), "REQUEST_RECORD_RETENTION_DAYS"},
		{"job rescue not a duration", with(production, "JOB_RESCUE_AFTER", "soon"), "JOB_RESCUE_AFTER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(env(tt.vars))
			if err == nil || !strings.Contains(err.Error(), tt.message) {
				t.Fatalf("Load() error = %v, want one mentioning %q", err, tt.message)
			}
		})
	}
}

func TestLoadDevelopmentDefaults(t *testing.T) {
	c, err := Load(env(map[string]string{}))
	if err != nil {
		t.Fatal(err)
	}
	if !c.DevMode || c.Port != 8080 || c.PublicURL.String() != "http://localhost:8080" ||
		c.OIDCIssuer != "http://localhost:8080/dev-idp" || c.SQLitePath != "portal.db" || len(c.SessionKey) < 32 ||
		c.ExportDir != "exports" || c.ExportLinkTTL != 7*24*time.Hour || c.ErasureCoolingOff != 14*24*time.Hour ||
		c.RequestRetention != 3*365*24*time.Hour || c.JobRescueAfter != 10*time.Minute || len(c.SuppressionKey) < 32 {
		t.Fatalf("unexpected development defaults: %+v", c)
	}
}

func TestLoadProduction(t *testing.T) {
	vars := with(production, "SESSION_KEY", "", "SESSION_KEY_FILE", "/run/secrets/key",
		"file:/run/secrets/key", strings.Repeat("x", 40),
		"CORS_ALLOWED_ORIGINS", "https://a.example, https://b.example/",
		"STAFF_EMAILS", "DPO@Provider.example")
	c, err := Load(env(vars))
	if err != nil {
		t.Fatal(err)
	}
	if c.DevMode || c.OIDCIssuer != "https://idp.example.org" || string(c.SessionKey) != strings.Repeat("x", 40) {
		t.Fatalf("unexpected production settings: %+v", c)
	}
	if got := strings.Join(c.CORSAllowedOrigins, " "); got != "https://a.example https://b.example" {
		t.Errorf("CORS origins = %q", got)
	}
	if got := strings.Join(c.StaffEmails, " "); got != "dpo@provider.example" {
		t.Errorf("staff emails = %q", got)
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	_, err := Load(env(map[string]string{"OIDC_ISSUER": "https://idp.example", "PORT": "0"}))
	var joined interface{ Unwrap() []error }
	if !errors.As(err, &joined) || len(joined.Unwrap()) < 4 {
		t.Fatalf("want all problems at once, got %v", err)
	}
}

func TestListenAddressIsLoopbackInDevelopment(t *testing.T) {
	tests := []struct {
		vars map[string]string
		want string
	}{
		{map[string]string{}, "127.0.0.1:8080"},
		{map[string]string{"PORT": "9000", "PUBLIC_URL": "http://[::1]:9000"}, "[::1]:9000"},
		{map[string]string{"PUBLIC_URL": "http://127.0.0.2:8080"}, "127.0.0.2:8080"},
		{production, ":8080"},
	}
	for _, tt := range tests {
		c, err := Load(env(tt.vars))
		if err != nil {
			t.Fatal(err)
		}
		if got := c.ListenAddress(); got != tt.want {
			t.Errorf("ListenAddress() = %q, want %q (vars %v)", got, tt.want, tt.vars)
		}
	}
}
