package notify

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// smtpMailer sends each email over a new connection to an SMTP submission server. The portal
// sends a handful of emails an hour, so keeping a connection open would buy nothing and add a
// stale-connection case.
type smtpMailer struct {
	smtpConfig
	from *mail.Address
	now  func() time.Time
	// rootCAs verifies the server's certificate; nil means the system's roots. Only tests set it.
	rootCAs *x509.CertPool
}

// Send delivers e, giving up after sendTimeout.
func (m *smtpMailer) Send(ctx context.Context, e Email) error {
	to, err := recipient(e)
	if err != nil {
		return err
	}
	msg, err := compose(m.from, to, e, m.now())
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, sendTimeout)
	defer cancel()
	c, err := m.connect(ctx)
	if err != nil {
		return m.failed(ctx, "connecting to", err)
	}
	defer c.Close()
	if m.auth {
		if _, encrypted := c.TLSConnectionState(); !encrypted && !m.loopback() {
			return ErrInsecureAuth
		}
		if ok, _ := c.Extension("AUTH"); !ok {
			return m.failed(ctx, "authenticating to", errors.New("the server does not offer AUTH"))
		}
		if err := c.Auth(sasl.NewPlainClient("", m.user, m.password)); err != nil {
			return m.failed(ctx, "authenticating to", err)
		}
	}
	if err := c.SendMail(m.from.Address, []string{to.Address}, bytes.NewReader(msg)); err != nil {
		return m.failed(ctx, "sending through", err)
	}
	// The server has accepted the message: a failed goodbye does not make it undelivered.
	_ = c.Quit()
	return nil
}

// failed describes an error of one step. A connection closed because the time ran out fails with
// a confusing "use of closed network connection", so the timeout is named too.
func (m *smtpMailer) failed(ctx context.Context, step string, err error) error {
	if ctx.Err() != nil {
		return fmt.Errorf("%s the SMTP server %s: %w (%v)", step, m.address(), ctx.Err(), err)
	}
	return fmt.Errorf("%s the SMTP server %s: %w", step, m.address(), err)
}

// connect opens a session encrypted as the URL asks. go-smtp can only upgrade a connection with
// STARTTLS from the start, so when the upgrade is optional the server is first asked whether it
// offers it, and a second connection upgrades.
func (m *smtpMailer) connect(ctx context.Context) (*smtp.Client, error) {
	switch m.mode {
	case startTLSRequired:
		return m.open(ctx, true)
	case implicitTLS:
		return m.open(ctx, false)
	}
	c, err := m.open(ctx, false)
	if err != nil {
		return nil, err
	}
	// Extension keeps a failed greeting to itself; the next command returns it.
	if offered, _ := c.Extension("STARTTLS"); !offered {
		return c, nil
	}
	c.Close()
	return m.open(ctx, true)
}

// open dials the server and returns a client whose connection is closed when ctx ends, which
// stops any command waiting on it.
func (m *smtpMailer) open(ctx context.Context, startTLS bool) (*smtp.Client, error) {
	var conn net.Conn
	var err error
	if m.mode == implicitTLS {
		conn, err = (&tls.Dialer{Config: m.tlsConfig()}).DialContext(ctx, "tcp", m.address())
	} else {
		conn, err = (&net.Dialer{}).DialContext(ctx, "tcp", m.address())
	}
	if err != nil {
		return nil, err
	}
	context.AfterFunc(ctx, func() { conn.Close() })
	c := smtp.NewClient(conn)
	if startTLS {
		if c, err = smtp.NewClientStartTLS(conn, m.tlsConfig()); err != nil {
			return nil, fmt.Errorf("STARTTLS: %w", err)
		}
	}
	c.CommandTimeout, c.SubmissionTimeout = sendTimeout, sendTimeout
	return c, nil
}

func (m *smtpMailer) tlsConfig() *tls.Config {
	return &tls.Config{ServerName: m.host, RootCAs: m.rootCAs, MinVersion: tls.VersionTLS12}
}
