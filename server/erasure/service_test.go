package erasure_test

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent/datapurpose"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/schema/outcome"
	"github.com/learnerportal/portal/server/erasure"
	"github.com/learnerportal/portal/server/erasure/erasuretest"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

var demoNow = time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)

func demoClock() time.Time { return demoNow }

// keptUntil maps each kept category to its end date ("-" for none).
func keptUntil(e *outcome.Erasure) map[string]string {
	out := map[string]string{}
	for _, k := range e.Kept {
		until := "-"
		if k.Until != nil {
			until = k.Until.Format(time.DateOnly)
		}
		out[k.Category] = until
	}
	return out
}

func erasedCount(e *outcome.Erasure, description string) int {
	for _, item := range e.Erased {
		if strings.HasPrefix(item.Description, description) {
			return item.Count
		}
	}
	return 0
}

func TestPlan(t *testing.T) {
	d := storagetest.Seeded(t, demoClock)
	system := viewer.SystemContext(context.Background())
	ninaClosed, err := d.Client.RightsRequest.Query().
		Where(rightsrequest.SubjectID(d.IDs["nina.ford@acme.example"])).Only(system)
	if err != nil {
		t.Fatal(err)
	}
	sixYears, threeYears := demoNow.AddDate(0, 72, 0).Format(time.DateOnly), demoNow.Add(erasure.DefaultRequestRetention).Format(time.DateOnly)

	tests := []struct {
		name  string
		email string
		opts  []erasure.Option
		kept  map[string]string
		holds []string
	}{
		{name: "an independent learner's invoices are kept for the registry's six years, their requests for three",
			email: "learner@example.com",
			kept:  map[string]string{"TRANSACTIONS": sixYears, "REQUESTS": threeYears, "IDENTITY": "-"}},
		{name: "an employee whose employer paid has no financial records to keep",
			email: "priya.shah@acme.example",
			kept:  map[string]string{"REQUESTS": threeYears, "IDENTITY": "-"}},
		{name: "closed requests are kept for the configured retention from closing",
			email: "nina.ford@acme.example", opts: []erasure.Option{erasure.WithRequestRetention(400 * 24 * time.Hour)},
			kept: map[string]string{"REQUESTS": ninaClosed.ClosedAt.Add(400 * 24 * time.Hour).Format(time.DateOnly), "IDENTITY": "-"}},
		{name: "staff without requests or purchases keep only the closed account",
			email: "dpo@provider.example",
			kept:  map[string]string{"IDENTITY": "-"}},
		{name: "a legal hold keeps everything, without an end date, and is listed with its reason",
			email: "ravi.patel@example.com",
			kept:  map[string]string{"CONTACT": "-", "IDENTITY": "-", "LEARNING": "-", "MARKETING": "-", "PROFILE": "-", "REQUESTS": "-", "TECHNICAL": "-", "TRANSACTIONS": "-"},
			holds: []string{"COMPLAINT: Mr Patel's complaint about a refund is with the Information Commissioner's Office; his records are kept until it is resolved."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := erasuretest.Snapshot(t, d.Store)
			plan, err := newService(demoClock, tc.opts...).Plan(context.Background(), d.Client, d.IDs[tc.email])
			if err != nil {
				t.Fatal(err)
			}
			if got := keptUntil(plan); !reflect.DeepEqual(got, tc.kept) {
				t.Errorf("kept until %v, want %v", got, tc.kept)
			}
			var holds []string
			for _, h := range plan.Holds {
				holds = append(holds, h.Kind+": "+h.Reason)
			}
			if !slices.Equal(holds, tc.holds) {
				t.Errorf("holds %q, want %q", holds, tc.holds)
			}
			if len(tc.holds) > 0 && len(plan.Erased) > 0 {
				t.Errorf("a held erasure erases nothing, the plan says %+v", plan.Erased)
			}
			for _, item := range append(plan.Erased, keptAsErased(plan)...) {
				if item.Count <= 0 || item.Description == "" {
					t.Errorf("item without rows or words: %+v", item)
				}
			}
			if !slices.Equal(before, erasuretest.Snapshot(t, d.Store)) {
				t.Error("planning changed the database")
			}
		})
	}
}

