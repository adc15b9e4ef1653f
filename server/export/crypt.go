package export

import (
	"fmt"
	"io"

	"filippo.io/age"
)

// An archive at rest is encrypted with age to an X25519 key of its own. The key (the identity,
// "AGE-SECRET-KEY-1…") is kept in the archive's row, so the storage alone leaks nothing, and
// deleting the row's key makes a forgotten copy of the file unreadable.

// newKey returns a new archive key, as stored in encryption_key.
func newKey() ([]byte, error) {
	identity, err := age.GenerateX25519Identity()
	if err != nil {
		return nil, err
	}
	return []byte(identity.String()), nil
}

// encrypt returns a writer that encrypts to dst with key; Close writes the end of the stream
// and must succeed for the result to be readable.
func encrypt(dst io.Writer, key []byte) (io.WriteCloser, error) {
	identity, err := age.ParseX25519Identity(string(key))
	if err != nil {
		return nil, fmt.Errorf("export: an archive key is malformed: %w", err)
	}
	return age.Encrypt(dst, identity.Recipient())
}

// decrypt returns the plaintext of src, encrypted with key. Reading fails on any tampering or
// truncation of src.
func decrypt(src io.Reader, key []byte) (io.Reader, error) {
	identity, err := age.ParseX25519Identity(string(key))
	if err != nil {
		return nil, fmt.Errorf("export: an archive key is malformed: %w", err)
	}
	return age.Decrypt(src, identity)
}
