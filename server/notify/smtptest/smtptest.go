// Package smtptest runs a real SMTP server on the loopback interface for tests, recording every
// message it accepts. It can be stopped, so that the port refuses connections, and restarted on
// the same port, to test what a sender does while its mail server is away.
package smtptest

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Message is one message the server accepted.
type Message struct {
	// From and To are the envelope: the MAIL FROM and RCPT TO addresses.
	From string
	To   []string
	// Data is the message as received, headers and body.
	Data []byte
	// User is the user name the client authenticated as, "" when it did not.
	User string
	// TLS says whether the connection was encrypted.
	TLS bool
}

// Server is a running test SMTP server.
type Server struct {
	t    testing.TB
	addr string // 127.0.0.1:port, fixed by the first listen

	user, password string // required credentials, when set
	tlsConfig      *tls.Config
	certs          *x509.CertPool
	implicitTLS    bool

	mu       sync.Mutex
	messages []Message
	running  *smtp.Server
	listener net.Listener
	served   chan struct{} // closed when the running server's Serve returns
	ended    bool          // the test is over: nothing may log to t any more
	// dieInData makes the next DATA kill the server halfway through the message.
	dieInData bool
	// stopping serialises Stop, so a Stop returns only once the server is down, even when another
	// Stop (a death during DATA) began first.
	stopping sync.Mutex
}

// Option configures a Server.
type Option func(*Server)

// WithAuth makes the server require AUTH PLAIN with these credentials before it accepts mail.
// Without it, the server accepts any credentials, and mail without any.
func WithAuth(user, password string) Option {
	return func(s *Server) { s.user, s.password = user, password }
}

// WithSTARTTLS makes the server offer STARTTLS with a self-signed certificate for 127.0.0.1;
// CertPool returns the pool that trusts it.
func WithSTARTTLS() Option {
	return func(s *Server) { s.tlsConfig, s.certs = selfSigned(s.t) }
}

// WithImplicitTLS makes the server speak TLS from the first byte (smtps), with the certificate of
// WithSTARTTLS.
func WithImplicitTLS() Option {
	return func(s *Server) {
		s.tlsConfig, s.certs = selfSigned(s.t)
		s.implicitTLS = true
	}
}

// Start runs a server on a random port of 127.0.0.1 until the test ends.
func Start(t testing.TB, opts ...Option) *Server {
	t.Helper()
	s := &Server{t: t}
	for _, opt := range opts {
		opt(s)
	}
	if err := s.listen("127.0.0.1:0"); err != nil {
		t.Fatalf("smtptest: %v", err)
	}
	t.Cleanup(func() {
		s.Stop()
		s.mu.Lock()
		s.ended = true
		s.mu.Unlock()
	})
	return s
}

// URL is the server's address as a portal SMTP URL, without credentials.
func (s *Server) URL() string {
	if s.implicitTLS {
		return "smtps://" + s.addr
	}
	return "smtp://" + s.addr
}

// CertPool trusts the server's certificate (nil without TLS).
func (s *Server) CertPool() *x509.CertPool { return s.certs }

// Messages returns a copy of the messages accepted so far, oldest first.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

// Stop closes the server and its connections; until Restart, its port refuses connections. It
// does nothing to a stopped server.
func (s *Server) Stop() {
	s.stopping.Lock()
	defer s.stopping.Unlock()
	s.mu.Lock()
	running, listener, served := s.running, s.listener, s.served
	s.running = nil
	s.mu.Unlock()
	if running == nil {
		return
	}
	_ = running.Close()
	// Close only closes the listeners Serve has registered, which it may not have done yet.
	_ = listener.Close()
	<-served
}

// DieDuringNextMessage makes the server die while the next message is being sent: halfway through
// DATA it drops the connection and stops listening, as a crashed mail server would. Nothing of
// that message is recorded.
func (s *Server) DieDuringNextMessage() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dieInData = true
}

// Restart listens again on the port of the first start. It does nothing to a running server.
func (s *Server) Restart() {
	s.t.Helper()
	s.mu.Lock()
	running := s.running != nil
	s.mu.Unlock()
	if running {
		return
	}
	if err := s.listen(s.addr); err != nil {
		s.t.Fatalf("smtptest: restarting: %v", err)
	}
}

func (s *Server) listen(addr string) error {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	if s.implicitTLS {
		l = tls.NewListener(l, s.tlsConfig)
	}
	srv := smtp.NewServer(smtp.BackendFunc(s.newSession))
	srv.Domain = "smtptest.localhost"
	srv.AllowInsecureAuth = true
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	srv.MaxMessageBytes = 10 << 20
	srv.ErrorLog = log.New(testLog{s}, "smtptest: ", 0)
	if !s.implicitTLS {
		srv.TLSConfig = s.tlsConfig
	}
	served := make(chan struct{})
	s.mu.Lock()
	s.addr, s.running, s.listener, s.served = l.Addr().String(), srv, l, served
	s.mu.Unlock()
	go func() {
		defer close(served)
		_ = srv.Serve(l)
	}()
	return nil
}

func (s *Server) newSession(c *smtp.Conn) (smtp.Session, error) {
	return &session{server: s, conn: c}, nil
}

func (s *Server) record(m Message) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.messages = append(s.messages, m)
}

// testLog passes the server's error log to the test while it runs.
type testLog struct{ s *Server }

func (l testLog) Write(p []byte) (int, error) {
	l.s.mu.Lock()
	defer l.s.mu.Unlock()
	if !l.s.ended {
		l.s.t.Log(string(p))
	}
	return len(p), nil
}

// session is one SMTP connection.
type session struct {
	server *Server
	conn   *smtp.Conn
	user   string
	from   string
	to     []string
}

var _ smtp.AuthSession = (*session)(nil)

func (s *session) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *session) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, password string) error {
		if s.server.user != "" && (user != s.server.user || password != s.server.password) {
			return errors.New("invalid user name or password")
		}
		s.user = user
		return nil
	}), nil
}

func (s *session) authorised() error {
	if s.server.user != "" && s.user == "" {
		return smtp.ErrAuthRequired
	}
	return nil
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if err := s.authorised(); err != nil {
		return err
	}
	s.from = from
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if err := s.authorised(); err != nil {
		return err
	}
	s.to = append(s.to, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	if err := s.authorised(); err != nil {
		return err
	}
	s.server.mu.Lock()
	die := s.server.dieInData
	s.server.dieInData = false
	s.server.mu.Unlock()
	if die {
		_, _ = io.CopyN(io.Discard, r, 64) // the message has started to arrive
		go s.server.Stop()                 // Stop waits for this handler, so it cannot run here
		_ = s.conn.Close()
		return errors.New("smtptest: the server died during DATA")
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("reading the message: %w", err)
	}
	_, encrypted := s.conn.TLSConnectionState()
	s.server.record(Message{From: s.from, To: append([]string(nil), s.to...), Data: data, User: s.user, TLS: encrypted})
	return nil
}

func (s *session) Reset() { s.from, s.to = "", nil }

func (s *session) Logout() error { return nil }
