package directory_test

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/auditentry"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/server/directory"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// handPicked is a small organisation whose rows are easy to check by eye.
var handPicked = []person{
	{first: "Ravi", last: "Patel", email: "ravi@acme.test", jobTitle: "Tutor", lastLogin: at(5),
		events: []time.Time{*at(1), *at(9)}, open: []rightsrequest.Type{rightsrequest.TypeAccess, rightsrequest.TypeErasure},
		closed: []rightsrequest.Type{rightsrequest.TypeObjection}},
	{first: "Ellen", last: "Jones", email: "ellen@acme.test", jobTitle: "Assessor", lastLogin: at(7)},
	{first: "Amir", last: "Khan", email: "amir.k@acme.test", events: []time.Time{*at(3)}},
	{first: "Zoe", last: "Patterson", email: "zoe@acme.test", open: []rightsrequest.Type{rightsrequest.TypeRectification}},
}

type fixture struct {
	client *ent.Client
	acme   *org
	other  *org
}

func newFixture(t *testing.T) *fixture {
	store := storagetest.Open(t, time.Now)
	f := &fixture{client: store.Client, acme: newOrg(t, store.Client, "acme"), other: newOrg(t, store.Client, "other")}
	f.acme.add(t, f.client, handPicked, nil)
	f.acme.add(t, f.client, []person{{first: "Fiona", last: "Former", email: "fiona@acme.test", lastLogin: at(2)}}, at(-1))
	f.other.add(t, f.client, []person{{first: "Otto", last: "Patel", email: "otto@other.test"}}, nil)
	return f
}

// listed is a page with its total count, which a page counts only when asked.
type listed struct {
	directory.Page
	TotalCount int
}

func (f *fixture) list(t *testing.T, ctx context.Context, orgID int, q directory.Query) listed {
	t.Helper()
	if q.First == 0 {
		q.First = directory.MaxFirst
	}
	page, err := directory.List(ctx, f.client, orgID, q)
	if err != nil {
		t.Fatalf("List(%+v): %v", q, err)
	}
	total, err := page.TotalCount(ctx)
	if err != nil {
		t.Fatalf("TotalCount(%+v): %v", q, err)
	}
	return listed{Page: page, TotalCount: total}
}

func emails(rows []directory.Row) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.Email
	}
	return out
}

func TestRowsShowOpenRequestsAndLastActivity(t *testing.T) {
	f := newFixture(t)
	ctx, _ := f.acme.adminCtx()
	page := f.list(t, ctx, f.acme.id, directory.Query{})
	want := []directory.Row{
		{UserID: f.acme.ids["ellen@acme.test"], Name: "Ellen Jones", Email: "ellen@acme.test", JobTitle: "Assessor", LastActivityAt: at(7)},
		{UserID: f.acme.ids["amir.k@acme.test"], Name: "Amir Khan", Email: "amir.k@acme.test", LastActivityAt: at(3)},
		{UserID: f.acme.ids["ravi@acme.test"], Name: "Ravi Patel", Email: "ravi@acme.test", JobTitle: "Tutor", OpenRequests: 2, LastActivityAt: at(9)},
		{UserID: f.acme.ids["zoe@acme.test"], Name: "Zoe Patterson", Email: "zoe@acme.test", OpenRequests: 1},
	}
	if len(page.Rows) != len(want) || page.TotalCount != len(want) || page.HasNextPage {
		t.Fatalf("page %+v, want the %d current employees on one page", page, len(want))
	}
	for i, w := range want {
		got := page.Rows[i]
		sameTime := (got.LastActivityAt == nil) == (w.LastActivityAt == nil) &&
			(got.LastActivityAt == nil || got.LastActivityAt.Equal(*w.LastActivityAt))
		got.LastActivityAt, w.LastActivityAt = nil, nil
		if got != w || !sameTime {
			t.Errorf("row %d = %+v (last activity %v), want %+v", i, page.Rows[i], page.Rows[i].LastActivityAt, want[i])
		}
	}
}

