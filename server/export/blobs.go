package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
)

// Blobs stores the encrypted archives by key. Its shape is that of an object store, so a bucket
// could back it as well as the local directory of Dir.
type Blobs interface {
	// Create starts writing the blob key, which becomes visible only when Close returns nil.
	// Cancelling ctx before Close abandons the write: Close then removes what was written and
	// returns ctx's error.
	Create(ctx context.Context, key string) (io.WriteCloser, error)
	// Open reads the blob key; a missing one is an error wrapping fs.ErrNotExist.
	Open(ctx context.Context, key string) (io.ReadCloser, error)
	// Delete removes the blob key, and any unfinished write of it left by a crash. A missing
	// blob is not an error.
	Delete(ctx context.Context, key string) error
}

// validKey is what a blob key may be: one file name, never a path.
var validKey = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$`)

func checkKey(key string) error {
	if !validKey.MatchString(key) {
		return fmt.Errorf("export: invalid blob key %q", key)
	}
	return nil
}

// Dir keeps blobs as files of one directory that only the portal's user can read.
type Dir struct{ path string }

var _ Blobs = (*Dir)(nil)

// NewDir returns the blob store of the directory path, creating it if need be.
func NewDir(path string) (*Dir, error) {
	if err := os.MkdirAll(path, 0o700); err != nil {
		return nil, fmt.Errorf("export: creating the archive directory: %w", err)
	}
	return &Dir{path: path}, nil
}

// partial is where a blob is written until it is complete. A key starts with a letter or digit,
// so no key names a partial file.
func (d *Dir) partial(key string) string { return filepath.Join(d.path, ".partial-"+key) }

func (d *Dir) file(key string) string { return filepath.Join(d.path, key) }

// Create implements Blobs. Two writes of the same key at once are refused.
func (d *Dir) Create(ctx context.Context, key string) (io.WriteCloser, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(d.partial(key), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	return &dirWriter{ctx: ctx, f: f, final: d.file(key)}, nil
}

type dirWriter struct {
	ctx    context.Context
	f      *os.File
	final  string
	closed bool
}

func (w *dirWriter) Write(p []byte) (int, error) {
	if err := w.ctx.Err(); err != nil {
		return 0, err
	}
	return w.f.Write(p)
}

// Close makes the blob visible by renaming it into place once its bytes are on disk, or removes
// it when the write was abandoned or failed.
func (w *dirWriter) Close() error {
	if w.closed {
		return fs.ErrClosed
	}
	w.closed = true
	err := w.ctx.Err()
	if err == nil {
		err = w.f.Sync()
	}
	if closeErr := w.f.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		err = os.Rename(w.f.Name(), w.final)
	}
	if err != nil {
		return errors.Join(err, os.Remove(w.f.Name()))
	}
	return nil
}

// Open implements Blobs.
func (d *Dir) Open(_ context.Context, key string) (io.ReadCloser, error) {
	if err := checkKey(key); err != nil {
		return nil, err
	}
	return os.Open(d.file(key))
}

// Delete implements Blobs.
func (d *Dir) Delete(_ context.Context, key string) error {
	if err := checkKey(key); err != nil {
		return err
	}
	var errs []error
	for _, path := range []string{d.file(key), d.partial(key)} {
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
