package directory

import (
	"context"
	"fmt"
	"strings"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/profile"
	"github.com/learnerportal/portal/ent/user"
)

// rows completes a page of memberships with their people's accounts and profiles: two queries
// whatever the page size. Both load entities, so the audit trail records whose data the viewer
// saw.
func rows(ctx context.Context, client *ent.Client, members []*ent.Membership) ([]Row, error) {
	ids := make([]int, len(members))
	for i, m := range members {
		ids[i] = m.UserID
	}
	users, err := client.User.Query().Where(user.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("directory: loading employees: %w", err)
	}
	profiles, err := client.Profile.Query().Where(profile.UserIDIn(ids...)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("directory: loading profiles: %w", err)
	}
	emailOf := make(map[int]string, len(users))
	for _, u := range users {
		emailOf[u.ID] = u.Email
	}
	profileOf := make(map[int]*ent.Profile, len(profiles))
	for _, p := range profiles {
		profileOf[p.UserID] = p
	}
	out := make([]Row, 0, len(members))
	for _, m := range members {
		email, visible := emailOf[m.UserID]
		if !visible {
			continue // the privacy policy hid the person (an admin asking for another organisation)
		}
		row := Row{UserID: m.UserID, Email: email, OpenRequests: m.OpenRequests}
		if !m.LastActiveAt.IsZero() {
			at := m.LastActiveAt
			row.LastActivityAt = &at
		}
		if p := profileOf[m.UserID]; p != nil {
			row.Name = strings.TrimSpace(p.FirstName + " " + p.LastName)
			row.JobTitle = p.JobTitle
		}
		out = append(out, row)
	}
	return out, nil
}