func TestSearch(t *testing.T) {
	f := newFixture(t)
	ctx, _ := f.acme.adminCtx()
	for _, tc := range []struct {
		name, search string
		want         []string
	}{
		{"first name, any case", "rAVi", []string{"ravi@acme.test"}},
		{"last name substring", "patt", []string{"zoe@acme.test"}},
		{"shared substring of last names", "pat", []string{"ravi@acme.test", "zoe@acme.test"}},
		{"email", "amir.k@", []string{"amir.k@acme.test"}},
		{"every word must match", "ravi patel", []string{"ravi@acme.test"}},
		{"words matching different people", "ravi jones", nil},
		{"LIKE wildcards are literal", "%", nil},
		{"a former employee is not found", "fiona", nil},
		{"another organisation's employee is not found", "otto", nil},
		{"blank is everyone", "  ", []string{"ellen@acme.test", "amir.k@acme.test", "ravi@acme.test", "zoe@acme.test"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := f.list(t, ctx, f.acme.id, directory.Query{Search: tc.search})
			if got := emails(page.Rows); !slices.Equal(got, tc.want) || page.TotalCount != len(tc.want) {
				t.Errorf("search %q found %v (total %d), want %v", tc.search, got, page.TotalCount, tc.want)
			}
		})
	}
}

// Every order in both directions, read two rows at a time, lists every employee exactly once in
// the order computed here.
func TestEveryOrderPagesWithoutGapsOrDuplicates(t *testing.T) {
	f := newFixture(t)
	people := generated(31, "acme.test")
	f.acme.add(t, f.client, people, nil)
	all := append(slices.Clone(handPicked), people...)
	ctx, _ := f.acme.adminCtx()

	type keyed struct {
		id   int
		less func(a, b person) int
	}
	byOrder := map[directory.Order]func(a, b person) int{
		directory.OrderName: func(a, b person) int {
			return cmp.Or(strings.Compare(strings.ToLower(a.last), strings.ToLower(b.last)),
				strings.Compare(strings.ToLower(a.first), strings.ToLower(b.first)))
		},
		directory.OrderEmail: func(a, b person) int { return strings.Compare(strings.ToLower(a.email), strings.ToLower(b.email)) },
		directory.OrderLastActivity: func(a, b person) int {
			return lastActivity(a).Compare(lastActivity(b))
		},
		directory.OrderOpenRequests: func(a, b person) int { return cmp.Compare(len(a.open), len(b.open)) },
	}
	for order, compare := range byOrder {
		for _, dir := range []directory.Direction{directory.Asc, directory.Desc} {
			t.Run(string(order)+" "+string(dir), func(t *testing.T) {
				want := slices.Clone(all)
				slices.SortStableFunc(want, func(a, b person) int {
					c := cmp.Or(compare(a, b), cmp.Compare(f.acme.ids[a.email], f.acme.ids[b.email]))
					if dir == directory.Desc {
						return -c
					}
					return c
				})
				var got []string
				q := directory.Query{Order: order, Direction: dir, First: 2}
				for pages := 0; ; pages++ {
					if pages > len(all) {
						t.Fatal("paging does not end")
					}
					page := f.list(t, ctx, f.acme.id, q)
					if page.TotalCount != len(all) {
						t.Fatalf("total %d, want %d", page.TotalCount, len(all))
					}
					got = append(got, emails(page.Rows)...)
					if !page.HasNextPage {
						break
					}
					q.After = page.EndCursor
				}
				wantEmails := make([]string, len(want))
				for i, p := range want {
					wantEmails[i] = p.email
				}
				if !slices.Equal(got, wantEmails) {
					t.Errorf("pages listed\n%v\nwant\n%v", got, wantEmails)
				}
			})
		}
	}
}

func lastActivity(p person) time.Time {
	var latest time.Time
	if p.lastLogin != nil {
		latest = *p.lastLogin
	}
	for _, e := range p.events {
		if e.After(latest) {
			latest = e
		}
	}
	return latest
}

// The privacy policies, not List, keep an admin to their own organisation.
func TestAnotherOrganisationsAdminSeesNothing(t *testing.T) {
	f := newFixture(t)
	ctx, _ := f.other.adminCtx()
	page := f.list(t, ctx, f.acme.id, directory.Query{})
	if len(page.Rows) != 0 || page.TotalCount != 0 || page.HasNextPage {
		t.Errorf("the other organisation's admin listed %+v", page)
	}
	if own := f.list(t, ctx, f.other.id, directory.Query{}); !slices.Equal(emails(own.Rows), []string{"otto@other.test"}) {
		t.Errorf("their own organisation lists %v", emails(own.Rows))
	}
}

