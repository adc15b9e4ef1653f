package smtptest_test

import (
	"net"
	"strings"
	"testing"

	"github.com/emersion/go-smtp"

	"github.com/learnerportal/portal/server/notify/smtptest"
)

func send(addr string) error {
	c, err := smtp.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	return c.SendMail("portal@example.test", []string{"ellen@example.test"}, strings.NewReader("Subject: Hi\r\n\r\nHello.\r\n"))
}

func TestStopRefusesConnectionsUntilRestart(t *testing.T) {
	srv := smtptest.Start(t)
	addr := strings.TrimPrefix(srv.URL(), "smtp://")
	if err := send(addr); err != nil {
		t.Fatalf("sending to the running server: %v", err)
	}
	srv.Stop()
	srv.Stop() // stopping twice is harmless
	if c, err := net.Dial("tcp", addr); err == nil {
		c.Close()
		t.Fatal("the stopped server accepted a connection")
	}
	srv.Restart()
	if got := strings.TrimPrefix(srv.URL(), "smtp://"); got != addr {
		t.Errorf("restarted on %s, want %s", got, addr)
	}
	if err := send(addr); err != nil {
		t.Fatalf("sending after Restart: %v", err)
	}
	msgs := srv.Messages()
	if len(msgs) != 2 {
		t.Fatalf("recorded %d messages, want 2", len(msgs))
	}
	m := msgs[1]
	if m.From != "portal@example.test" || len(m.To) != 1 || m.To[0] != "ellen@example.test" ||
		string(m.Data) != "Subject: Hi\r\n\r\nHello.\r\n" || m.TLS || m.User != "" {
		t.Errorf("message = %+v", m)
	}
}

func TestAuthRequired(t *testing.T) {
	srv := smtptest.Start(t, smtptest.WithAuth("portal", "s3cret"))
	if err := send(strings.TrimPrefix(srv.URL(), "smtp://")); err == nil {
		t.Error("the server accepted mail without authentication")
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("recorded %d messages", n)
	}
}
