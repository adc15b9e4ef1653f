package directory_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/learnerportal/portal/ent"

	"github.com/learnerportal/portal/server/directory"
)

// BenchmarkDirectoryPage reads a page of 5 employees, in each order, of organisations of 10 and
// 10,000 employees: the second page, and for 10,000 also one from the middle (after 5,000). Pages
// of 5 are full at both sizes, so the rows shown cost the same and only the organisation's size
// differs. It reports the SQL statements each page cost.
func BenchmarkDirectoryPage(b *testing.B) {
	for _, size := range []int{10, 10_000} {
		client, counter, o := countedOrg(b, size)
		ctx, _ := o.adminCtx()
		for _, order := range []directory.Order{directory.OrderName, directory.OrderEmail, directory.OrderLastActivity, directory.OrderOpenRequests} {
			for _, skip := range []int{5, 5_000} {
				if skip >= size {
					continue
				}
				b.Run(fmt.Sprintf("employees=%d/order=%s/after=%d", size, order, skip), func(b *testing.B) {
					// Start after the first rows, so the keyset condition is part of what is measured.
					q := directory.Query{Order: order, First: 5, After: cursorAfter(b, ctx, client, o.id, order, skip)}
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
}

// cursorAfter pages through the first skip employees in order and returns the cursor after them.
func cursorAfter(b *testing.B, ctx context.Context, client *ent.Client, orgID int, order directory.Order, skip int) string {
	q := directory.Query{Order: order}
	for read := 0; read < skip; read += q.First {
		q.First = min(directory.MaxFirst, skip-read)
		page, err := directory.List(ctx, client, orgID, q)
		if err != nil {
			b.Fatal(err)
		}
		q.After = page.EndCursor
	}
	return q.After
}

// BenchmarkDirectoryTotalCount counts the employees of organisations of 10 and 10,000, as the
// SPA asks with the first page; unlike a page it reads every employee's membership.
func BenchmarkDirectoryTotalCount(b *testing.B) {
	for _, size := range []int{10, 10_000} {
		client, _, o := countedOrg(b, size)
		ctx, _ := o.adminCtx()
		b.Run(fmt.Sprintf("employees=%d", size), func(b *testing.B) {
			page, err := directory.List(ctx, client, o.id, directory.Query{First: 1})
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := page.TotalCount(ctx); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
