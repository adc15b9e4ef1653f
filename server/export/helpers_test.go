package export

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"io"
	"testing"
	"time"

	"entgo.io/ent/schema/field"

	"github.com/learnerportal/portal/ent/migrate"
	"github.com/learnerportal/portal/server/storage/storagetest"
)

// demoNow is the moment the demo data is seeded as of and archives are generated at, so that
// archives are the same on every run.
var demoNow = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

func clock() time.Time { return demoNow }

// seededDemo returns a fresh database with the demo data, with its wall-clock creation and
// update times (ent's defaults for created_at and updated_at, which no clock injection reaches)
// moved to demoNow.
func seededDemo(t testing.TB) *storagetest.Demo {
	t.Helper()
	started := time.Now()
	d := storagetest.Seeded(t, clock)
	for _, table := range migrate.Tables {
		for _, c := range table.Columns {
			if c.Type == field.TypeTime && (c.Name == "created_at" || c.Name == "updated_at") {
				pinWallClock(t, d, table.Name, c.Name, started)
			}
		}
	}
	return d
}

// pinWallClock sets column to demoNow in the rows where it holds a time from the wall clock,
// which, demoNow being in the past, is any time since the test started.
func pinWallClock(t testing.TB, d *storagetest.Demo, table, column string, started time.Time) {
	t.Helper()
	ctx := context.Background()
	rows, err := d.DB.QueryContext(ctx, fmt.Sprintf(`SELECT id, %s FROM %s`, column, table))
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		var at time.Time
		if err := rows.Scan(&id, &at); err != nil {
			t.Fatal(err)
		}
		if !at.Before(started.Add(-time.Second)) {
			ids = append(ids, id)
		}
	}
	if err := rows.Close(); err != nil {
		t.Fatal(err)
	}
	update := fmt.Sprintf(`UPDATE %s SET %s = $1 WHERE id = $2`, table, column)
	for _, id := range ids {
		if _, err := d.DB.ExecContext(ctx, update, demoNow, id); err != nil {
			t.Fatal(err)
		}
	}
}

// writeArchive writes the archive of person as of demoNow.
func writeArchive(t testing.TB, d *storagetest.Demo, person int) ([]byte, []fileEntry) {
	t.Helper()
	var out bytes.Buffer
	files, err := Archive{PersonID: person, At: demoNow}.Write(context.Background(), &out, d.DB, d.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	entries := make([]fileEntry, len(files))
	for i, f := range files {
		entries[i] = fileEntry{f.Name, f.Size, f.SHA256}
	}
	return out.Bytes(), entries
}

type fileEntry struct {
	Name   string
	Size   int64
	SHA256 string
}

// unzip returns the files of a ZIP by name, in archive order.
func unzip(t testing.TB, archive []byte) (names []string, content map[string][]byte) {
	t.Helper()
	r, err := zip.NewReader(bytes.NewReader(archive), int64(len(archive)))
	if err != nil {
		t.Fatal(err)
	}
	content = map[string][]byte{}
	for _, f := range r.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, f.Name)
		content[f.Name] = b
	}
	return names, content
}
