package storagetest

import (
	"database/sql"
	"fmt"
	"strings"
	"testing"

	"entgo.io/ent/dialect"
)

// InsertRows inserts n rows made by row into table, a thousand to a statement, in tx: the fast
// way to give a benchmark or a crash test a person with a long history. SQLite gets anonymous
// parameters: it looks numbered ones up by name, which made seeding thirty times slower.
func InsertRows(t testing.TB, tx *sql.Tx, dbDialect, table string, columns []string, n int, row func(i int) []any) {
	t.Helper()
	const batch = 1000
	for first := 0; first < n; first += batch {
		var values []string
		var args []any
		for i := first; i < min(first+batch, n); i++ {
			marks := make([]string, len(columns))
			for c := range columns {
				marks[c] = "?"
				if dbDialect == dialect.Postgres {
					marks[c] = fmt.Sprintf("$%d", len(args)+c+1)
				}
			}
			values = append(values, "("+strings.Join(marks, ", ")+")")
			args = append(args, row(i)...)
		}
		query := fmt.Sprintf("INSERT INTO %s (%s) VALUES %s", table, strings.Join(columns, ", "), strings.Join(values, ", "))
		if _, err := tx.Exec(query, args...); err != nil {
			t.Fatalf("seeding %s: %v", table, err)
		}
	}
}
