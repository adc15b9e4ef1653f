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
	count       func(context.Context) (int, error)
}

// TotalCount counts every employee the search matches, on all pages. It is its own query, run
// only when asked for (the SPA asks with the first page), because it reads every matching
// employee where a page reads only its own rows.
func (p *Page) TotalCount(ctx context.Context) (int, error) { return p.count(ctx) }

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
// admin asking for another organisation gets an empty page. The page is read from the
// memberships' stored sort keys, in the order of their index, so its cost does not grow with
// the organisation (except for a search that matches few, which tests employees until the page
// is full).
func List(ctx context.Context, client *ent.Client, orgID int, in Query) (Page, error) {
	order, after, err := in.validate()
	if err != nil {
		return Page{}, err
	}
	matching := append(currentEmployeesOf(orgID), searchFor(in.Search)...)
	members, err := client.Membership.Query().Where(matching...).
		Limit(in.First + 1). // one more than asked says whether there is a next page
		Modify(order.page(after)).
		All(ctx)
	if err != nil {
		return Page{}, fmt.Errorf("directory: listing employees: %w", err)
	}
	page := Page{HasNextPage: len(members) > in.First, count: func(ctx context.Context) (int, error) {
		return count(ctx, client, matching)
	}}
	members = members[:min(len(members), in.First)]
	if len(members) == 0 {
		return page, nil
	}
	if page.Rows, err = rows(ctx, client, members); err != nil {
		return Page{}, err
	}
	if page.EndCursor, err = order.cursorAfter(members[len(members)-1]); err != nil {
		return Page{}, err
	}
	return page, nil
}

// Count is how many current employees organisation orgID has, as the viewer of ctx may see them
// (an admin of another organisation sees none). It reads memberships only, no one's data.
func Count(ctx context.Context, client *ent.Client, orgID int) (int, error) {
	return count(ctx, client, currentEmployeesOf(orgID))
}

func count(ctx context.Context, client *ent.Client, matching []predicate.Membership) (int, error) {
	n, err := client.Membership.Query().Where(matching...).Count(ctx)
	if err != nil {
		return 0, fmt.Errorf("directory: counting employees: %w", err)
	}
	return n, nil
}

func currentEmployeesOf(orgID int) []predicate.Membership {
	return []predicate.Membership{
		membership.OrganisationID(orgID),
		membership.KindEQ(membership.KindEmployee),
		membership.EndedAtIsNil(),
	}
}

// searchFor matches each word of search against the first name, last name or email, so that
// "ravi pat" finds Ravi Patel. The stored keys hold them lower-cased.
func searchFor(search string) []predicate.Membership {
	var preds []predicate.Membership
	for _, word := range strings.Fields(search) {
		preds = append(preds, membership.Or(
			membership.SortNameContainsFold(word),
			membership.SortEmailContainsFold(word),
		))
	}
	return preds
}
