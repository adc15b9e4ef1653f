package directory

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"time"

	"github.com/learnerportal/portal/server/errcode"
)

// ErrBadCursor is the answer to an After that is not the EndCursor of a page in the same order.
var ErrBadCursor = errcode.Invalid([]errcode.FieldError{{Field: "after", Reason: "INVALID_CURSOR",
	Message: "This page link has expired; start again from the first page."}})

// cursor is where a page ended: its order, the last row's sort keys and ID. It is opaque to
// clients (base64 of JSON) and checked, not trusted: a forged one can only move within what the
// viewer may see anyway.
type cursor struct {
	Order Order `json:"o"`
	Desc  bool  `json:"d,omitempty"`
	Keys  []key `json:"k"`
	ID    int   `json:"i"`
}

// key is one sort key value with its type, which JSON alone would lose: a time (PostgreSQL), a
// string (names, emails, and times on SQLite, which stores them as text) or an integer.
type key struct {
	Time   *time.Time `json:"t,omitempty"`
	String *string    `json:"s,omitempty"`
	Int    *int64     `json:"n,omitempty"`
}

func keyOf(v any) (key, error) {
	switch v := v.(type) {
	case time.Time:
		return key{Time: &v}, nil
	case string:
		return key{String: &v}, nil
	case []byte:
		s := string(v)
		return key{String: &s}, nil
	case int64:
		return key{Int: &v}, nil
	}
	return key{}, fmt.Errorf("directory: sort key of unexpected type %T", v)
}

func (c *cursor) keyValues() []any {
	out := make([]any, len(c.Keys))
	for i, k := range c.Keys {
		switch {
		case k.Time != nil:
			out[i] = *k.Time
		case k.String != nil:
			out[i] = *k.String
		case k.Int != nil:
			out[i] = *k.Int
		}
	}
	return out
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
		len(c.Keys) != len(st.order.keys()) {
		return nil, ErrBadCursor
	}
	for _, k := range c.Keys {
		if countSet(k) != 1 {
			return nil, ErrBadCursor
		}
	}
	return &c, nil
}

func countSet(k key) int {
	n := 0
	for _, set := range []bool{k.Time != nil, k.String != nil, k.Int != nil} {
		if set {
			n++
		}
	}
	return n
}
