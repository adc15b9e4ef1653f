package consent_test

import (
	"context"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/consent"
	"github.com/learnerportal/portal/ent/consentevent"
	"github.com/learnerportal/portal/ent/datapurpose"
	service "github.com/learnerportal/portal/server/consent"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// TestApply runs a sequence of changes for one learner; each step states the resulting state,
// how many ledger entries it wrote, or the code it was refused with.
func TestApply(t *testing.T) {
	system := viewer.SystemContext(context.Background())
	demo := storagetest.Seeded(t, time.Now)
	client, id := demo.Client, demo.IDs["ellen.jones@example.net"]
	ctx := demo.As(t, "ellen.jones@example.net")
	purpose := func(key string) int {
		p, err := client.DataPurpose.Query().Where(datapurpose.Key(key)).OnlyID(system)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	s := service.NewService(time.Now)
	steps := []struct {
		name    string
		purpose string
		change  service.Change
		state   consent.State
		entries int
		code    string
	}{
		// Bring each purpose to a known state first, whatever the demo data says (-1: not counted).
		{"start: third-party marketing given", "third-party-marketing", service.Give, consent.StateGiven, -1, ""},
		{"start: profiling withdrawn", "marketing-profiling", service.Withdraw, consent.StateWithdrawn, -1, ""},
		{"start: no objection to usage analytics", "usage-analytics", service.Object, consent.StateObjected, -1, ""},
		{"start: objection withdrawn", "usage-analytics", service.WithdrawObjection, consent.StateObjectionWithdrawn, -1, ""},
		{"withdraw third-party marketing", "third-party-marketing", service.Withdraw, consent.StateWithdrawn, 1, ""},
		{"withdraw it again changes nothing", "third-party-marketing", service.Withdraw, consent.StateWithdrawn, 0, ""},
		{"give it again", "third-party-marketing", service.Give, consent.StateGiven, 1, ""},
		{"give profiling consent", "marketing-profiling", service.Give, consent.StateGiven, 1, ""},
		{"object to usage analytics", "usage-analytics", service.Object, consent.StateObjected, 1, ""},
		{"object again changes nothing", "usage-analytics", service.Object, consent.StateObjected, 0, ""},
		{"withdraw the objection", "usage-analytics", service.WithdrawObjection, consent.StateObjectionWithdrawn, 1, ""},
		{"consent to contractual processing", "account", service.Give, "", 0, service.CodeNotConsentBased},
		{"object to tax records", "transactions", service.Object, "", 0, service.CodeNotObjectable},
		{"object to a consent purpose", "analytics-cookies", service.Object, "", 0, service.CodeNotObjectable},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			before, _ := client.ConsentEvent.Query().Where(consentevent.UserID(id)).Count(system)
			got, err := s.Apply(ctx, client, purpose(st.purpose), st.change, consentevent.SourceAccountPage)
			after, _ := client.ConsentEvent.Query().Where(consentevent.UserID(id)).Count(system)
			if st.code != "" {
				if coded, ok := errcode.As(err); !ok || coded.Code != st.code {
					t.Fatalf("err = %v, want code %s", err, st.code)
				}
			} else if err != nil || got.State != st.state {
				t.Fatalf("Apply = %v, %v; want state %s", got, err, st.state)
			}
			if st.entries >= 0 && after-before != st.entries {
				t.Errorf("%d ledger entries, want %d", after-before, st.entries)
			}
		})
	}
	last, err := client.ConsentEvent.Query().Where(consentevent.UserID(id)).Order(ent.Desc(consentevent.FieldID)).First(system)
	if err != nil || last.ActorRole != "SELF" || last.PolicyVersionID == nil || last.Source != consentevent.SourceAccountPage {
		t.Errorf("last ledger entry: %+v %v", last, err)
	}
}
