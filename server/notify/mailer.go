// Package notify delivers the portal's emails. A change that someone should hear about writes a
// Notification row in its own transaction and enqueues a River job; the Worker here sends it
// through a Mailer and records the outcome, retrying with backoff when the mail server is away.
// The texts themselves are in templates.go, as pure functions of plain data.
package notify

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Email is one message to one person.
type Email struct {
	To      string
	Subject string
	Body    string
}

// Mailer sends emails.
type Mailer interface {
	Send(ctx context.Context, e Email) error
}

// sendTimeout bounds one delivery, from dialling to the server's answer to the message, so a
// mail server that accepts the connection and then says nothing cannot hold a worker forever.
const sendTimeout = 30 * time.Second

// The errors NewMailer and Send return for mistakes that retrying will not fix.
var (
	// ErrBadSMTPURL wraps every problem with the SMTP URL.
	ErrBadSMTPURL = errors.New("notify: invalid SMTP URL")
	// ErrBadAddress refuses a sender or recipient that is not one email address.
	ErrBadAddress = errors.New("notify: invalid email address")
	// ErrHeaderInjection refuses a recipient or subject containing a line break, which would
	// let its author add headers (a Bcc, say) to the message.
	ErrHeaderInjection = errors.New("notify: line break in an email header")
	// ErrInsecureAuth refuses to send a password over an unencrypted connection to anything but
	// the local machine.
	ErrInsecureAuth = errors.New("notify: refusing to send SMTP credentials without TLS")
)

// NewMailer returns the Mailer for smtpURL:
//
//   - "" gives the development Outbox, which delivers nowhere: the Notification rows are the
//     outbox the development page shows.
//   - smtp://[user:pass@]host[:port] (port 587 by default) sends over SMTP, upgrading to TLS with
//     STARTTLS when the server offers it; ?starttls=required makes the upgrade mandatory.
//   - smtps://[user:pass@]host[:port] (port 465 by default) uses TLS from the first byte.
//
// Credentials are sent with AUTH PLAIN. from is the sender, "Name <address>" or an address; now
// dates the messages.
func NewMailer(smtpURL, from string, now func() time.Time) (Mailer, error) {
	if smtpURL == "" {
		return Outbox{}, nil
	}
	cfg, err := parseSMTPURL(smtpURL)
	if err != nil {
		return nil, err
	}
	sender, err := mail.ParseAddress(from)
	if err != nil {
		return nil, fmt.Errorf("%w: sender %q: %v", ErrBadAddress, from, err)
	}
	return &smtpMailer{smtpConfig: cfg, from: sender, now: now}, nil
}

// Outbox is the development Mailer: it checks the email as the real one would and sends nothing.
type Outbox struct{}

// Send checks e and discards it.
func (Outbox) Send(_ context.Context, e Email) error {
	_, err := recipient(e)
	return err
}

// tlsMode says how a connection is encrypted.
type tlsMode int

const (
	startTLSIfOffered tlsMode = iota
	startTLSRequired
	implicitTLS
)

// smtpConfig is a parsed SMTP URL.
type smtpConfig struct {
	host, port     string
	mode           tlsMode
	user, password string
	auth           bool
}

func parseSMTPURL(raw string) (smtpConfig, error) {
	bad := func(format string, a ...any) (smtpConfig, error) {
		return smtpConfig{}, fmt.Errorf("%w: %s", ErrBadSMTPURL, fmt.Sprintf(format, a...))
	}
	u, err := url.Parse(raw)
	if err != nil {
		// url.Error repeats the URL, password included: keep only the reason.
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err
		}
		return bad("%v", err)
	}
	var cfg smtpConfig
	switch u.Scheme {
	case "smtp":
		cfg.port, cfg.mode = "587", startTLSIfOffered
	case "smtps":
		cfg.port, cfg.mode = "465", implicitTLS
	default:
		return bad("the scheme must be smtp or smtps, not %q", u.Scheme)
	}
	if u.Opaque != "" || u.Hostname() == "" {
		return bad("no host: write it as %s://host:port", u.Scheme)
	}
	if (u.Path != "" && u.Path != "/") || u.Fragment != "" {
		return bad("unexpected path %q after the host", u.Path+u.Fragment)
	}
	cfg.host = u.Hostname()
	if p := u.Port(); p != "" {
		if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 65535 {
			return bad("port %q is not a number from 1 to 65535", p)
		}
		cfg.port = p
	}
	if u.User != nil {
		cfg.user = u.User.Username()
		cfg.password, cfg.auth = u.User.Password()
		if cfg.user == "" || !cfg.auth {
			return bad("credentials need both a user name and a password (user:password@host)")
		}
	}
	for key, values := range u.Query() {
		if key != "starttls" {
			return bad("unknown option %q (the only option is starttls=required)", key)
		}
		if len(values) != 1 || values[0] != "required" {
			return bad("starttls must be \"required\"")
		}
		if cfg.mode == implicitTLS {
			return bad("starttls does not apply to smtps, which always uses TLS")
		}
		cfg.mode = startTLSRequired
	}
	return cfg, nil
}

// address is where the server listens, as host:port.
func (c smtpConfig) address() string { return net.JoinHostPort(c.host, c.port) }

// loopback says whether the server runs on this machine, where an unencrypted connection never
// leaves it.
func (c smtpConfig) loopback() bool {
	if strings.EqualFold(c.host, "localhost") {
		return true
	}
	ip := net.ParseIP(c.host)
	return ip != nil && ip.IsLoopback()
}

// recipient validates e's headers and returns its recipient.
func recipient(e Email) (*mail.Address, error) {
	if strings.ContainsAny(e.To, "\r\n") || strings.ContainsAny(e.Subject, "\r\n") {
		return nil, ErrHeaderInjection
	}
	to, err := mail.ParseAddress(e.To)
	if err != nil {
		return nil, fmt.Errorf("%w: recipient: %v", ErrBadAddress, err)
	}
	return to, nil
}
