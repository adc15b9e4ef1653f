// Package erasuretest reads a whole test database as text, every table and column the database's
// own catalogue lists (River's and goose's tables included, not only ent's), to prove what an
// erasure or a retention sweep leaves behind.
package erasuretest

import (
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/learnerportal/portal/server/storage"
)

// Row is one row of one table, each non-NULL column as text.
type Row struct {
	Table  string
	Values map[string]string
}

// Rows returns every row of every table of store's database.
func Rows(t testing.TB, store *storage.Store) []Row {
	t.Helper()
	var out []Row
	for _, table := range columns(t, store) {
		out = append(out, tableRows(t, store.DB, table.name, table.columns)...)
	}
	return out
}

// Snapshot renders every row of the database as one line, sorted, so that two states of the
// database compare equal exactly when they hold the same data.
func Snapshot(t testing.TB, store *storage.Store) []string {
	t.Helper()
	var lines []string
	for _, r := range Rows(t, store) {
		cols := make([]string, 0, len(r.Values))
		for c, v := range r.Values {
			cols = append(cols, c+"="+v)
		}
		slices.Sort(cols)
		lines = append(lines, r.Table+": "+strings.Join(cols, ", "))
	}
	slices.Sort(lines)
	return lines
}

type table struct {
	name    string
	columns []column
}

// column is a column's name and how to read it as text.
type column struct {
	name, text string
}

func columns(t testing.TB, store *storage.Store) []table {
	t.Helper()
	if store.Dialect == dialect.Postgres {
		// Bytes read as text where they are printable, as SQLite casts them, not as hex.
		return query(t, store.DB, `SELECT table_name, column_name,
				CASE data_type WHEN 'bytea' THEN format('encode(%I, ''escape'')', column_name) ELSE format('CAST(%I AS TEXT)', column_name) END
			FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`)
	}
	return query(t, store.DB, `SELECT m.name, c.name, format('CAST(%w AS TEXT)', c.name)
		FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' ORDER BY m.name, c.cid`)
}

func query(t testing.TB, db *sql.DB, q string) []table {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []table
	for rows.Next() {
		var name string
		var c column
		if err := rows.Scan(&name, &c.name, &c.text); err != nil {
			t.Fatal(err)
		}
		if len(out) == 0 || out[len(out)-1].name != name {
			out = append(out, table{name: name})
		}
		out[len(out)-1].columns = append(out[len(out)-1].columns, c)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// tableRows reads a table with every column cast to text by the database itself, so that dates,
// JSON and bytes appear as the database would show them.
func tableRows(t testing.TB, db *sql.DB, name string, cols []column) []Row {
	t.Helper()
	casts := make([]string, len(cols))
	for i, c := range cols {
		casts[i] = c.text
	}
	rows, err := db.Query(fmt.Sprintf(`SELECT %s FROM %q`, strings.Join(casts, ", "), name))
	if err != nil {
		t.Fatalf("reading table %s: %v", name, err)
	}
	defer rows.Close()
	var out []Row
	for rows.Next() {
		values := make([]sql.NullString, len(cols))
		dest := make([]any, len(cols))
		for i := range values {
			dest[i] = &values[i]
		}
		if err := rows.Scan(dest...); err != nil {
			t.Fatalf("reading table %s: %v", name, err)
		}
		r := Row{Table: name, Values: map[string]string{}}
		for i, v := range values {
			if v.Valid {
				r.Values[cols[i].name] = v.String
			}
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
