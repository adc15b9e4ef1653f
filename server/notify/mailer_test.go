package notify_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/learnerportal/portal/server/notify"
	"github.com/learnerportal/portal/server/notify/smtptest"
)

const sender = "Learner Privacy Portal <portal@example.test>"

// sent is the fixed time clock gives, which dates every test message.
var sent = time.Date(2026, 3, 3, 9, 30, 0, 0, time.UTC)

func clock() time.Time { return sent }

func newMailer(t *testing.T, smtpURL string) notify.Mailer {
	t.Helper()
	m, err := notify.NewMailer(smtpURL, sender, clock)
	if err != nil {
		t.Fatalf("NewMailer(%q): %v", smtpURL, err)
	}
	return m
}

func TestSendDeliversAWellFormedMessage(t *testing.T) {
	tests := []struct {
		name  string
		email notify.Email
	}{
		{"ascii", notify.Email{To: "ellen@example.test", Subject: "We have received your request",
			Body: "Hello Ellen,\n\nWe will answer by Thursday 2 April 2026.\n"}},
		{"non-ascii subject and body", notify.Email{To: "Zoë Brontë <zoe@example.test>", Subject: "Your request – complete ✓",
			Body: "Hello Zoë,\n\nYour data (£0 fee) is ready: “café” = ok.\n"}},
		{"long subject is folded", notify.Email{To: "ellen@example.test",
			Subject: strings.Repeat("A request about your personal data — ", 4),
			Body:    "Short.\n"}},
		{"awkward body", notify.Email{To: "ellen@example.test", Subject: "Dots and long lines",
			Body: ".\n.leading dot\nFrom the start\n" + strings.Repeat("word=", 60) + "\ntrailing space \n\nend"}},
	}
	srv := smtptest.Start(t)
	m := newMailer(t, srv.URL())
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := m.Send(context.Background(), tt.email); err != nil {
				t.Fatal(err)
			}
			msgs := srv.Messages()
			if len(msgs) != i+1 {
				t.Fatalf("server has %d messages, want %d", len(msgs), i+1)
			}
			got := msgs[i]
			to, _ := mail.ParseAddress(tt.email.To)
			if got.From != "portal@example.test" || len(got.To) != 1 || got.To[0] != to.Address {
				t.Errorf("envelope = %q → %q", got.From, got.To)
			}
			checkRaw(t, got.Data)
			msg, err := mail.ReadMessage(bytes.NewReader(got.Data))
			if err != nil {
				t.Fatalf("parsing the message: %v\n%s", err, got.Data)
			}
			h := msg.Header
			dec := new(mime.WordDecoder)
			subject, err := dec.DecodeHeader(h.Get("Subject"))
			if err != nil || subject != tt.email.Subject {
				t.Errorf("subject = %q (%v), want %q; raw %q", subject, err, tt.email.Subject, h.Get("Subject"))
			}
			if from, err := h.AddressList("From"); err != nil || len(from) != 1 ||
				from[0].Address != "portal@example.test" || from[0].Name != "Learner Privacy Portal" {
				t.Errorf("From = %q (%v)", h.Get("From"), err)
			}
			if rcpt, err := h.AddressList("To"); err != nil || len(rcpt) != 1 || *rcpt[0] != *to {
				t.Errorf("To = %q (%v), want %v", h.Get("To"), err, to)
			}
			if date, err := h.Date(); err != nil || !date.Equal(sent) {
				t.Errorf("Date = %q (%v), want %v", h.Get("Date"), err, sent)
			}
			if id := h.Get("Message-ID"); !regexp.MustCompile(`^<[0-9a-f]{32}@example\.test>$`).MatchString(id) {
				t.Errorf("Message-ID = %q", id)
			}
			for name, want := range map[string]string{
				"MIME-Version":              "1.0",
				"Content-Type":              "text/plain; charset=utf-8",
				"Content-Transfer-Encoding": "quoted-printable",
			} {
				if got := h.Get(name); got != want {
					t.Errorf("%s = %q, want %q", name, got, want)
				}
			}
			body, err := io.ReadAll(quotedprintable.NewReader(msg.Body))
			if err != nil {
				t.Fatal(err)
			}
			// The message ends with a line break, whether or not the body did.
			want := strings.TrimSuffix(tt.email.Body, "\n") + "\n"
			if got := strings.ReplaceAll(string(body), "\r\n", "\n"); got != want {
				t.Errorf("body = %q, want %q", got, want)
			}
		})
	}
}

