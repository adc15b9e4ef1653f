package erasure_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// BenchmarkErasure erases a learner with a million activity events and ten thousand learning
// records; the goal is under five seconds. Run it with -benchtime=1x: each round first writes the
// learner's rows, which takes longer than erasing them.
func BenchmarkErasure(b *testing.B) {
	store := storagetest.Open(b, demoClock)
	svc := newService(demoClock)
	system := viewer.SystemContext(context.Background())
	for i := range b.N {
		b.StopTimer()
		u := store.Client.User.Create().SetOidcIssuer("https://idp.test").SetOidcSubject(fmt.Sprint("bench-", i)).
			SetEmail(fmt.Sprintf("bench-%d@example.com", i)).SetRole(user.RoleLearner).SaveX(system)
		start := time.Now()
		insertMany(b, store, u.ID)
		b.Logf("wrote 1,000,000 activity events and 10,000 learning records in %v", time.Since(start).Round(time.Millisecond))
		b.StartTimer()

		receipt := execute(b, store, svc, u.ID)

		b.StopTimer()
		if got := erasedCount(receipt, "Your sign-ins"); got != 1_000_000 {
			b.Fatalf("erased %d activity events", got)
		}
	}
}

// insertMany writes the learner's rows with multi-row inserts in one transaction.
func insertMany(b testing.TB, store *storage.Store, userID int) {
	b.Helper()
	at := demoNow.AddDate(-1, 0, 0)
	tx, err := store.DB.Begin()
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	storagetest.InsertRows(b, tx, store.Dialect, "activity_events",
		[]string{"user_id", "kind", "occurred_at", "ip_address", "user_agent", "detail"}, 1_000_000,
		func(n int) []any {
			return []any{userID, "PAGE_VIEW", at.Add(time.Duration(n) * time.Second), "203.0.113.9", "Mozilla/5.0 (bench)", "/courses"}
		})
	storagetest.InsertRows(b, tx, store.Dialect, "learning_records",
		[]string{"created_at", "updated_at", "course_code", "course_title", "status", "registered_at", "cpd_hours", "certificate_number", "certificate_name", "user_id"}, 10_000,
		func(n int) []any {
			return []any{at, at, "SG-L2", "Safeguarding Children Level 2", "COMPLETED", at.AddDate(0, 0, n%365), 3.0, fmt.Sprint("CPD-", n), "Bench Learner", userID}
		})
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
}
