package directory

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/server/errcode"
)

// ErrBadCursor is the answer to an After that is not the EndCursor of a page in the same order.
var ErrBadCursor = errcode.Invalid([]errcode.FieldError{{Field: "after", Reason: "INVALID_CURSOR",
	Message: "This page link has expired; start again from the first page."}})

// cursor is where a page ended: its order, the last row's sort key and person. It is opaque to
// clients (base64 of JSON) and checked, not trusted: a forged one can only move within what the
// viewer may see anyway.
type cursor struct {
	Order Order `json:"o"`
	Desc  bool  `json:"d,omitempty"`
	Key   key   `json:"k"`
	ID    int   `json:"i"`
}

// key is a sort key's value with its type, which JSON alone would lose: a time, a string or an
// integer.
type key struct {
	Time   *time.Time `json:"t,omitempty"`
	String *string    `json:"s,omitempty"`
	Int    *int64     `json:"n,omitempty"`
}

func (k key) value() any {
	switch {
	case k.Time != nil:
		return *k.Time
	case k.String != nil:
		return *k.String
	}
	return *k.Int
}

func (c cursor) encode() (string, error) {
	b, err := json.Marshal(c)
	if err != nil {
		return "", fmt.Errorf("directory: encoding the cursor: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// decodeCursor reads s, which must come from a page in the order st.
func decodeCursor(s string, st sorting) (*cursor, error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return nil, ErrBadCursor
	}
	var c cursor
	if err := json.Unmarshal(b, &c); err != nil || c.Order != st.order || c.Desc != st.desc ||
		!c.Key.fits(st.order) {
		return nil, ErrBadCursor
	}
	return &c, nil
}

// fits reports whether k holds exactly one value, of the type of order's key.
func (k key) fits(o Order) bool {
	want := o.keyOf(&ent.Membership{})
	return (k.Time != nil) == (want.Time != nil) && (k.String != nil) == (want.String != nil) &&
		(k.Int != nil) == (want.Int != nil)
}
