// Package scalar holds the GraphQL scalars the portal adds to gqlgen's built-ins.
package scalar

import (
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/learnerportal/portal/server/errcode"
)

// Date is a calendar date, carried as a time.Time at midnight UTC and written YYYY-MM-DD.
type Date = time.Time

const layout = "2006-01-02"

// MarshalDate writes t as YYYY-MM-DD.
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(t.UTC().Format(layout))) })
}

// UnmarshalDate reads a YYYY-MM-DD string.
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, errcode.Newf(errcode.Validation, "A date must be a string like 2001-02-03, not %T.", v)
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, errcode.Newf(errcode.Validation, "%q is not a date like 2001-02-03.", s)
	}
	return t, nil
}
