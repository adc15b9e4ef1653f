package directory_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/audit"
	"github.com/learnerportal/portal/server/viewer"
)

// t0 is the fixtures' clock: whole seconds in UTC, so times survive both databases unchanged.
var t0 = time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)

// person is one employee of a fixture.
type person struct {
	first, last, email, jobTitle string
	lastLogin                    *time.Time
	events                       []time.Time
	open, closed                 []rightsrequest.Type
}

func at(hours int) *time.Time { t := t0.Add(time.Duration(hours) * time.Hour); return &t }

// org is an organisation with its admin and the IDs of the people added to it.
type org struct {
	id      int
	adminID int
	ids     map[string]int // by email
}

// newOrg creates an organisation and its employer admin.
func newOrg(t testing.TB, client *ent.Client, name string) *org {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	o := client.Organisation.Create().SetName(name).SaveX(ctx)
	admin := client.User.Create().SetOidcIssuer("https://idp.test").SetOidcSubject("admin-" + name).
		SetEmail("admin@" + name + ".test").SetRole(user.RoleEmployerAdmin).SaveX(ctx)
	client.Membership.Create().SetUserID(admin.ID).SetOrganisationID(o.ID).SetKind(membership.KindAdmin).
		SetStartedAt(t0).ExecX(ctx)
	return &org{id: o.ID, adminID: admin.ID, ids: map[string]int{}}
}

// adminCtx acts as the organisation's admin, with reads audited as a request would.
func (o *org) adminCtx() (context.Context, *audit.Recorder) {
	v := viewer.Viewer{UserID: o.adminID, Role: viewer.EmployerAdmin, OrganisationID: o.id}
	return audit.WithRecorder(viewer.NewContext(context.Background(), v), "test", time.Now)
}

// add makes people employees of o (former ones when left is set), in batches as CreateBulk
// allows: each batch's statements stay under both databases' parameter limits.
func (o *org) add(t testing.TB, client *ent.Client, people []person, left *time.Time) {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	for batch := range slices.Chunk(people, 500) {
		users := make([]*ent.UserCreate, len(batch))
		for i, p := range batch {
			users[i] = client.User.Create().SetOidcIssuer("https://idp.test").SetOidcSubject(p.email).
				SetEmail(p.email).SetNillableLastLoginAt(p.lastLogin)
		}
		created := client.User.CreateBulk(users...).SaveX(ctx)
		profiles := make([]*ent.ProfileCreate, len(batch))
		memberships := make([]*ent.MembershipCreate, len(batch))
		var events []*ent.ActivityEventCreate
		var requests []*ent.RightsRequestCreate
		for i, p := range batch {
			id := created[i].ID
			o.ids[p.email] = id
			profiles[i] = client.Profile.Create().SetUserID(id).SetFirstName(p.first).SetLastName(p.last).SetJobTitle(p.jobTitle)
			memberships[i] = client.Membership.Create().SetUserID(id).SetOrganisationID(o.id).
				SetKind(membership.KindEmployee).SetStartedAt(t0).SetNillableEndedAt(left)
			for _, e := range p.events {
				events = append(events, client.ActivityEvent.Create().SetUserID(id).SetKind(activityevent.KindPageView).SetOccurredAt(e))
			}
			request := func(typ rightsrequest.Type) *ent.RightsRequestCreate {
				return client.RightsRequest.Create().SetSubjectID(id).SetType(typ).SetReceivedAt(t0).SetDueAt(t0.AddDate(0, 1, 0))
			}
			for _, typ := range p.open {
				requests = append(requests, request(typ).SetOpenType(string(typ)))
			}
			for _, typ := range p.closed {
				requests = append(requests, request(typ).SetState(rightsrequest.StateCompleted).SetClosedAt(t0))
			}
		}
		client.Profile.CreateBulk(profiles...).ExecX(ctx)
		client.Membership.CreateBulk(memberships...).ExecX(ctx)
		for chunk := range slices.Chunk(events, 500) {
			client.ActivityEvent.CreateBulk(chunk...).ExecX(ctx)
		}
		for chunk := range slices.Chunk(requests, 500) {
			client.RightsRequest.CreateBulk(chunk...).ExecX(ctx)
		}
	}
}

// generated returns n employees with varied names, activity and open requests.
func generated(n int, domain string) []person {
	types := []rightsrequest.Type{rightsrequest.TypeAccess, rightsrequest.TypeRectification, rightsrequest.TypeObjection}
	people := make([]person, n)
	for i := range people {
		p := person{
			first:    fmt.Sprintf("first%04d", (i*7919)%n),
			last:     fmt.Sprintf("last%03d", (i*104729)%max(n/3, 1)),
			email:    fmt.Sprintf("employee%05d@%s", i, domain),
			jobTitle: "Trainer",
			open:     types[:i%4],
		}
		if i%5 != 0 {
			p.lastLogin = at(i % 97)
		}
		if i%3 != 0 {
			p.events = []time.Time{*at(i % 89), *at(i%89 + 2)}
		}
		people[i] = p
	}
	return people
}
