package export

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestDirBlobs(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "archives")
	blobs, err := NewDir(path)
	if err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o700 {
		t.Fatalf("the directory: %v, %v; want mode 0700", info, err)
	}

	t.Run("a blob appears only once closed", func(t *testing.T) {
		w, err := blobs.Create(ctx, "a1")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte("sealed")); err != nil {
			t.Fatal(err)
		}
		if _, err := blobs.Open(ctx, "a1"); !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("an unfinished blob could be opened: %v", err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if got := read(t, blobs, "a1"); got != "sealed" {
			t.Fatalf("read %q", got)
		}
		info, err := os.Stat(filepath.Join(path, "a1"))
		if err != nil || info.Mode().Perm() != 0o600 {
			t.Fatalf("the blob file: %v, %v; want mode 0600", info, err)
		}
	})
	t.Run("an abandoned write leaves nothing", func(t *testing.T) {
		ctx, abandon := context.WithCancel(ctx)
		w, err := blobs.Create(ctx, "a2")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte("half")); err != nil {
			t.Fatal(err)
		}
		abandon()
		if err := w.Close(); !errors.Is(err, context.Canceled) {
			t.Fatalf("Close after abandoning: %v, want context.Canceled", err)
		}
		if _, err := blobs.Open(context.Background(), "a2"); !errors.Is(err, fs.ErrNotExist) {
			t.Fatalf("an abandoned blob could be opened: %v", err)
		}
		assertOnlyFiles(t, path, "a1")
	})
	t.Run("a second write of the same key at once is refused", func(t *testing.T) {
		w, err := blobs.Create(ctx, "a3")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := blobs.Create(ctx, "a3"); err == nil {
			t.Fatal("two writes of one key at once")
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("delete removes the blob and any unfinished write, and a missing one is fine", func(t *testing.T) {
		w, err := blobs.Create(ctx, "a4") // as a crash would leave it
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte("half")); err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{"a1", "a3", "a4", "a4", "never-written"} {
			if err := blobs.Delete(ctx, key); err != nil {
				t.Fatalf("deleting %s: %v", key, err)
			}
		}
		assertOnlyFiles(t, path)
	})
	t.Run("keys that are not plain names are refused", func(t *testing.T) {
		outside := filepath.Join(filepath.Dir(path), "outside")
		if err := os.WriteFile(outside, []byte("secret"), 0o600); err != nil {
			t.Fatal(err)
		}
		for _, key := range []string{"", "../outside", "..", ".", "a/b", "/etc/passwd", `a\b`, ".partial-a1", "a\x00"} {
			if _, err := blobs.Create(ctx, key); err == nil {
				t.Errorf("Create(%q) was allowed", key)
			}
			if _, err := blobs.Open(ctx, key); err == nil {
				t.Errorf("Open(%q) was allowed", key)
			}
			if err := blobs.Delete(ctx, key); err == nil {
				t.Errorf("Delete(%q) was allowed", key)
			}
		}
		if _, err := os.Stat(outside); err != nil {
			t.Fatalf("a file outside the directory was touched: %v", err)
		}
	})
}

func read(t *testing.T, blobs Blobs, key string) string {
	t.Helper()
	r, err := blobs.Open(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func assertOnlyFiles(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if len(got) != len(want) || (len(want) > 0 && got[0] != want[0]) {
		t.Fatalf("the directory holds %v, want %v", got, want)
	}
}
