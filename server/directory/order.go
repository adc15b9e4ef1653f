package directory

import (
	"entgo.io/ent/dialect/sql"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/membership"
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

// column is the membership's stored sort key for the order.
func (o Order) column() string {
	switch o {
	case OrderEmail:
		return membership.FieldSortEmail
	case OrderLastActivity:
		return membership.FieldLastActiveAt
	case OrderOpenRequests:
		return membership.FieldOpenRequests
	}
	return membership.FieldSortName
}

// sorting is a validated order and direction.
type sorting struct {
	order Order
	desc  bool
}

// page keeps the rows after the cursor and sorts by the key, then the person: the order of the
// key's partial index, which the database walks from the cursor. Keyset paging costs the same on
// the last page as on the first, where OFFSET would read and discard every earlier row.
func (st sorting) page(c *cursor) func(*sql.Selector) {
	return func(s *sql.Selector) {
		key, tie := s.C(st.order.column()), s.C(membership.FieldUserID)
		if c != nil {
			after := sql.CompositeGT
			if st.desc {
				after = sql.CompositeLT
			}
			s.Where(after([]string{key, tie}, c.Key.value(), c.ID))
		}
		s.OrderBy(st.direct(key), st.direct(tie))
	}
}

// direct suffixes column with the direction.
func (st sorting) direct(column string) string {
	if st.desc {
		return sql.Desc(column)
	}
	return sql.Asc(column)
}

// cursorAfter is the cursor of the page ending with m.
func (st sorting) cursorAfter(m *ent.Membership) (string, error) {
	return cursor{Order: st.order, Desc: st.desc, Key: st.order.keyOf(m), ID: m.UserID}.encode()
}

// keyOf is m's sort key for the order, typed.
func (o Order) keyOf(m *ent.Membership) key {
	switch o {
	case OrderEmail:
		return key{String: &m.SortEmail}
	case OrderLastActivity:
		return key{Time: &m.LastActiveAt}
	case OrderOpenRequests:
		n := int64(m.OpenRequests)
		return key{Int: &n}
	}
	return key{String: &m.SortName}
}
