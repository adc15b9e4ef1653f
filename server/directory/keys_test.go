package directory_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/profile"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// sortKeys is what a membership stores for the directory.
type sortKeys struct {
	name, email  string
	lastActiveAt time.Time
	open         int
}

func keysOf(t *testing.T, ctx context.Context, client *ent.Client, userID int) sortKeys {
	t.Helper()
	m, err := client.Membership.Query().Where(membership.UserID(userID)).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return sortKeys{m.SortName, m.SortEmail, m.LastActiveAt.UTC(), m.OpenRequests}
}

// Every change to what the directory sorts by, made through ent in any of its forms (one row, many
// rows by predicate, bulk creation, deletion), updates the sort keys in the same statement
// sequence; other people's keys stay as they were.
func TestSortKeysFollowTheirSources(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	client := storagetest.Open(t, time.Now).Client
	o := newOrg(t, client, "acme")
	o.add(t, client, []person{
		{first: "Ravi", last: "Patel", email: "Ravi.Patel@Acme.test", lastLogin: at(1)},
		{first: "Otto", last: "Other", email: "otto@acme.test", lastLogin: at(2)},
	}, nil)
	ravi, otto := o.ids["Ravi.Patel@Acme.test"], o.ids["otto@acme.test"]
	ottoKeys := keysOf(t, ctx, client, otto)
	openRequest := func(typ rightsrequest.Type) *ent.RightsRequestCreate {
		return client.RightsRequest.Create().SetSubjectID(ravi).SetType(typ).SetOpenType(string(typ)).
			SetReceivedAt(t0).SetDueAt(t0.AddDate(0, 1, 0))
	}
	var access *ent.RightsRequest

	steps := []struct {
		name   string
		change func() error
		want   sortKeys
	}{
		{"a new membership takes the person's keys, lower-cased", func() error { return nil },
			sortKeys{"patel ravi", "ravi.patel@acme.test", *at(1), 0}},
		{"renaming one profile", func() error {
			return client.Profile.Update().Where(profile.UserID(ravi)).SetLastName("Patel-Singh").Exec(ctx)
		}, sortKeys{"patel-singh ravi", "ravi.patel@acme.test", *at(1), 0}},
		{"changing the email by ID", func() error {
			return client.User.UpdateOneID(ravi).SetEmail("RAVI@acme.test").Exec(ctx)
		}, sortKeys{"patel-singh ravi", "ravi@acme.test", *at(1), 0}},
		{"a newer activity event", func() error {
			return client.ActivityEvent.CreateBulk(
				client.ActivityEvent.Create().SetUserID(ravi).SetKind(activityevent.KindPageView).SetOccurredAt(*at(4)),
				client.ActivityEvent.Create().SetUserID(ravi).SetKind(activityevent.KindPageView).SetOccurredAt(*at(5)),
			).Exec(ctx)
		}, sortKeys{"patel-singh ravi", "ravi@acme.test", *at(5), 0}},
		{"an older sign-in leaves the latest activity", func() error {
			return client.User.UpdateOneID(ravi).SetLastLoginAt(*at(3)).Exec(ctx)
		}, sortKeys{"patel-singh ravi", "ravi@acme.test", *at(5), 0}},
		{"a newer sign-in", func() error {
			return client.User.Update().Where(user.ID(ravi)).SetLastLoginAt(*at(8)).Exec(ctx)
		}, sortKeys{"patel-singh ravi", "ravi@acme.test", *at(8), 0}},
		{"purging events does not move the latest activity back", func() error {
			_, err := client.ActivityEvent.Delete().Where(activityevent.UserID(ravi)).Exec(ctx)
			return err
		}, sortKeys{"patel-singh ravi", "ravi@acme.test", *at(8), 0}},
		{"requests opened", func() error {
			var err error
			if access, err = openRequest(rightsrequest.TypeAccess).Save(ctx); err != nil {
				return err
			}
			return client.RightsRequest.CreateBulk(openRequest(rightsrequest.TypeErasure), openRequest(rightsrequest.TypeObjection)).Exec(ctx)
		}, sortKeys{"patel-singh ravi", "ravi@acme.test", *at(8), 3}},
		{"a closed request created is not open", func() error {
			return client.RightsRequest.Create().SetSubjectID(ravi).SetType(rightsrequest.TypeRectification).
				SetState(rightsrequest.StateCompleted).SetClosedAt(t0).SetReceivedAt(t0).SetDueAt(t0).Exec(ctx)
		}, sortKeys{"patel-singh ravi", "ravi@acme.test", *at(8), 3}},
		{"one request closed", func() error {
			return client.RightsRequest.UpdateOne(access).ClearOpenType().Exec(ctx)
		}, sortKeys{"patel-singh ravi", "ravi@acme.test", *at(8), 2}},
		{"an open request deleted", func() error {
			_, err := client.RightsRequest.Delete().Where(rightsrequest.TypeEQ(rightsrequest.TypeErasure)).Exec(ctx)
			return err
		}, sortKeys{"patel-singh ravi", "ravi@acme.test", *at(8), 1}},
		{"the rest closed by predicate", func() error {
			return client.RightsRequest.Update().Where(rightsrequest.SubjectID(ravi)).ClearOpenType().Exec(ctx)
		}, sortKeys{"patel-singh ravi", "ravi@acme.test", *at(8), 0}},
		{"a change rolled back leaves the keys as they were", func() error {
			tx, err := client.Tx(ctx)
			if err != nil {
				return err
			}
			if err := tx.Profile.Update().Where(profile.UserID(ravi)).SetFirstName("Rolled").Exec(ctx); err != nil {
				return errors.Join(err, tx.Rollback())
			}
			return tx.Rollback()
		}, sortKeys{"patel-singh ravi", "ravi@acme.test", *at(8), 0}},
	}
	for _, step := range steps {
		if err := step.change(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		if got := keysOf(t, ctx, client, ravi); got != step.want {
			t.Errorf("%s: keys %+v, want %+v", step.name, got, step.want)
		}
		if got := keysOf(t, ctx, client, otto); got != ottoKeys {
			t.Errorf("%s: someone else's keys changed to %+v", step.name, got)
		}
	}
}

// A change to thousands of people's rows at once (more than one batch of IDs) updates each of
// their memberships.
func TestSortKeysFollowChangesToManyPeople(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	client := storagetest.Open(t, time.Now).Client
	o := newOrg(t, client, "acme")
	o.add(t, client, generated(2500, "acme.test"), nil)
	withOpen := client.Membership.Query().Where(membership.OpenRequestsGT(0))
	if n := withOpen.Clone().CountX(ctx); n != 1875 {
		t.Fatalf("%d employees with open requests before, want 1875", n)
	}
	closed, err := client.RightsRequest.Update().Where(rightsrequest.OpenTypeNotNil()).ClearOpenType().Save(ctx)
	if err != nil || closed != 3750 {
		t.Fatalf("closing every open request: %d, %v", closed, err)
	}
	if n := withOpen.Clone().CountX(ctx); n != 0 {
		t.Errorf("%d employees still show open requests", n)
	}
}

// Two transactions closing the same person's requests at once leave the right count: the later
// refresh waits for the earlier transaction and then sees its change. PostgreSQL only: SQLite runs
// one writing transaction at a time.
func TestConcurrentChangesLeaveTheRightKeys(t *testing.T) {
	store := storagetest.Open(t, time.Now)
	if store.Dialect == dialect.SQLite {
		t.Skip("SQLite runs one writing transaction at a time")
	}
	ctx := viewer.SystemContext(context.Background())
	client := store.Client
	o := newOrg(t, client, "acme")
	o.add(t, client, []person{{first: "Ravi", last: "Patel", email: "ravi@acme.test",
		open: []rightsrequest.Type{rightsrequest.TypeAccess, rightsrequest.TypeErasure}}}, nil)
	ravi := o.ids["ravi@acme.test"]
	requests := client.RightsRequest.Query().Where(rightsrequest.SubjectID(ravi)).IDsX(ctx)

	first, err := client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Rollback()
	if err := first.RightsRequest.UpdateOneID(requests[0]).ClearOpenType().Exec(ctx); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		second, err := client.Tx(ctx)
		if err != nil {
			done <- err
			return
		}
		if err := second.RightsRequest.UpdateOneID(requests[1]).ClearOpenType().Exec(ctx); err != nil {
			done <- errors.Join(err, second.Rollback())
			return
		}
		done <- second.Commit()
	}()
	// The first commits only once the second is waiting for its lock on the membership.
	deadline, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	for waiting := 0; waiting == 0; {
		select {
		case err := <-done:
			t.Fatalf("the second transaction finished without waiting: %v", err)
		default:
		}
		err := store.DB.QueryRowContext(deadline, `SELECT COUNT(*) FROM pg_stat_activity
			WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%memberships%'`).Scan(&waiting)
		if err != nil {
			t.Fatalf("waiting for the second transaction to wait: %v", err)
		}
	}
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if got := keysOf(t, ctx, client, ravi).open; got != 0 {
		t.Errorf("%d open requests stored after both were closed", got)
	}
}
