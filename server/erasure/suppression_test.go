package erasure_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/learnerportal/portal/ent/suppressionentry"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/erasure"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

func TestHash(t *testing.T) {
	svc := newService(demoClock)
	other := erasure.New([]byte(strings.Repeat("k", erasure.MinKeyLength)), demoClock)
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"case and surrounding space do not matter", svc.Hash("  Lucy.Learner@Example.COM\n"), svc.Hash("lucy.learner@example.com"), true},
		{"different addresses differ", svc.Hash("lucy@example.com"), svc.Hash("lucy@example.org"), false},
		{"a tombstone is not the hash of the same text", erasure.TombstonePrefix + svc.Hash("subject-1"), svc.Tombstone("subject-1"), false},
		{"another key gives other hashes", svc.Hash("lucy@example.com"), other.Hash("lucy@example.com"), false},
	}
	for _, tc := range tests {
		if (tc.a == tc.b) != tc.same {
			t.Errorf("%s: %q and %q", tc.name, tc.a, tc.b)
		}
	}
	if h := svc.Hash("lucy@example.com"); len(h) != 64 || strings.Trim(h, "0123456789abcdef") != "" {
		t.Errorf("hash %q is not hex SHA-256", h)
	}
	if !strings.HasPrefix(svc.Tombstone("s"), erasure.TombstonePrefix) {
		t.Errorf("tombstone %q", svc.Tombstone("s"))
	}
}

func TestNewRefusesAShortKey(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a 31-byte key was accepted")
		}
	}()
	erasure.New([]byte(strings.Repeat("k", erasure.MinKeyLength-1)), demoClock)
}

func TestErasingAnAddressAlreadySuppressedKeepsOneEntry(t *testing.T) {
	d := storagetest.Seeded(t, demoClock)
	system := viewer.SystemContext(context.Background())
	svc := newService(demoClock)
	// Lucy opted out of marketing before; Tom's address differs from hers only in case.
	lucy, tom := d.IDs["learner@example.com"], d.IDs["tom.baker@acme.example"]
	d.Client.SuppressionEntry.Create().SetEmailHash(svc.Hash("learner@example.com")).
		SetReason(suppressionentry.ReasonMarketingOptOut).SetCreatedAt(demoNow).ExecX(system)
	d.Client.User.UpdateOneID(tom).SetEmail(" LEARNER@example.com").ExecX(system)

	execute(t, d.Store, svc, lucy)
	execute(t, d.Store, svc, tom)

	entries := d.Client.SuppressionEntry.Query().AllX(system)
	if len(entries) != 1 || entries[0].EmailHash != svc.Hash("learner@example.com") || entries[0].Reason != suppressionentry.ReasonMarketingOptOut {
		t.Errorf("suppression list: %+v", entries)
	}
	if n := d.Client.User.Query().Where(user.StatusEQ(user.StatusClosed)).CountX(system); n != 2 {
		t.Errorf("%d accounts closed, want 2", n)
	}
}

func TestSuppressed(t *testing.T) {
	d := storagetest.Seeded(t, demoClock)
	system := viewer.SystemContext(context.Background())
	svc := newService(demoClock)
	execute(t, d.Store, svc, d.IDs["learner@example.com"])
	d.Client.SuppressionEntry.Create().SetEmailHash(svc.Hash("opted.out@example.com")).
		SetReason(suppressionentry.ReasonMarketingOptOut).SetCreatedAt(demoNow).ExecX(system)

	tests := []struct {
		name   string
		emails []string
		want   []string
	}{
		{"none asked, none found", nil, []string{}},
		{"erased and opted-out addresses, as given and in order",
			[]string{"ravi.patel@example.com", "Opted.Out@example.com ", "new@example.com", "LEARNER@EXAMPLE.COM"},
			[]string{"Opted.Out@example.com ", "LEARNER@EXAMPLE.COM"}},
		{"an address still in use is not suppressed", []string{"tom.baker@acme.example"}, []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := svc.Suppressed(system, d.Client, tc.emails)
			if err != nil || !slices.Equal(got, tc.want) {
				t.Errorf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
	if _, err := svc.Suppressed(system, d.Client, make([]string, erasure.MaxSuppressedBatch+1)); err == nil {
		t.Error("more than the batch limit was accepted")
	}
	learner := d.As(t, "tom.baker@acme.example")
	if _, err := svc.Suppressed(learner, d.Client, []string{"learner@example.com"}); err == nil {
		t.Error("a learner could check the suppression list")
	}
}
