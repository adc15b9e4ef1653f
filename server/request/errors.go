package request

import "github.com/learnerportal/portal/server/errcode"

// Codes of this package's refusals, stable for clients.
const (
	CodeDuplicate         = "DUPLICATE_REQUEST"
	CodeTransitionRefused = "TRANSITION_NOT_ALLOWED"
)

// ErrDuplicate refuses a second open request of the same type for the same person.
var ErrDuplicate = errcode.New(CodeDuplicate, "An open request of this type already exists for this person; follow that one instead.")

func transitionRefused(action Action, s state) error {
	return errcode.Newf(CodeTransitionRefused, "A request that is %s cannot be given the action %s.", s, action)
}

func notYours(action Action) error {
	if action == Cancel {
		return errcode.New(errcode.Forbidden, "Only whoever submitted a request can cancel it.")
	}
	if action == ProvideInformation {
		return errcode.New(errcode.Forbidden, "Only the requester can provide the information asked for.")
	}
	return errcode.Newf(errcode.Forbidden, "Only provider staff can %s a request.", action)
}
