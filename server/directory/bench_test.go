package directory_test

import (
	"fmt"
	"testing"

	"github.com/learnerportal/portal/server/directory"
)

// BenchmarkDirectoryPage reads a middle page of 50 employees, in each order, of organisations of
// 10 and 10,000 employees, and reports the SQL statements each page cost.
func BenchmarkDirectoryPage(b *testing.B) {
	for _, size := range []int{10, 10_000} {
		client, counter, o := countedOrg(b, size)
		ctx, _ := o.adminCtx()
		for _, order := range []directory.Order{directory.OrderName, directory.OrderEmail, directory.OrderLastActivity, directory.OrderOpenRequests} {
			b.Run(fmt.Sprintf("employees=%d/order=%s", size, order), func(b *testing.B) {
				// Start after the first page, so the keyset condition is part of what is measured.
				q := directory.Query{Order: order, First: 5}
				first, err := directory.List(ctx, client, o.id, q)
				if err != nil {
					b.Fatal(err)
				}
				q.First, q.After = 50, first.EndCursor
				before := counter.statements.Load()
				for b.Loop() {
					if _, err := directory.List(ctx, client, o.id, q); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(counter.statements.Load()-before)/float64(b.N), "statements/page")
			})
		}
	}
}
