// Package export builds the archive of everything the portal holds about a person (for access
// and portability requests), keeps it encrypted until it expires, and serves its download.
//
// The archive is a ZIP: data.json with every section of the person's data and the registry
// purposes that explain it, data.schema.json describing data.json, one CSV per table under csv/,
// a readable index.html, and manifest.json with the size and SHA-256 of each of those files. It
// is written in one pass over the database, whatever the amount of data, in flat memory.
package export

import (
	"archive/zip"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/schema"
	"github.com/klauspost/compress/flate"

	"github.com/learnerportal/portal/ent/schema/outcome"
)

// Archive is the archive of one person's data as of one moment.
type Archive struct {
	PersonID int
	// At is the moment the archive is generated, as it says.
	At time.Time
	// Progress, when set, is told the percentage of the person's rows written so far, at most
	// every progressInterval.
	Progress func(percent int)
}

const (
	// previewRows is how many rows of each section index.html shows.
	previewRows = 50
	// progressInterval keeps progress updates, each a database write, infrequent.
	progressInterval = 500 * time.Millisecond
)

// part is a table as it goes into the archive: a section of the person's data, or the purposes.
type part struct {
	section
	columns []column
	// where selects the rows, and order is the order they are read in.
	where *entsql.Predicate
	order []string
	rows  int64
	// preview is the first previewRows rows as text, for index.html.
	preview [][]string
	// csvPath is the temporary file the table's CSV is written to while data.json is written.
	csvPath string
}

// Write writes the archive to out, reading db (of dialect "sqlite3" or "postgres") in one
// read-only transaction, so the archive is a consistent snapshot. It returns the files the
// manifest lists: every file of the archive except manifest.json itself, which cannot hold its
// own hash.
func (a Archive) Write(ctx context.Context, out io.Writer, db *sql.DB, dbDialect string) ([]outcome.ArchiveFile, error) {
	tx, err := db.BeginTx(ctx, snapshot(dbDialect))
	if err != nil {
		return nil, fmt.Errorf("export: beginning the snapshot: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only: there is nothing to keep
	tmp, err := os.MkdirTemp("", "export-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)

	w := &writer{Archive: a, tx: tx, dialect: dbDialect, tmp: tmp, zip: zip.NewWriter(out), lastReport: time.Now()}
	w.zip.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		// Speed over size: exports are downloaded once or twice, then deleted.
		return flate.NewWriter(out, flate.BestSpeed)
	})
	steps := []func(context.Context) error{w.plan, w.writeData, w.writeSchema, w.copyCSVs, w.writeIndex, w.writeManifest}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return nil, err
		}
	}
	if err := w.zip.Close(); err != nil {
		return nil, err
	}
	return w.files, nil
}

// snapshot is a read-only transaction that sees one state of the database throughout. SQLite's
// transactions always do; PostgreSQL's default, READ COMMITTED, does not.
func snapshot(dbDialect string) *sql.TxOptions {
	if dbDialect == dialect.Postgres {
		return &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true}
	}
	return &sql.TxOptions{ReadOnly: true}
}

// writer is the state of one archive being written.
type writer struct {
	Archive
	tx      *sql.Tx
	dialect string
	tmp     string
	zip     *zip.Writer
	// purposes and sections are the parts of the archive; see plan.
	purposes *part
	sections []*part
	// files lists the files written so far, for the manifest.
	files []outcome.ArchiveFile

	totalRows, writtenRows int64
	lastReport             time.Time
}

// plan finds the columns of every part and counts the person's rows, for the progress and the
// row counts data.json gives before the rows. The purposes are those of the categories the
// person has data in.
func (w *writer) plan(ctx context.Context) error {
	var categories []any
	for _, s := range sections {
		p, err := w.newPart(ctx, s, s.Owner.where(w.PersonID), s.Owner.column)
		if err != nil {
			return err
		}
		for _, c := range s.Categories {
			if p.rows > 0 && !slices.Contains(categories, any(string(c))) {
				categories = append(categories, string(c))
			}
		}
		w.sections = append(w.sections, p)
	}
	var err error
	w.purposes, err = w.newPart(ctx, section{
		Table: purposesTable,
		Title: "Why we hold your data",
		About: "The purposes we use your data for, from our data registry: the lawful basis, how long we keep it, who receives it, " +
			"and their identifiers in the W3C Data Privacy Vocabulary (DPV).",
	}, entsql.In("category", categories...), "id")
	return err
}

// newPart prepares the rows of s that where selects, found by the column of that name.
func (w *writer) newPart(ctx context.Context, s section, where *entsql.Predicate, by string) (*part, error) {
	t, err := table(s.Table)
	if err != nil {
		return nil, err
	}
	columns, err := columnsOf(t, s.Omit)
	if err != nil {
		return nil, err
	}
	p := &part{section: s, columns: columns, where: where, order: readOrder(t, by)}
	query, args := entsql.Dialect(w.dialect).Select(entsql.Count("*")).From(entsql.Table(s.Table)).Where(where).Query()
	if err := w.tx.QueryRowContext(ctx, query, args...).Scan(&p.rows); err != nil {
		return nil, fmt.Errorf("export: counting %s: %w", s.Table, err)
	}
	w.totalRows += p.rows
	return p, nil
}

// readOrder is the order the rows of a table found by column are read in: that of an index that
// starts with column, then the ID, so that neither database sorts them (sorting a million rows
// took SQLite most of an export). Index columns count while both databases order them alike:
// non-null times and integers.
func readOrder(t *schema.Table, column string) []string {
	order := []string{column}
	for _, index := range t.Indexes {
		if index.Columns[0].Name != column {
			continue
		}
		for _, c := range index.Columns[1:] {
			if k, _ := kindOf(c.Type); c.Nullable || (k != kindTime && k != kindInt) {
				break
			}
			order = append(order, c.Name)
		}
		break
	}
	if column != "id" {
		order = append(order, "id")
	}
	return order
}

// eachRow reads the rows of p and calls fn with each, its cells in column order. It reads them
// with one query, whose rows database/sql streams, so memory stays flat however many there are.
func (w *writer) eachRow(ctx context.Context, p *part, fn func([]cell) error) error {
	names := make([]string, len(p.columns))
	cells := make([]cell, len(p.columns))
	dest := make([]any, len(p.columns))
	for i, c := range p.columns {
		names[i] = c.name
		cells[i].kind = c.kind
	}
	query, args := entsql.Dialect(w.dialect).Select(names...).From(entsql.Table(p.Table)).
		Where(p.where).OrderBy(p.order...).Query()
	rows, err := w.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("export: reading %s: %w", p.Table, err)
	}
	defer rows.Close()
	for rows.Next() {
		for i := range cells {
			dest[i] = cells[i].dest()
		}
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("export: reading %s: %w", p.Table, err)
		}
		if err := fn(cells); err != nil {
			return err
		}
		w.rowWritten()
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("export: reading %s: %w", p.Table, err)
	}
	return nil
}

func (w *writer) rowWritten() {
	w.writtenRows++
	if w.Progress == nil || time.Since(w.lastReport) < progressInterval {
		return
	}
	w.lastReport = time.Now()
	w.Progress(int(w.writtenRows * 100 / max(w.totalRows, 1)))
}
