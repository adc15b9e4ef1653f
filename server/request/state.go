// Package request runs rights requests: submitting them, moving them through their states, the
// statutory clock, duplicates, the timeline, messages and the notifications each change sends.
package request

import (
	"slices"

	"github.com/learnerportal/portal/ent/rightsrequest"
)

// Action is something done to a request; each moves it along the transition table.
type Action string

// The actions, named as the GraphQL enum RequestAction names them.
const (
	Start              Action = "START"
	RequestInformation Action = "REQUEST_INFORMATION"
	ProvideInformation Action = "PROVIDE_INFORMATION"
	Extend             Action = "EXTEND"
	Complete           Action = "COMPLETE"
	Reject             Action = "REJECT"
	Cancel             Action = "CANCEL"
)

// Actions lists every action, in the order the API shows them.
var Actions = []Action{Start, RequestInformation, ProvideInformation, Extend, Complete, Reject, Cancel}

// Party is how someone stands towards one request; a person can be more than one (a learner who
// submitted their own request is both Subject and Submitter).
type Party int

// The parties to a request.
const (
	Subject   Party = 1 << iota // the person the request is about
	Submitter                   // whoever submitted it
	Staff                       // provider staff
)

type state = rightsrequest.State

const (
	submitted = rightsrequest.StateSubmitted
	working   = rightsrequest.StateInProgress
	awaiting  = rightsrequest.StateAwaitingInformation
	extended  = rightsrequest.StateExtended
	completed = rightsrequest.StateCompleted
	rejected  = rightsrequest.StateRejected
	cancelled = rightsrequest.StateCancelled
)

// transitions is the whole state machine: for each action, the states it may start from, where
// it leads, and who may take it. Resuming after information arrived returns an extended request
// to EXTENDED rather than IN_PROGRESS (see next).
var transitions = map[Action]struct {
	from []state
	to   state
	by   Party
}{
	Start:              {[]state{submitted, awaiting}, working, Staff},
	RequestInformation: {[]state{submitted, working, extended}, awaiting, Staff},
	ProvideInformation: {[]state{awaiting}, working, Subject | Submitter},
	Extend:             {[]state{working, extended}, extended, Staff},
	Complete:           {[]state{working, extended}, completed, Staff},
	Reject:             {[]state{submitted, working, awaiting, extended}, rejected, Staff},
	Cancel:             {[]state{submitted, working, awaiting, extended}, cancelled, Submitter},
}

// next returns the state action leads to from from, and whether the action is possible there.
// wasExtended says whether the request has been extended, which decides where a resumed request
// goes back to.
func next(from state, action Action, wasExtended bool) (state, bool) {
	t, ok := transitions[action]
	if !ok || !slices.Contains(t.from, from) {
		return "", false
	}
	if t.to == working && from == awaiting && wasExtended {
		return extended, true
	}
	return t.to, true
}

// mayTake reports whether someone standing as parties may take action.
func mayTake(parties Party, action Action) bool {
	return transitions[action].by&parties != 0
}

// IsOpen reports whether a request in s still needs an answer.
func IsOpen(s state) bool {
	return s != completed && s != rejected && s != cancelled
}

// available lists the actions the transition table gives someone standing as parties towards a
// request in s (Service.Available also applies the statutory limits).
func available(s state, parties Party, wasExtended bool) []Action {
	var out []Action
	for _, a := range Actions {
		if _, ok := next(s, a, wasExtended); ok && mayTake(parties, a) {
			out = append(out, a)
		}
	}
	return out
}
