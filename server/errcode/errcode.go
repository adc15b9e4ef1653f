// Package errcode gives expected failures a stable code that clients can act on and translate.
// The GraphQL error presenter puts the code in extensions.code; every error without one is logged
// and shown only as INTERNAL.
package errcode

import (
	"errors"
	"fmt"
	"strings"
)

// The codes clients may see. They never change meaning; new ones may be added.
const (
	Unauthenticated = "UNAUTHENTICATED"
	Forbidden       = "FORBIDDEN"
	NotFound        = "NOT_FOUND"
	Validation      = "VALIDATION"
	Conflict        = "CONFLICT"
	Internal        = "INTERNAL"
)

// Error is an expected failure with a code and a message meant for the person using the client.
type Error struct {
	Code    string
	Message string
	// Fields lists the individual problems of a VALIDATION error.
	Fields []FieldError
}

// FieldError is one invalid input field: its name as the client sent it, a stable reason such as
// TOO_LONG, and a sentence to show next to the field.
type FieldError struct {
	Field   string `json:"field"`
	Reason  string `json:"reason"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return e.Message }

// New returns an error with code and message.
func New(code, message string) *Error { return &Error{Code: code, Message: message} }

// Newf returns an error with code and a formatted message.
func Newf(code, format string, a ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, a...)}
}

// Invalid returns the VALIDATION error for fields, or nil when there are none.
func Invalid(fields []FieldError) error {
	if len(fields) == 0 {
		return nil
	}
	names := make([]string, len(fields))
	for i, f := range fields {
		names[i] = f.Field
	}
	return &Error{
		Code:    Validation,
		Message: "Some fields are not valid: " + strings.Join(names, ", "),
		Fields:  fields,
	}
}

// As returns the coded error in err's chain, if any.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