func TestStaffSeeAnyOrganisation(t *testing.T) {
	f := newFixture(t)
	staff := viewer.NewContext(context.Background(), viewer.Viewer{UserID: f.acme.adminID + 1000, Role: viewer.Staff})
	staff, _ = auditRecorder(staff)
	if page := f.list(t, staff, f.acme.id, directory.Query{}); page.TotalCount != len(handPicked) {
		t.Errorf("staff see %d of Acme's employees, want %d", page.TotalCount, len(handPicked))
	}
}

// What the admin was shown is in the audit trail: each employee's account, profile and
// membership (which holds the open requests and last activity shown).
func TestReadsAreAudited(t *testing.T) {
	f := newFixture(t)
	ctx, rec := f.acme.adminCtx()
	f.list(t, ctx, f.acme.id, directory.Query{Search: "ravi"})
	system := viewer.SystemContext(context.Background())
	if err := rec.Flush(ctx, f.client); err != nil {
		t.Fatal(err)
	}
	entries, err := f.client.AuditEntry.Query().Where(auditentry.ActionEQ(auditentry.ActionRead)).All(system)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, e := range entries {
		if e.SubjectID == nil || *e.SubjectID != f.acme.ids["ravi@acme.test"] || e.ActorID == nil || *e.ActorID != f.acme.adminID {
			t.Errorf("unexpected entry %+v", e)
			continue
		}
		got[e.Entity] += e.Count
	}
	want := map[string]int{"User": 1, "Profile": 1, "Membership": 1}
	for entity, n := range want {
		if got[entity] != n {
			t.Errorf("%s: %d reads audited, want %d (all: %v)", entity, got[entity], n, got)
		}
	}
}

func TestInvalidQueriesAreRefusedWithCodes(t *testing.T) {
	f := newFixture(t)
	ctx, _ := f.acme.adminCtx()
	byEmail := f.list(t, ctx, f.acme.id, directory.Query{Order: directory.OrderEmail, First: 1})
	for _, tc := range []struct {
		name  string
		query directory.Query
	}{
		{"no rows asked for", directory.Query{First: 0}},
		{"too many rows", directory.Query{First: directory.MaxFirst + 1}},
		{"unknown order", directory.Query{First: 10, Order: "AGE"}},
		{"unknown direction", directory.Query{First: 10, Direction: "UP"}},
		{"cursor that is not one", directory.Query{First: 10, After: "not a cursor!"}},
		{"cursor of another order", directory.Query{First: 10, Order: directory.OrderName, After: byEmail.EndCursor}},
		{"cursor of the other direction", directory.Query{First: 10, Order: directory.OrderEmail, Direction: directory.Desc, After: byEmail.EndCursor}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := directory.List(ctx, f.client, f.acme.id, tc.query)
			var coded *errcode.Error
			if !errors.As(err, &coded) || coded.Code != errcode.Validation {
				t.Errorf("got %v, want a VALIDATION error", err)
			}
		})
	}
}

// Count counts current employees only, within the viewer's reach, and reads no one's data.
func TestCountReadsNoOnesData(t *testing.T) {
	f := newFixture(t)
	acme, rec := f.acme.adminCtx()
	other, _ := f.other.adminCtx()
	for _, tc := range []struct {
		name string
		ctx  context.Context
		want int
	}{
		{"its admin", acme, len(handPicked)},
		{"another organisation's admin", other, 0},
	} {
		if n, err := directory.Count(tc.ctx, f.client, f.acme.id); err != nil || n != tc.want {
			t.Errorf("%s counts %d (%v), want %d", tc.name, n, err, tc.want)
		}
	}
	if err := rec.Flush(acme, f.client); err != nil {
		t.Fatal(err)
	}
	if n := f.client.AuditEntry.Query().CountX(viewer.SystemContext(context.Background())); n != 0 {
		t.Errorf("counting wrote %d audit entries", n)
	}
}
