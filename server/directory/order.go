package directory

import (
	"fmt"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/profile"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
)

// Order is what the directory is sorted by. Ties are broken by user ID, so the order is total and
// a page boundary is never ambiguous.
type Order string

// The orders: by last then first name, by email, by last activity, by open requests.
const (
	OrderName         Order = "NAME"
	OrderEmail        Order = "EMAIL"
	OrderLastActivity Order = "LAST_ACTIVITY"
	OrderOpenRequests Order = "OPEN_REQUESTS"
)

// Direction is ascending or descending.
type Direction string

// The directions.
const (
	Asc  Direction = "ASC"
	Desc Direction = "DESC"
)

// never stands in for "no activity" so that the sort key is never NULL: the databases sort NULLs
// at opposite ends and a keyset comparison with NULL is never true.
var never = time.Time{}

// sortKey is an SQL expression computed for each user row of the selector.
type sortKey func(s *sql.Selector) sql.Querier

func (o Order) keys() []sortKey {
	switch o {
	case OrderEmail:
		return []sortKey{func(s *sql.Selector) sql.Querier { return sql.Expr("LOWER(" + s.C(user.FieldEmail) + ")") }}
	case OrderLastActivity:
		return []sortKey{lastActivity}
	case OrderOpenRequests:
		return []sortKey{openRequests}
	}
	return []sortKey{profileText(profile.FieldLastName), profileText(profile.FieldFirstName)}
}

func profileText(column string) sortKey {
	return func(s *sql.Selector) sql.Querier {
		return sql.Expr(fmt.Sprintf("COALESCE((SELECT LOWER(p.%s) FROM %s p WHERE p.%s = %s), '')",
			column, profile.Table, profile.FieldUserID, s.C(user.FieldID)))
	}
}

func openRequests(s *sql.Selector) sql.Querier {
	return sql.Expr(fmt.Sprintf("(SELECT COUNT(*) FROM %s r WHERE r.%s = %s AND r.%s IS NOT NULL)",
		rightsrequest.Table, rightsrequest.FieldSubjectID, s.C(user.FieldID), rightsrequest.FieldOpenType))
}

// lastActivity is the later of the last sign-in and the newest activity event (one index seek).
// PostgreSQL calls the two-argument maximum GREATEST, SQLite MAX.
func lastActivity(s *sql.Selector) sql.Querier {
	greatest := "GREATEST"
	if s.Dialect() == dialect.SQLite {
		greatest = "MAX"
	}
	return sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString(greatest + "(COALESCE(" + s.C(user.FieldLastLoginAt) + ", ").Arg(never).
			WriteString(fmt.Sprintf("), COALESCE((SELECT e.%s FROM %s e WHERE e.%s = %s ORDER BY e.%[1]s DESC LIMIT 1), ",
				activityevent.FieldOccurredAt, activityevent.Table, activityevent.FieldUserID, s.C(user.FieldID))).
			Arg(never).WriteString("))")
	})
}

// sorting is a validated order and direction.
type sorting struct {
	order Order
	desc  bool
}

func keyColumn(i int) string { return fmt.Sprintf("sort_key_%d", i) }

// page selects the sort keys beside the user's columns (the end cursor is made of them), keeps
// the rows after the cursor, and sorts. Keyset paging costs the same on the last page as on the
// first, where OFFSET would read and discard every earlier row.
func (st sorting) page(after *cursor) func(*sql.Selector) {
	return func(s *sql.Selector) {
		keys := st.order.keys()
		exprs := make([]sql.Querier, len(keys))
		for i, k := range keys {
			exprs[i] = k(s)
			s.AppendSelectExprAs(exprs[i], keyColumn(i))
		}
		if after != nil {
			s.Where(st.after(s, exprs, after))
		}
		for i := range keys {
			s.OrderExpr(sql.Expr(st.direct(keyColumn(i))))
		}
		s.OrderExpr(sql.Expr(st.direct(s.C(user.FieldID))))
	}
}

// after is the keyset condition (key..., id) > (cursor's key..., id), or < when descending.
func (st sorting) after(s *sql.Selector, exprs []sql.Querier, c *cursor) *sql.Predicate {
	op := " > "
	if st.desc {
		op = " < "
	}
	return sql.P(func(b *sql.Builder) {
		b.WriteByte('(')
		for _, e := range exprs {
			b.Join(e).Comma()
		}
		b.WriteString(s.C(user.FieldID)).WriteString(")" + op + "(").
			Args(append(c.keyValues(), c.ID)...).WriteByte(')')
	})
}

// direct suffixes column, an alias or an already quoted column, with the direction.
func (st sorting) direct(column string) string {
	if st.desc {
		return column + " DESC"
	}
	return column + " ASC"
}

// cursorAfter is the cursor of the page ending with u: the sort keys the database computed for
// it, so the next page compares like with like (SQL LOWER and Go's differ beyond ASCII, and
// SQLite compares times as text).
func (st sorting) cursorAfter(u *ent.User) (string, error) {
	c := cursor{Order: st.order, Desc: st.desc, ID: u.ID}
	for i := range st.order.keys() {
		v, err := u.Value(keyColumn(i))
		if err != nil {
			return "", fmt.Errorf("directory: reading the sort key: %w", err)
		}
		k, err := keyOf(v)
		if err != nil {
			return "", err
		}
		c.Keys = append(c.Keys, k)
	}
	return c.encode()
}
