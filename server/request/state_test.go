package request

import (
	"fmt"
	"testing"

	"github.com/learnerportal/portal/ent/rightsrequest"
)

var states = []state{submitted, working, awaiting, extended, completed, rejected, cancelled}

// TestEveryPairOfStates lists, for every ordered pair of states, the action that moves a request
// from one to the other, or "-" where none may.
func TestEveryPairOfStates(t *testing.T) {
	want := map[[2]state]Action{
		{submitted, working}: Start, {submitted, awaiting}: RequestInformation,
		{submitted, rejected}: Reject, {submitted, cancelled}: Cancel,
		{working, awaiting}: RequestInformation, {working, extended}: Extend, {working, completed}: Complete,
		{working, rejected}: Reject, {working, cancelled}: Cancel,
		{awaiting, working}: Start, {awaiting, rejected}: Reject, {awaiting, cancelled}: Cancel,
		{extended, awaiting}: RequestInformation, {extended, extended}: Extend, {extended, completed}: Complete,
		{extended, rejected}: Reject, {extended, cancelled}: Cancel,
	}
	// PROVIDE_INFORMATION also leads awaiting → working: both actions are listed below.
	alsoBy := map[[2]state]Action{{awaiting, working}: ProvideInformation}
	for _, from := range states {
		for _, to := range states {
			t.Run(fmt.Sprintf("%s→%s", from, to), func(t *testing.T) {
				var got []Action
				for _, a := range Actions {
					if s, ok := next(from, a, false); ok && s == to {
						got = append(got, a)
					}
				}
				var expected []Action
				if a, ok := want[[2]state{from, to}]; ok {
					expected = append(expected, a)
				}
				if a, ok := alsoBy[[2]state{from, to}]; ok {
					expected = append(expected, a)
				}
				if fmt.Sprint(got) != fmt.Sprint(expected) {
					t.Errorf("actions %v, want %v", got, expected)
				}
			})
		}
	}
}

func TestResumingAnExtendedRequestKeepsItExtended(t *testing.T) {
	for _, a := range []Action{Start, ProvideInformation} {
		if s, ok := next(awaiting, a, true); !ok || s != extended {
			t.Errorf("%s of an extended request: %s %v, want EXTENDED", a, s, ok)
		}
	}
}

func TestWhoMayTakeEachAction(t *testing.T) {
	parties := map[string]Party{"subject": Subject, "submitter": Submitter, "subject who submitted": Subject | Submitter, "staff": Staff, "nobody": 0}
	want := map[Action][]string{
		Start:              {"staff"},
		RequestInformation: {"staff"},
		ProvideInformation: {"subject", "submitter", "subject who submitted"},
		Extend:             {"staff"},
		Complete:           {"staff"},
		Reject:             {"staff"},
		Cancel:             {"submitter", "subject who submitted"},
	}
	for _, a := range Actions {
		for name, p := range parties {
			t.Run(fmt.Sprintf("%s/%s", a, name), func(t *testing.T) {
				expected := false
				for _, w := range want[a] {
					expected = expected || w == name
				}
				if got := mayTake(p, a); got != expected {
					t.Errorf("mayTake = %v, want %v", got, expected)
				}
			})
		}
	}
}

func TestAvailable(t *testing.T) {
	tests := []struct {
		state   rightsrequest.State
		parties Party
		want    string
	}{
		{submitted, Subject | Submitter, "[CANCEL]"},
		{submitted, Subject, "[]"},
		{submitted, Staff, "[START REQUEST_INFORMATION REJECT]"},
		{awaiting, Subject | Submitter, "[PROVIDE_INFORMATION CANCEL]"},
		{working, Staff, "[REQUEST_INFORMATION EXTEND COMPLETE REJECT]"},
		{completed, Staff | Submitter, "[]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(available(tt.state, tt.parties, false)); got != tt.want {
			t.Errorf("available(%s, %b) = %s, want %s", tt.state, tt.parties, got, tt.want)
		}
	}
}
