package directory

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/profile"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/viewer"
)

// KeepSortKeys makes client keep every membership's sort keys (sort_name, sort_email,
// last_active_at, open_requests) in step with what they are made from, in the same transaction
// as the change: a profile's name, an account's email or sign-in, an activity event, a request
// opening or closing, a new membership. It is a hook on the client, not on the capability
// packages, so no writer can forget it.
func KeepSortKeys(client *ent.Client) {
	client.Use(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			sys := viewer.SystemContext(ctx)
			people, err := peopleChangedBy(sys, m)
			if err != nil {
				return nil, err
			}
			value, err := next.Mutate(ctx, m)
			if err != nil || len(people) == 0 {
				return value, err
			}
			if err := refreshSortKeys(sys, m.(clientMutation).Client(), people); err != nil {
				return nil, err
			}
			return value, nil
		})
	})
}

// clientMutation is what every generated mutation offers.
type clientMutation interface {
	ent.Mutation
	Client() *ent.Client
	IDs(context.Context) ([]int, error)
}

// peopleChangedBy returns the people whose sort keys m changes, read before it runs (afterwards a
// deletion has nothing left to read).
func peopleChangedBy(ctx context.Context, m ent.Mutation) ([]int, error) {
	switch m := m.(type) {
	case *ent.MembershipMutation:
		if id, ok := m.UserID(); ok && m.Op().Is(ent.OpCreate) {
			return []int{id}, nil
		}
	case *ent.ActivityEventMutation:
		if id, ok := m.UserID(); ok && m.Op().Is(ent.OpCreate) {
			return []int{id}, nil
		}
	case *ent.UserMutation:
		if m.Op().Is(ent.OpCreate) || m.Op().Is(ent.OpDelete|ent.OpDeleteOne) {
			return nil, nil // memberships come after their person and go before them
		}
		if _, email := m.Email(); email || touches(m, user.FieldLastLoginAt) {
			return m.IDs(ctx)
		}
	case *ent.ProfileMutation:
		if id, ok := m.UserID(); ok && m.Op().Is(ent.OpCreate) {
			return []int{id}, nil
		}
		if m.Op().Is(ent.OpDelete|ent.OpDeleteOne) || touches(m, profile.FieldFirstName, profile.FieldLastName) {
			return ownersOf(ctx, m, m.Client().Profile.Query, profile.IDIn, profile.FieldUserID)
		}
	case *ent.RightsRequestMutation:
		if id, ok := m.SubjectID(); ok && m.Op().Is(ent.OpCreate) {
			if _, open := m.OpenType(); open {
				return []int{id}, nil
			}
			return nil, nil
		}
		if m.Op().Is(ent.OpDelete|ent.OpDeleteOne) || touches(m, rightsrequest.FieldOpenType) {
			return ownersOf(ctx, m, m.Client().RightsRequest.Query, rightsrequest.IDIn, rightsrequest.FieldSubjectID)
		}
	}
	return nil, nil
}

// touches reports whether m sets or clears any of fields.
func touches(m ent.Mutation, fields ...string) bool {
	for _, f := range fields {
		if _, set := m.Field(f); set || m.FieldCleared(f) {
			return true
		}
	}
	return false
}

// ownersOf reads the people (ownerField) of the rows an update or deletion m will touch.
func ownersOf[Q interface {
	Where(...P) Q
	Select(...string) S
}, P any, S interface {
	Ints(context.Context) ([]int, error)
}](ctx context.Context, m clientMutation, query func() Q, idIn func(...int) P, ownerField string) ([]int, error) {
	ids, err := m.IDs(ctx)
	if err != nil {
		return nil, err
	}
	var owners []int
	for chunk := range slices.Chunk(ids, batch) {
		found, err := query().Where(idIn(chunk...)).Select(ownerField).Ints(ctx)
		if err != nil {
			return nil, err
		}
		owners = append(owners, found...)
	}
	slices.Sort(owners)
	return slices.Compact(owners), nil
}

// batch is how many IDs one statement names: far below every database's parameter limit, which
// a bulk change by staff could otherwise pass.
const batch = 1000

// refreshSortKeys recomputes the sort keys of people's memberships from their sources, in one
// statement. The lower-casing happens in SQL, as does the search's, so the two always agree.
// last_active_at only moves forward: the last time someone was seen active stays true when the
// retention sweep purges old events.
func refreshSortKeys(ctx context.Context, client *ent.Client, people []int) error {
	for chunk := range slices.Chunk(people, batch) {
		if err := refreshChunk(ctx, client, chunk); err != nil {
			return fmt.Errorf("directory: refreshing sort keys: %w", err)
		}
	}
	return nil
}

func refreshChunk(ctx context.Context, client *ent.Client, people []int) error {
	// On PostgreSQL the memberships are locked first, in ID order. A concurrent change to the same
	// people then commits before the UPDATE below begins, so its subqueries, which read the
	// snapshot taken when the statement starts, see that change: an UPDATE that waits for a row
	// lock re-reads the row but not its subqueries, and would write keys missing it. SQLite runs
	// one writing transaction at a time.
	_, err := client.Membership.Query().Where(membership.UserIDIn(people...)).Select(membership.FieldID).
		Modify(func(s *sql.Selector) {
			if s.Dialect() != dialect.SQLite {
				s.OrderBy(s.C(membership.FieldID)).ForUpdate()
			}
		}).
		Ints(ctx)
	if err != nil {
		return err
	}
	return client.Membership.Update().Where(membership.UserIDIn(people...)).
		Modify(func(u *sql.UpdateBuilder) {
			owner := membership.Table + "." + membership.FieldUserID
			current := membership.Table + "." + membership.FieldLastActiveAt
			greatest := "GREATEST"
			if u.Dialect() == dialect.SQLite {
				greatest = "MAX" // SQLite's many-argument maximum
			}
			u.Set(membership.FieldSortName, sql.Expr(fmt.Sprintf(
				"COALESCE((SELECT LOWER(p.%s) || ' ' || LOWER(p.%s) FROM %s p WHERE p.%s = %s), '')",
				profile.FieldLastName, profile.FieldFirstName, profile.Table, profile.FieldUserID, owner)))
			u.Set(membership.FieldSortEmail, sql.Expr(fmt.Sprintf(
				"COALESCE((SELECT LOWER(u.%s) FROM %s u WHERE u.%s = %s), '')",
				user.FieldEmail, user.Table, user.FieldID, owner)))
			u.Set(membership.FieldOpenRequests, sql.Expr(fmt.Sprintf(
				"(SELECT COUNT(*) FROM %s r WHERE r.%s = %s AND r.%s IS NOT NULL)",
				rightsrequest.Table, rightsrequest.FieldSubjectID, owner, rightsrequest.FieldOpenType)))
			// The newest event is one seek on the (user_id, occurred_at) index.
			u.Set(membership.FieldLastActiveAt, sql.Expr(fmt.Sprintf(
				"%[1]s(%[2]s, COALESCE((SELECT u.%[3]s FROM %[4]s u WHERE u.%[5]s = %[6]s), %[2]s), "+
					"COALESCE((SELECT e.%[7]s FROM %[8]s e WHERE e.%[9]s = %[6]s ORDER BY e.%[7]s DESC LIMIT 1), %[2]s))",
				greatest, current, user.FieldLastLoginAt, user.Table, user.FieldID, owner,
				activityevent.FieldOccurredAt, activityevent.Table, activityevent.FieldUserID)))
		}).
		Exec(ctx)
}
