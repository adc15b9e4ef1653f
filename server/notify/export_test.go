package notify

import "crypto/x509"

// TrustRoots makes an SMTP mailer trust pool instead of the system's roots, for servers with a
// test certificate.
func TrustRoots(m Mailer, pool *x509.CertPool) { m.(*smtpMailer).rootCAs = pool }

// ServerAddress is the host:port an SMTP mailer connects to.
func ServerAddress(m Mailer) string { return m.(*smtpMailer).address() }
