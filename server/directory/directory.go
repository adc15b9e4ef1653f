// Package directory is the employer admin's list of their organisation's current employees:
// searchable, sortable and paged by keyset, each row with the employee's open requests and last
// activity. Every read goes through ent in the caller's name, so the privacy policies decide who
// is listed and the audit trail records whose data was shown.
package directory

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/predicate"
	"github.com/learnerportal/portal/ent/profile"
	"github.com/learnerportal/portal/ent/user"
)

// Query is one page request.
type Query struct {
	// Search keeps employees whose first name, last name or email contains every word of it,
	// ignoring case.
	Search    string
	Order     Order
	Direction Direction
	// First is the page size, 1 to MaxFirst.
	First int
	// After is the EndCursor of the previous page, or "" for the first page.
	After string
}

// MaxFirst is the largest page.
const MaxFirst = 100

// Page is one page of the directory.
type Page struct {
	Rows        []Row
	EndCursor   string
	HasNextPage bool
	// TotalCount counts every employee the search matches, on all pages.
	TotalCount int
}

// Row is one employee.
type Row struct {
	UserID       int
	Name         string
	Email        string
	JobTitle     string
	OpenRequests int
	// LastActivityAt is the later of the last sign-in and the newest activity event; nil when
	// there is neither.
	LastActivityAt *time.Time
}

// List returns the page of organisation orgID's current employees that in asks for, as the viewer
// of ctx may see them: an employer admin sees only their own organisation's employees, so an
// admin asking for another organisation gets an empty page.
func List(ctx context.Context, client *ent.Client, orgID int, in Query) (Page, error) {
	order, after, err := in.validate()
	if err != nil {
		return Page{}, err
	}
	matching := append([]predicate.User{isCurrentEmployeeOf(orgID)}, searchFor(in.Search)...)
	total, err := client.User.Query().Where(matching...).Count(ctx)
	if err != nil {
		return Page{}, fmt.Errorf("directory: counting employees: %w", err)
	}
	users, err := client.User.Query().Where(matching...).
		Limit(in.First + 1). // one more than asked says whether there is a next page
		Modify(order.page(after)).
		All(ctx)
	if err != nil {
		return Page{}, fmt.Errorf("directory: listing employees: %w", err)
	}
	page := Page{TotalCount: total, HasNextPage: len(users) > in.First}
	users = users[:min(len(users), in.First)]
	if len(users) == 0 {
		return page, nil
	}
	if page.Rows, err = rows(ctx, client, users); err != nil {
		return Page{}, err
	}
	if page.EndCursor, err = order.cursorAfter(users[len(users)-1]); err != nil {
		return Page{}, err
	}
	return page, nil
}

// isCurrentEmployeeOf matches the people with an open EMPLOYEE membership of the organisation, as
// the privacy rule currentEmployeeOf does.
func isCurrentEmployeeOf(orgID int) predicate.User {
	return user.HasMembershipsWith(
		membership.OrganisationID(orgID),
		membership.KindEQ(membership.KindEmployee),
		membership.EndedAtIsNil(),
	)
}

// searchFor matches each word of search against the first name, last name or email, so that
// "ravi pat" finds Ravi Patel.
func searchFor(search string) []predicate.User {
	var preds []predicate.User
	for _, word := range strings.Fields(search) {
		preds = append(preds, user.Or(
			user.EmailContainsFold(word),
			user.HasProfileWith(profile.Or(profile.FirstNameContainsFold(word), profile.LastNameContainsFold(word))),
		))
	}
	return preds
}
