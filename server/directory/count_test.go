package directory_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/server/audit"
	"github.com/learnerportal/portal/server/directory"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
)

// countingDriver counts the SQL statements sent through it.
type countingDriver struct {
	dialect.Driver
	statements atomic.Int64
}

func (d *countingDriver) Exec(ctx context.Context, query string, args, v any) error {
	d.statements.Add(1)
	return d.Driver.Exec(ctx, query, args, v)
}

func (d *countingDriver) Query(ctx context.Context, query string, args, v any) error {
	d.statements.Add(1)
	return d.Driver.Query(ctx, query, args, v)
}

// countedOrg is an organisation of n generated employees, and a client on the same database that
// counts its statements, configured (audit, interceptors) like the store's own.
func countedOrg(t testing.TB, n int) (*ent.Client, *countingDriver, *org) {
	store := storagetest.Open(t, time.Now)
	o := newOrg(t, store.Client, "acme")
	o.add(t, store.Client, generated(n, "acme.test"), nil)
	analyse(t, store)
	counter := &countingDriver{Driver: entsql.OpenDB(store.Dialect, store.DB)}
	client := storage.Configure(ent.NewClient(ent.Driver(counter)), time.Now)
	return client, counter, o
}

// statementsPerPage lists the first page and the one after it, and returns the statements each
// cost.
func statementsPerPage(t testing.TB, client *ent.Client, counter *countingDriver, o *org, order directory.Order) (first, second int64) {
	ctx, _ := o.adminCtx()
	q := directory.Query{Order: order, First: 5}
	before := counter.statements.Load()
	page, err := directory.List(ctx, client, o.id, q)
	if err != nil {
		t.Fatal(err)
	}
	first = counter.statements.Load() - before
	q.After = page.EndCursor
	before = counter.statements.Load()
	if _, err := directory.List(ctx, client, o.id, q); err != nil {
		t.Fatal(err)
	}
	return first, counter.statements.Load() - before
}

func TestStatementsPerPageDoNotGrowWithTheOrganisation(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds 10,000 employees")
	}
	small, smallCounter, smallOrg := countedOrg(t, 10)
	large, largeCounter, largeOrg := countedOrg(t, 10_000)
	for _, order := range []directory.Order{directory.OrderName, directory.OrderEmail, directory.OrderLastActivity, directory.OrderOpenRequests} {
		s1, s2 := statementsPerPage(t, small, smallCounter, smallOrg, order)
		l1, l2 := statementsPerPage(t, large, largeCounter, largeOrg, order)
		t.Logf("%s: %d statements per page at 10 employees, %d at 10,000", order, s1, l1)
		if s1 != l1 || s2 != l2 || s1 != s2 || s1 != 3 {
			t.Errorf("%s: pages cost %d and %d statements at 10 employees, %d and %d at 10,000; want 3 each",
				order, s1, s2, l1, l2)
		}
	}
}

func auditRecorder(ctx context.Context) (context.Context, *audit.Recorder) {
	return audit.WithRecorder(ctx, "test", time.Now)
}

// analyse gathers the planner's statistics, as PostgreSQL's autovacuum and SQLite's optimize
// would on a live database: without them the freshly seeded tables look empty.
func analyse(t testing.TB, store *storage.Store) {
	t.Helper()
	if _, err := store.DB.Exec("ANALYZE"); err != nil {
		t.Fatal(err)
	}
}
