package directory

import (
	"fmt"

	"github.com/learnerportal/portal/server/errcode"
)

// validate checks the query and returns its sorting (NAME ascending by default) and cursor.
func (in Query) validate() (sorting, *cursor, error) {
	var problems []errcode.FieldError
	if in.First < 1 || in.First > MaxFirst {
		problems = append(problems, errcode.FieldError{Field: "first", Reason: "OUT_OF_RANGE",
			Message: fmt.Sprintf("Ask for 1 to %d employees at a time.", MaxFirst)})
	}
	st := sorting{order: in.Order, desc: in.Direction == Desc}
	switch in.Order {
	case "":
		st.order = OrderName
	case OrderName, OrderEmail, OrderLastActivity, OrderOpenRequests:
	default:
		problems = append(problems, errcode.FieldError{Field: "order", Reason: "UNKNOWN",
			Message: "Sort by name, email, last activity or open requests."})
	}
	if in.Direction != "" && in.Direction != Asc && in.Direction != Desc {
		problems = append(problems, errcode.FieldError{Field: "direction", Reason: "UNKNOWN",
			Message: "Sort ascending or descending."})
	}
	if err := errcode.Invalid(problems); err != nil {
		return sorting{}, nil, err
	}
	if in.After == "" {
		return st, nil, nil
	}
	c, err := decodeCursor(in.After, st)
	return st, c, err
}