// checkRaw fails unless data is 7-bit, with CRLF line endings, headers of at most 78 characters
// and body lines of at most 76 (quoted-printable's limit).
func checkRaw(t *testing.T, data []byte) {
	t.Helper()
	inBody := false
	for i, line := range strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n") {
		limit := 78
		if inBody {
			limit = 76
		}
		if line == "" {
			inBody = true
		}
		if len(line) > limit {
			t.Errorf("line %d has %d characters: %q", i+1, len(line), line)
		}
		for _, c := range []byte(line) {
			if c >= 0x80 || c == '\n' || c == '\r' {
				t.Errorf("line %d is not 7-bit text: %q", i+1, line)
				break
			}
		}
	}
}

func TestNewMailer(t *testing.T) {
	tests := []struct {
		name, url string
		outbox    bool
		address   string
	}{
		{"empty is the development outbox", "", true, ""},
		{"smtp defaults to the submission port", "smtp://mail.example.test", false, "mail.example.test:587"},
		{"smtps defaults to 465", "smtps://mail.example.test", false, "mail.example.test:465"},
		{"explicit port and credentials", "smtp://portal:s3cret@mail.example.test:2525", false, "mail.example.test:2525"},
		{"required STARTTLS", "smtp://mail.example.test?starttls=required", false, "mail.example.test:587"},
		{"IPv6 host", "smtp://[::1]:25", false, "[::1]:25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMailer(t, tt.url)
			if _, ok := m.(notify.Outbox); ok != tt.outbox {
				t.Fatalf("mailer is %T", m)
			}
			if !tt.outbox {
				if got := notify.ServerAddress(m); got != tt.address {
					t.Errorf("address = %q, want %q", got, tt.address)
				}
			}
		})
	}
}

func TestNewMailerRefusesBadURLs(t *testing.T) {
	tests := []struct{ name, url string }{
		{"wrong scheme", "http://mail.example.test"},
		{"no scheme", "mail.example.test:587"},
		{"no host", "smtp://"},
		{"opaque", "smtp:mail.example.test"},
		{"port zero", "smtp://mail.example.test:0"},
		{"port too large", "smtp://mail.example.test:65536"},
		{"port not a number", "smtp://user:s3cret@mail.example.test:smtp"},
		{"user without password", "smtp://portal@mail.example.test"},
		{"password without user", "smtp://:s3cret@mail.example.test"},
		{"path", "smtp://mail.example.test/inbox"},
		{"unknown option", "smtp://mail.example.test?tls=yes"},
		{"unknown starttls value", "smtp://mail.example.test?starttls=maybe"},
		{"starttls on smtps", "smtps://mail.example.test?starttls=required"},
		{"unparsable", "smtp://user:s3cret@mail example.test"},
		{"control character", "smtp://user:s3cret@mail.example.test\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := notify.NewMailer(tt.url, sender, clock)
			if !errors.Is(err, notify.ErrBadSMTPURL) {
				t.Fatalf("NewMailer(%q) = %T, %v; want ErrBadSMTPURL", tt.url, m, err)
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("the error shows the password: %v", err)
			}
		})
	}
	t.Run("bad sender", func(t *testing.T) {
		if _, err := notify.NewMailer("smtp://mail.example.test", "the portal", clock); !errors.Is(err, notify.ErrBadAddress) {
			t.Errorf("err = %v, want ErrBadAddress", err)
		}
	})
}

func TestSendRefusesBadHeaders(t *testing.T) {
	tests := []struct {
		name  string
		email notify.Email
		want  error
	}{
		{"CRLF in the recipient", notify.Email{To: "ellen@example.test\r\nBcc: all@example.test", Subject: "Hi"}, notify.ErrHeaderInjection},
		{"LF in the recipient", notify.Email{To: "ellen@example.test\nBcc: all@example.test", Subject: "Hi"}, notify.ErrHeaderInjection},
		{"CRLF in the subject", notify.Email{To: "ellen@example.test", Subject: "Hi\r\nBcc: all@example.test"}, notify.ErrHeaderInjection},
		{"lone CR in the subject", notify.Email{To: "ellen@example.test", Subject: "Hi\rthere"}, notify.ErrHeaderInjection},
		{"two recipients", notify.Email{To: "ellen@example.test, all@example.test", Subject: "Hi"}, notify.ErrBadAddress},
		{"not an address", notify.Email{To: "ellen", Subject: "Hi"}, notify.ErrBadAddress},
	}
	srv := smtptest.Start(t)
	mailers := map[string]notify.Mailer{"smtp": newMailer(t, srv.URL()), "outbox": newMailer(t, "")}
	for _, tt := range tests {
		for kind, m := range mailers {
			t.Run(tt.name+"/"+kind, func(t *testing.T) {
				if err := m.Send(context.Background(), tt.email); !errors.Is(err, tt.want) {
					t.Errorf("Send = %v, want %v", err, tt.want)
				}
			})
		}
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("the server received %d messages", n)
	}
}

