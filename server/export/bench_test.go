package export

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// BenchmarkExport exports a learner with a million activity events and ten thousand learning
// records, through encryption to a sink, and reports the seconds per export and the peak growth
// of the heap while it runs. On PostgreSQL: TEST_DATABASE_URL=... go test -run '^$' -bench Export.
func BenchmarkExport(b *testing.B) {
	store := storagetest.Open(b, time.Now)
	ctx := viewer.SystemContext(context.Background())
	learner, err := store.Client.User.Create().SetOidcIssuer("https://idp.test").SetOidcSubject("heavy").
		SetEmail("heavy@example.com").SetRole(user.RoleLearner).Save(ctx)
	if err != nil {
		b.Fatal(err)
	}
	seeding := time.Now()
	seedHeavy(b, store.DB, store.Dialect, learner.ID)
	b.Logf("seeded in %v", time.Since(seeding))

	var peak float64
	var size int64
	for b.Loop() {
		key, err := newKey()
		if err != nil {
			b.Fatal(err)
		}
		sealed, err := encrypt(io.Discard, key)
		if err != nil {
			b.Fatal(err)
		}
		plain := &countingHash{w: sealed, hash: sha256.New()}
		growth := watchHeap()
		if _, err := (Archive{PersonID: learner.ID, At: time.Now()}).Write(ctx, plain, store.DB, store.Dialect); err != nil {
			b.Fatal(err)
		}
		if err := sealed.Close(); err != nil {
			b.Fatal(err)
		}
		peak = max(peak, growth())
		size = plain.n
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/export")
	b.ReportMetric(peak/(1<<20), "peak-MiB")
	b.ReportMetric(float64(size)/(1<<20), "zip-MiB")
}

// watchHeap samples the heap every few milliseconds until the returned function is called, which
// returns the largest growth of live heap objects over the heap when watching began.
func watchHeap() (stop func() float64) {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() float64 { metrics.Read(sample); return float64(sample[0].Value.Uint64()) }
	base := read()
	var peak atomic.Uint64
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			peak.Store(max(peak.Load(), uint64(read())))
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() float64 {
		close(done)
		<-finished
		return float64(peak.Load()) - base
	}
}

// seedHeavy gives person a million activity events and ten thousand learning records, in one
// transaction of multi-row inserts.
func seedHeavy(b *testing.B, db *sql.DB, dbDialect string, person int) {
	b.Helper()
	tx, err := db.Begin()
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	start := time.Date(2020, time.January, 1, 0, 0, 0, 0, time.UTC)
	storagetest.InsertRows(b, tx, dbDialect, "activity_events", []string{"kind", "occurred_at", "ip_address", "user_agent", "detail", "user_id"}, 1_000_000,
		func(i int) []any {
			return []any{"PAGE_VIEW", start.Add(time.Duration(i) * time.Minute), fmt.Sprintf("203.0.113.%d", i%250),
				"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
				fmt.Sprintf("/courses/%d/lesson/%d", i%40, i%12), person}
		})
	storagetest.InsertRows(b, tx, dbDialect, "learning_records", []string{"created_at", "updated_at", "course_code", "course_title", "status",
		"registered_at", "completed_at", "cpd_hours", "certificate_number", "certificate_name", "user_id"}, 10_000,
		func(i int) []any {
			at := start.Add(time.Duration(i) * time.Hour)
			return []any{at, at, fmt.Sprintf("C%05d", i), "Safeguarding in education, level " + fmt.Sprint(i%3+1), "COMPLETED",
				at, at.Add(30 * 24 * time.Hour), 6.5, fmt.Sprintf("CPD-%06d", i), "Heavy Learner", person}
		})
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}
