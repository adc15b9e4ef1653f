package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/graph"
	"github.com/learnerportal/portal/server/audit"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// dashboardQuery is what the account page asks for when it opens.
const dashboardQuery = `{ me {
  displayName email role mustReviewPolicy
  profile { firstName lastName phone postcode jobTitle interests }
  organisation { name }
  dataHeld { category purposes { retention keptUntil purpose { name lawfulBasis recipients } } }
  communicationPreferences { channel topic enabled }
  consents { state purpose { name } history { kind occurredAt } }
  policyAcceptances { acceptedAt policyVersion { version } }
  learningRecords(first: 20) { totalCount edges { node { courseTitle status completedAt } } }
  financialRecords(first: 20) { totalCount edges { node { reference amountPence } } }
  surveyAnswers(first: 20) { totalCount edges { node { question answer } } }
  activityEvents(first: 20, orderBy: {field: OCCURRED_AT, direction: DESC}) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind occurredAt ipAddress } } }
  rightsRequests(first: 20) { totalCount edges { node { type state dueAt } } }
  accessLog(first: 20) { totalCount edges { node { occurredAt actorRole action entity } } }
} }`

// counted is the account page's API with a driver that counts SQL statements.
type counted struct {
	store      *storage.Store
	handler    http.Handler
	statements atomic.Int64
	client     *ent.Client
	learner    int
}

func newCounted(tb testing.TB) *counted {
	demo := storagetest.Seeded(tb, time.Now)
	store := demo.Store
	c := &counted{client: store.Client, store: store}
	drv := dialect.DebugWithContext(entsql.OpenDB(store.Dialect, store.DB), func(context.Context, ...any) { c.statements.Add(1) })
	client := storage.Configure(ent.NewClient(ent.Driver(drv)), time.Now)
	id := demo.IDs["learner@example.com"]
	c.learner = id
	api := graph.NewHandler(graph.Config{Client: client, TxOpener: store, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Now: time.Now})
	c.handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, _ := audit.WithRecorder(viewer.NewContext(r.Context(), viewer.Viewer{UserID: id, Role: viewer.Learner}), "t", time.Now)
		api.ServeHTTP(w, r.WithContext(ctx))
	})
	return c
}

// addActivity gives the learner n more activity events and learning records.
func (c *counted) addActivity(tb testing.TB, n int) {
	system := viewer.SystemContext(context.Background())
	for start := 0; start < n; start += 1000 {
		batch := make([]*ent.ActivityEventCreate, 0, 1000)
		for i := start; i < min(start+1000, n); i++ {
			batch = append(batch, c.client.ActivityEvent.Create().SetUserID(c.learner).SetKind(activityevent.KindPageView).
				SetOccurredAt(time.Now().Add(-time.Duration(i)*time.Minute)).SetDetail("/courses").SetIPAddress("203.0.113.9"))
		}
		if err := c.client.ActivityEvent.CreateBulk(batch...).Exec(system); err != nil {
			tb.Fatal(err)
		}
	}
	// Refresh the planner's statistics, as autovacuum would after a load like this.
	if _, err := c.store.DB.Exec("ANALYZE"); err != nil {
		tb.Fatal(err)
	}
}

// run sends the dashboard query and returns how many statements it took.
func (c *counted) run(tb testing.TB) int64 {
	body, _ := json.Marshal(map[string]string{"query": dashboardQuery})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	before := c.statements.Load()
	c.handler.ServeHTTP(rec, req)
	var resp struct{ Errors []any }
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil || len(resp.Errors) > 0 {
		tb.Fatalf("dashboard query: %s", rec.Body.String())
	}
	return c.statements.Load() - before
}

func TestDashboardStatementsDoNotGrowWithRecords(t *testing.T) {
	c := newCounted(t)
	few := c.run(t)
	c.addActivity(t, 2000)
	many := c.run(t)
	if many != few {
		t.Fatalf("the dashboard took %d statements with the demo data and %d with 2,000 more activity events", few, many)
	}
	t.Logf("dashboard query: %d SQL statements, independent of the number of records", few)
}

// BenchmarkDashboard times the account page's query for a learner with 10,000 activity events.
func BenchmarkDashboard(b *testing.B) {
	c := newCounted(b)
	c.addActivity(b, 10000)
	var statements int64
	for b.Loop() {
		statements = c.run(b)
	}
	b.ReportMetric(float64(statements), "statements/op")
}