var hello = notify.Email{To: "ellen@example.test", Subject: "Hello", Body: "Hello.\n"}

func TestSendAuthenticates(t *testing.T) {
	tests := []struct {
		name     string
		password string // the server's
		userinfo string // in the URL
		wantErr  bool
	}{
		{"right credentials", "s3cret", "portal:s3cret@", false},
		{"escaped password", "p@ss:word", "portal:p%40ss%3Aword@", false},
		{"wrong password", "s3cret", "portal:wrong-s3cret@", true},
		{"no credentials", "s3cret", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := smtptest.Start(t, smtptest.WithAuth("portal", tt.password))
			m := newMailer(t, strings.Replace(srv.URL(), "//", "//"+tt.userinfo, 1))
			err := m.Send(context.Background(), hello)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Send = %v, want error %v", err, tt.wantErr)
			}
			if err != nil {
				if strings.Contains(err.Error(), "s3cret") {
					t.Errorf("the error shows the password: %v", err)
				}
				return
			}
			if msgs := srv.Messages(); len(msgs) != 1 || msgs[0].User != "portal" {
				t.Errorf("messages = %+v", msgs)
			}
		})
	}
}

func TestSendEncrypts(t *testing.T) {
	tests := []struct {
		name    string
		opts    []smtptest.Option
		query   string
		trust   bool
		wantTLS bool
		wantErr bool
	}{
		{"plain server, STARTTLS if offered", nil, "", false, false, false},
		{"STARTTLS offered and used", []smtptest.Option{smtptest.WithSTARTTLS()}, "", true, true, false},
		{"STARTTLS required and offered", []smtptest.Option{smtptest.WithSTARTTLS()}, "?starttls=required", true, true, false},
		{"STARTTLS required, not offered", nil, "?starttls=required", true, false, true},
		{"implicit TLS", []smtptest.Option{smtptest.WithImplicitTLS()}, "", true, true, false},
		{"untrusted certificate is no reason to send in clear", []smtptest.Option{smtptest.WithSTARTTLS()}, "", false, false, true},
		{"untrusted certificate, implicit TLS", []smtptest.Option{smtptest.WithImplicitTLS()}, "", false, false, true},
		{"authenticated over STARTTLS", []smtptest.Option{smtptest.WithSTARTTLS(), smtptest.WithAuth("portal", "s3cret")}, "", true, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := smtptest.Start(t, tt.opts...)
			u := srv.URL() + tt.query
			if strings.Contains(tt.name, "authenticated") {
				u = strings.Replace(u, "//", "//portal:s3cret@", 1)
			}
			m := newMailer(t, u)
			if tt.trust {
				notify.TrustRoots(m, srv.CertPool())
			}
			err := m.Send(context.Background(), hello)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Send = %v, want error %v", err, tt.wantErr)
			}
			msgs := srv.Messages()
			if tt.wantErr {
				if len(msgs) != 0 {
					t.Errorf("the server received %d messages", len(msgs))
				}
				return
			}
			if len(msgs) != 1 || msgs[0].TLS != tt.wantTLS {
				t.Errorf("messages = %+v, want one with TLS %v", msgs, tt.wantTLS)
			}
		})
	}
}

func TestSendGivesUpOnASilentServer(t *testing.T) {
	// A server that accepts connections and never greets.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	held := make(chan net.Conn, 4)
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			held <- c
		}
	}()
	t.Cleanup(func() {
		for len(held) > 0 {
			(<-held).Close()
		}
	})
	m := newMailer(t, "smtp://"+l.Addr().String())
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	err = m.Send(ctx, hello)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Send = %v, want a deadline error", err)
	}
}

func TestSendToAStoppedServerFails(t *testing.T) {
	srv := smtptest.Start(t)
	m := newMailer(t, srv.URL())
	srv.Stop()
	if err := m.Send(context.Background(), hello); err == nil || !strings.Contains(err.Error(), "connecting") {
		t.Errorf("Send = %v, want a connection error", err)
	}
	srv.Restart()
	if err := m.Send(context.Background(), hello); err != nil {
		t.Errorf("Send after Restart = %v", err)
	}
	if n := len(srv.Messages()); n != 1 {
		t.Errorf("the server received %d messages, want 1", n)
	}
}
