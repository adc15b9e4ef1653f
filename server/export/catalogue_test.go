package export

import (
	"context"
	"database/sql"
	"slices"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverdatabasesql"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"github.com/learnerportal/portal/ent/datapurpose"
	"github.com/learnerportal/portal/ent/migrate"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
)

// TestEveryTableIsClassified fails when a table of the schema, such as one of a new ent entity,
// is neither exported nor explicitly not personal.
func TestEveryTableIsClassified(t *testing.T) {
	exported := map[string]bool{}
	for _, s := range sections {
		if exported[s.Table] {
			t.Errorf("%s is exported twice", s.Table)
		}
		exported[s.Table] = true
		if _, ok := notPersonal[s.Table]; ok {
			t.Errorf("%s is both exported and listed as not personal", s.Table)
		}
	}
	for _, table := range migrate.Tables {
		if _, ok := notPersonal[table.Name]; !ok && !exported[table.Name] {
			t.Errorf("table %s is neither a section of the export nor listed in notPersonal: add it to one", table.Name)
		}
	}
	for table, reason := range notPersonal {
		if reason == "" {
			t.Errorf("%s is not personal, but the reason is missing", table)
		}
	}
}

// TestEverySectionColumnIsExportedOrOmittedWithReason checks each section against the schema:
// every column can be exported, and omissions name real columns and say why.
func TestEverySectionColumnIsExportedOrOmittedWithReason(t *testing.T) {
	for _, s := range sections {
		tbl, err := table(s.Table)
		if err != nil {
			t.Error(err)
			continue
		}
		if _, err := columnsOf(tbl, s.Omit); err != nil {
			t.Error(err)
		}
		if !hasColumn(tbl.Columns, s.Owner.column) {
			t.Errorf("%s has no column %s to find the person's rows by", s.Table, s.Owner.column)
		}
		for column, reason := range s.Omit {
			if !hasColumn(tbl.Columns, column) {
				t.Errorf("%s omits %s, which it does not have", s.Table, column)
			}
			if reason == "" {
				t.Errorf("%s omits %s without a reason", s.Table, column)
			}
		}
		if s.Title == "" || s.About == "" || len(s.Categories) == 0 {
			t.Errorf("%s needs a title, an explanation and its categories", s.Table)
		}
		for _, c := range s.Categories {
			if c != accountability && datapurpose.CategoryValidator(c) != nil {
				t.Errorf("%s: %q is not a category of the data registry", s.Table, c)
			}
		}
	}
}

// TestEveryDatabaseTableIsClassified lists the tables of a migrated database, the job queue's
// included, so that a table made outside ent is classified too.
func TestEveryDatabaseTableIsClassified(t *testing.T) {
	ctx := context.Background()
	store := storagetest.Open(t, time.Now)
	list := `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`
	if store.Dialect == dialect.SQLite {
		list = `SELECT name FROM sqlite_master WHERE type = 'table'`
	}
	migrator, err := rivermigrate.New(riverDriver(store), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := migrator.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		t.Fatal(err)
	}
	rows, err := store.DB.QueryContext(ctx, list)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	exported := map[string]bool{}
	for _, s := range sections {
		exported[s.Table] = true
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		if _, ok := notPersonal[name]; !ok && !exported[name] {
			t.Errorf("the database has a table %s that is neither exported nor listed in notPersonal", name)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

func hasColumn(columns []*schema.Column, name string) bool {
	return slices.ContainsFunc(columns, func(c *schema.Column) bool { return c.Name == name })
}

// riverDriver is the job queue's driver for store, as package jobs chooses it.
func riverDriver(store *storage.Store) riverdriver.Driver[*sql.Tx] {
	if store.Dialect == dialect.SQLite {
		return riversqlite.New(store.DB)
	}
	return riverdatabasesql.New(store.DB)
}

func TestRowsAreReadInTheOrderOfTheIndexThatFindsThem(t *testing.T) {
	for _, c := range []struct {
		table, by string
		want      []string
	}{
		{"users", "id", []string{"id"}},
		{"activity_events", "user_id", []string{"user_id", "occurred_at", "id"}},
		{"request_events", "request_id", []string{"request_id", "occurred_at", "id"}},
		// ended_at may be NULL, which the databases order differently.
		{"memberships", "user_id", []string{"user_id", "id"}},
		// Strings sort by the database's collation.
		{"communication_preferences", "user_id", []string{"user_id", "id"}},
		{"profiles", "user_id", []string{"user_id", "id"}},
	} {
		tbl, err := table(c.table)
		if err != nil {
			t.Fatal(err)
		}
		if got := readOrder(tbl, c.by); !slices.Equal(got, c.want) {
			t.Errorf("%s by %s: read in order %v, want %v", c.table, c.by, got, c.want)
		}
	}
}
