package export

import (
	"archive/zip"
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"hash"
	"io"

	"github.com/learnerportal/portal/ent/schema/outcome"
)

// file adds a file to the archive, written by write, and lists it for the manifest with the
// size and SHA-256 of its content.
func (w *writer) file(name string, write func(*bufio.Writer) error) error {
	zf, err := w.zip.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: w.At.UTC()})
	if err != nil {
		return err
	}
	counted := &countingHash{w: zf, hash: sha256.New()}
	buf := bufio.NewWriterSize(counted, 64<<10)
	if err := write(buf); err != nil {
		return err
	}
	if err := buf.Flush(); err != nil {
		return err
	}
	w.files = append(w.files, outcome.ArchiveFile{Name: name, Size: counted.n, SHA256: hex.EncodeToString(counted.hash.Sum(nil))})
	return nil
}

// countingHash passes writes on to w, counting and hashing them.
type countingHash struct {
	w    io.Writer
	hash hash.Hash
	n    int64
}

func (c *countingHash) Write(p []byte) (int, error) {
	c.hash.Write(p)
	c.n += int64(len(p))
	return c.w.Write(p)
}

// manifest is the content of manifest.json.
type manifest struct {
	GeneratedAt string                `json:"generatedAt"`
	Files       []outcome.ArchiveFile `json:"files"`
}

// writeManifest writes manifest.json, listing every file written before it.
func (w *writer) writeManifest(_ context.Context) error {
	body, err := json.MarshalIndent(manifest{GeneratedAt: formatTime(w.At), Files: w.files}, "", "  ")
	if err != nil {
		return err
	}
	files := w.files
	err = w.file("manifest.json", func(b *bufio.Writer) error {
		_, err := b.Write(append(body, '\n'))
		return err
	})
	w.files = files // the manifest does not list itself
	return err
}