func keptAsErased(e *outcome.Erasure) []outcome.ErasedItem {
	var out []outcome.ErasedItem
	for _, k := range e.Kept {
		out = append(out, outcome.ErasedItem{Category: k.Category, Description: k.Description, Count: k.Count})
	}
	return out
}

func TestPlanCountsEachKindOfRecord(t *testing.T) {
	d := storagetest.Seeded(t, demoClock)
	system := viewer.SystemContext(context.Background())
	id := d.IDs["learner@example.com"]
	plan, err := newService(demoClock).Plan(context.Background(), d.Client, id)
	if err != nil {
		t.Fatal(err)
	}
	u := d.Client.User.GetX(system, id)
	for description, want := range map[string]int{
		"Your sign-ins":             u.QueryActivityEvents().CountX(system),
		"Your course registrations": u.QueryLearningRecords().CountX(system),
		"Your profile":              1,
		"Your email address":        1,
	} {
		if got := erasedCount(plan, description); got != want || want == 0 {
			t.Errorf("%s: %d, want %d", description, got, want)
		}
	}
}

func TestPlanTakesTheTransactionsRetentionFromTheRegistry(t *testing.T) {
	d := storagetest.Seeded(t, demoClock)
	system := viewer.SystemContext(context.Background())
	d.Client.DataPurpose.Update().Where(datapurpose.Key(erasure.TransactionsPurpose)).SetRetentionMonths(84).ExecX(system)
	plan, err := newService(demoClock).Plan(context.Background(), d.Client, d.IDs["learner@example.com"])
	if err != nil {
		t.Fatal(err)
	}
	if got, want := keptUntil(plan)["TRANSACTIONS"], demoNow.AddDate(7, 0, 0).Format(time.DateOnly); got != want {
		t.Errorf("transactions kept until %s, want %s", got, want)
	}
}

func TestExecuteDoesWhatThePlanSaid(t *testing.T) {
	d := storagetest.Seeded(t, demoClock)
	svc := newService(demoClock)
	id := d.IDs["learner@example.com"]
	plan, err := svc.Plan(context.Background(), d.Client, id)
	if err != nil {
		t.Fatal(err)
	}
	receipt := execute(t, d.Store, svc, id)
	if !reflect.DeepEqual(receipt, plan) {
		t.Errorf("receipt %+v\ndiffers from the plan %+v", receipt, plan)
	}
	after := erasuretest.Snapshot(t, d.Store)
	again := execute(t, d.Store, svc, id)
	if len(again.Erased) != 0 {
		t.Errorf("a second erasure erased %+v", again.Erased)
	}
	if !slices.Equal(after, erasuretest.Snapshot(t, d.Store)) {
		t.Error("a second erasure changed the database")
	}
}

func execute(t testing.TB, store *storage.Store, svc *erasure.Service, id int) *outcome.Erasure {
	t.Helper()
	var receipt *outcome.Erasure
	err := store.InTx(context.Background(), func(ctx context.Context, tx *storage.Tx) error {
		var err error
		receipt, err = svc.Execute(ctx, tx, id)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return receipt
}

func TestExecuteUnderALegalHoldChangesNothing(t *testing.T) {
	d := storagetest.Seeded(t, demoClock)
	before := erasuretest.Snapshot(t, d.Store)
	// The transaction commits whatever Execute returns, so anything it wrote would stay.
	ctx, tx, err := d.OpenTx(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	receipt, err := newService(demoClock).Execute(ctx, storage.TxFrom(ctx), d.IDs["ravi.patel@example.com"])
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	var held *erasure.HeldError
	if !errors.As(err, &held) || receipt != nil {
		t.Fatalf("got %v, %v; want a HeldError", receipt, err)
	}
	if len(held.Holds) != 1 || held.Holds[0].Kind != "COMPLAINT" || !strings.Contains(err.Error(), "complaint about a refund") {
		t.Errorf("holds %+v, message %q", held.Holds, err)
	}
	if coded, ok := errcode.As(err); !ok || coded.Code != erasure.CodeLegalHold {
		t.Errorf("code %+v", coded)
	}
	if !slices.Equal(before, erasuretest.Snapshot(t, d.Store)) {
		t.Error("a held erasure changed the database")
	}
}
