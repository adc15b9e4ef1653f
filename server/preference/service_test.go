package preference_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/communicationpreference"
	"github.com/learnerportal/portal/ent/consentevent"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/preference"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

func setup(t *testing.T) (*ent.Client, context.Context, int) {
	demo := storagetest.Seeded(t, time.Now)
	return demo.Client, demo.As(t, "learner@example.com"), demo.IDs["learner@example.com"]
}

func ledger(t *testing.T, client *ent.Client, userID int) int {
	n, err := client.ConsentEvent.Query().Where(consentevent.UserID(userID)).Count(viewer.SystemContext(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestEachChangeWritesExactlyOneLedgerEntry(t *testing.T) {
	client, ctx, id := setup(t)
	s := preference.NewService(time.Now)
	set := func(c communicationpreference.Channel, tp communicationpreference.Topic, on bool) error {
		_, err := s.Set(ctx, client, c, tp, on)
		return err
	}
	before := ledger(t, client, id)
	// Lucy's seeded grid has SMS newsletters off; switching it on is one change.
	if err := set(communicationpreference.ChannelSms, communicationpreference.TopicNewsletters, true); err != nil {
		t.Fatal(err)
	}
	if got := ledger(t, client, id) - before; got != 1 {
		t.Fatalf("one change wrote %d ledger entries", got)
	}
	if err := set(communicationpreference.ChannelSms, communicationpreference.TopicNewsletters, true); err != nil {
		t.Fatal(err)
	}
	if got := ledger(t, client, id) - before; got != 1 {
		t.Fatalf("repeating a setting wrote %d more entries", got-1)
	}
	err := set(communicationpreference.ChannelEmail, communicationpreference.TopicService, false)
	if coded, ok := errcode.As(err); !ok || coded.Code != preference.CodeServiceRequired {
		t.Fatalf("switching off service messages: %v", err)
	}
	on, err := client.CommunicationPreference.Query().Where(communicationpreference.UserID(id),
		communicationpreference.TopicNEQ(communicationpreference.TopicService), communicationpreference.Enabled(true)).Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	before = ledger(t, client, id)
	if _, err := s.UnsubscribeFromAllMarketing(ctx, client); err != nil {
		t.Fatal(err)
	}
	if got := ledger(t, client, id) - before; got != on {
		t.Errorf("unsubscribing from %d marketing preferences wrote %d entries", on, got)
	}
	left, _ := client.CommunicationPreference.Query().Where(communicationpreference.UserID(id), communicationpreference.Enabled(true)).All(ctx)
	for _, p := range left {
		if p.Topic != communicationpreference.TopicService {
			t.Errorf("%s by %s still on", p.Topic, p.Channel)
		}
	}
}

// When the ledger entry cannot be written, the preference does not change either: both are in
// one transaction.
func TestAFailedLedgerWriteLeavesNeither(t *testing.T) {
	client, ctx, id := setup(t)
	client.ConsentEvent.Use(func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(context.Context, ent.Mutation) (ent.Value, error) {
			return nil, errors.New("disk full")
		})
	})
	tx, err := client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	before := ledger(t, client, id)
	_, err = preference.NewService(time.Now).Set(ctx, tx.Client(), communicationpreference.ChannelPost, communicationpreference.TopicSurveys, true)
	if err == nil {
		t.Fatal("the change succeeded without its ledger entry")
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	p, err := client.CommunicationPreference.Query().Where(communicationpreference.UserID(id),
		communicationpreference.ChannelEQ(communicationpreference.ChannelPost), communicationpreference.TopicEQ(communicationpreference.TopicSurveys)).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.Enabled || ledger(t, client, id) != before {
		t.Errorf("after the failure: enabled=%v, ledger grew by %d", p.Enabled, ledger(t, client, id)-before)
	}
}

// Someone who signed in through a real provider has no preference rows yet; their first change
// creates the row.
func TestTheFirstChangeCreatesThePreference(t *testing.T) {
	client, ctx, id := setup(t)
	if _, err := client.CommunicationPreference.Delete().Where(communicationpreference.UserID(id)).Exec(viewer.SystemContext(context.Background())); err != nil {
		t.Fatal(err)
	}
	s := preference.NewService(time.Now)
	if _, err := s.Set(ctx, client, communicationpreference.ChannelEmail, communicationpreference.TopicNewsletters, true); err != nil {
		t.Fatalf("first change: %v", err)
	}
	got, err := s.UnsubscribeFromAllMarketing(ctx, client)
	if err != nil || len(got) != len(preference.Channels)*(len(preference.Topics)-1) {
		t.Fatalf("unsubscribing a new person: %d preferences, %v", len(got), err)
	}
}
