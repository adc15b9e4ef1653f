package erasure

import (
	"strings"

	"github.com/learnerportal/portal/ent/schema/outcome"
	"github.com/learnerportal/portal/server/errcode"
)

// CodeLegalHold is the stable code of an erasure refused because of a legal hold.
const CodeLegalHold = "LEGAL_HOLD"

// HeldError refuses an erasure while legal holds are active. Its message names their reasons,
// which the requester is shown.
type HeldError struct {
	Holds []outcome.HoldNotice
}

func (e *HeldError) Error() string {
	reasons := make([]string, len(e.Holds))
	for i, h := range e.Holds {
		reasons[i] = h.Reason
	}
	return "Your data cannot be erased while a legal hold applies: " + strings.Join(reasons, "; ")
}

// Unwrap gives the error its code, for the error presenter (errcode.As).
func (e *HeldError) Unwrap() error { return errcode.New(CodeLegalHold, e.Error()) }
