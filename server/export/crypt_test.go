package export

import (
	"bytes"
	"io"
	"testing"
)

func TestEncryptionRoundTrip(t *testing.T) {
	key, err := newKey()
	if err != nil {
		t.Fatal(err)
	}
	plain := bytes.Repeat([]byte("personal data "), 20000) // several of age's 64 KiB chunks
	var sealed bytes.Buffer
	w, err := encrypt(&sealed, key)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(plain); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed.Bytes(), []byte("personal data")) {
		t.Fatal("the encrypted archive contains its plaintext")
	}

	t.Run("decrypts with its key", func(t *testing.T) {
		got := readAll(t, bytes.NewReader(sealed.Bytes()), key)
		if !bytes.Equal(got, plain) {
			t.Fatal("the decrypted archive differs from the original")
		}
	})
	t.Run("not with another key", func(t *testing.T) {
		other, err := newKey()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := decrypt(bytes.NewReader(sealed.Bytes()), other); err == nil {
			t.Fatal("another archive's key decrypted it")
		}
	})
	t.Run("tampering is detected", func(t *testing.T) {
		damaged := bytes.Clone(sealed.Bytes())
		damaged[len(damaged)/2] ^= 1
		r, err := decrypt(bytes.NewReader(damaged), key)
		if err == nil {
			_, err = io.ReadAll(r)
		}
		if err == nil {
			t.Fatal("a damaged archive decrypted without error")
		}
	})
	t.Run("truncation is detected", func(t *testing.T) {
		r, err := decrypt(bytes.NewReader(sealed.Bytes()[:sealed.Len()-100]), key)
		if err == nil {
			_, err = io.ReadAll(r)
		}
		if err == nil {
			t.Fatal("a truncated archive decrypted without error")
		}
	})
}

func readAll(t *testing.T, r io.Reader, key []byte) []byte {
	t.Helper()
	plain, err := decrypt(r, key)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(plain)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
