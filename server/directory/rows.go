package directory

import (
	"context"
	"fmt"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/profile"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
)

// rows completes a page of users with their profiles, open requests and newest activity: three
// queries whatever the page size. Each loads entities rather than scanning aggregates, so the
// audit trail records which profiles, requests and activity the viewer saw.
func rows(ctx context.Context, client *ent.Client, users []*ent.User) ([]Row, error) {
	ids := make([]int, len(users))
	for i, u := range users {
		ids[i] = u.ID
	}
	profiles, err := client.Profile.Query().Where(profile.UserIDIn(ids...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("directory: loading profiles: %w", err)
	}
	// A person has at most one open request per type (a unique index), so this stays small.
	open, err := client.RightsRequest.Query().
		Where(rightsrequest.SubjectIDIn(ids...), rightsrequest.OpenTypeNotNil()).
		Select(rightsrequest.FieldID, rightsrequest.FieldSubjectID).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("directory: loading open requests: %w", err)
	}
	newest, err := client.ActivityEvent.Query().
		Where(newestEventOf(ids)).
		Select(activityevent.FieldID, activityevent.FieldUserID, activityevent.FieldOccurredAt).
		All(ctx)
	if err != nil {
		return nil, fmt.Errorf("directory: loading activity: %w", err)
	}

	profileOf := make(map[int]*ent.Profile, len(profiles))
	for _, p := range profiles {
		profileOf[p.UserID] = p
	}
	openOf := make(map[int]int, len(users))
	for _, r := range open {
		openOf[r.SubjectID]++
	}
	eventOf := make(map[int]time.Time, len(newest))
	for _, e := range newest {
		eventOf[e.UserID] = e.OccurredAt
	}
	out := make([]Row, len(users))
	for i, u := range users {
		row := Row{UserID: u.ID, Email: u.Email, OpenRequests: openOf[u.ID], LastActivityAt: u.LastLoginAt}
		if p := profileOf[u.ID]; p != nil {
			row.Name = strings.TrimSpace(p.FirstName + " " + p.LastName)
			row.JobTitle = p.JobTitle
		}
		if at, ok := eventOf[u.ID]; ok && (row.LastActivityAt == nil || at.After(*row.LastActivityAt)) {
			row.LastActivityAt = &at
		}
		out[i] = row
	}
	return out, nil
}

// newestEventOf selects each person's newest activity event. The correlated subquery is one seek
// on the (user_id, occurred_at) index per person, where grouping would read all their events.
func newestEventOf(userIDs []int) func(*sql.Selector) {
	return func(s *sql.Selector) {
		s.Where(sql.P(func(b *sql.Builder) {
			b.WriteString(s.C(activityevent.FieldID)).
				WriteString(" IN (SELECT (SELECT latest.id FROM " + activityevent.Table + " latest" +
					" WHERE latest.user_id = people.id ORDER BY latest.occurred_at DESC LIMIT 1)" +
					" FROM " + user.Table + " people WHERE people.id IN (").
				Args(anys(userIDs)...).
				WriteString("))")
		}))
	}
}

func anys(ids []int) []any {
	out := make([]any, len(ids))
	for i, id := range ids {
		out[i] = id
	}
	return out
}
