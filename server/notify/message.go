package notify

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"mime"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"time"
)

// maxHeaderLine is the line length RFC 5322 asks headers to be folded at.
const maxHeaderLine = 78

// compose writes e as an RFC 5322 message from from to to, dated date: a plain-text UTF-8 body in
// quoted-printable, so that any line of any length and any character survive every relay, and a
// subject in RFC 2047 encoded words when it is not ASCII. The caller has checked the headers for
// line breaks (see recipient).
func compose(from, to *mail.Address, e Email, date time.Time) ([]byte, error) {
	var b bytes.Buffer
	header := func(name, value string) {
		b.WriteString(fold(name + ": " + value))
		b.WriteString("\r\n")
	}
	header("Date", date.Format(time.RFC1123Z))
	header("From", from.String())
	header("To", to.String())
	header("Subject", mime.QEncoding.Encode("utf-8", e.Subject))
	header("Message-ID", messageID(from.Address))
	header("MIME-Version", "1.0")
	header("Content-Type", "text/plain; charset=utf-8")
	header("Content-Transfer-Encoding", "quoted-printable")
	b.WriteString("\r\n")
	// In text mode the writer turns each "\n" into a hard "\r\n" line break. The body ends with
	// one, as SMTP would otherwise add it.
	body := strings.ReplaceAll(e.Body, "\r\n", "\n")
	if !strings.HasSuffix(body, "\n") {
		body += "\n"
	}
	w := quotedprintable.NewWriter(&b)
	if _, err := w.Write([]byte(body)); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// messageID returns a new unique Message-ID in the sender's domain.
func messageID(sender string) string {
	domain := "localhost"
	if at := strings.LastIndexByte(sender, '@'); at >= 0 && at < len(sender)-1 {
		domain = sender[at+1:]
	}
	id := make([]byte, 16)
	_, _ = rand.Read(id)
	return "<" + hex.EncodeToString(id) + "@" + domain + ">"
}

// fold breaks a header line longer than maxHeaderLine before spaces, continuing on lines that
// start with that space, which readers remove when they unfold. Encoded words are separated by
// spaces too, so a long encoded subject folds the same way. A word longer than a line stays
// whole.
func fold(line string) string {
	if len(line) <= maxHeaderLine {
		return line
	}
	var b strings.Builder
	start := 0 // start of the current output line
	last := -1 // the last space seen in the current line
	for i := 0; i < len(line); i++ {
		if line[i] != ' ' {
			continue
		}
		if i-start > maxHeaderLine && last > start {
			b.WriteString(line[start:last])
			b.WriteString("\r\n")
			start = last
		}
		last = i
	}
	if len(line)-start > maxHeaderLine && last > start {
		b.WriteString(line[start:last])
		b.WriteString("\r\n")
		start = last
	}
	b.WriteString(line[start:])
	return b.String()
}
