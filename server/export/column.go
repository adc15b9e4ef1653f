package export

import (
	"bytes"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect/sql/schema"
	"entgo.io/ent/schema/field"

	"github.com/learnerportal/portal/ent/migrate"
)

// kind is how the values of a column are read from either database and written to the archive.
type kind int

const (
	kindString kind = iota
	kindInt
	kindFloat
	kindBool
	kindTime
	kindJSON
	kindBytes
)

// kindOf maps an ent field type to its kind; a type it does not know is an error, so that a new
// kind of column is handled deliberately rather than exported wrongly.
func kindOf(t field.Type) (kind, error) {
	switch t {
	case field.TypeString, field.TypeEnum, field.TypeUUID:
		return kindString, nil
	case field.TypeInt, field.TypeInt8, field.TypeInt16, field.TypeInt32, field.TypeInt64,
		field.TypeUint, field.TypeUint8, field.TypeUint16, field.TypeUint32, field.TypeUint64:
		return kindInt, nil
	case field.TypeFloat32, field.TypeFloat64:
		return kindFloat, nil
	case field.TypeBool:
		return kindBool, nil
	case field.TypeTime:
		return kindTime, nil
	case field.TypeJSON:
		return kindJSON, nil
	case field.TypeBytes:
		return kindBytes, nil
	}
	return 0, fmt.Errorf("export: no way to export columns of type %s", t)
}

// column is one exported column of a table.
type column struct {
	name     string
	kind     kind
	nullable bool
	// enum lists the allowed values of an enum column.
	enum []string
}

// table returns the schema of a table of the database.
func table(name string) (*schema.Table, error) {
	for _, t := range migrate.Tables {
		if t.Name == name {
			return t, nil
		}
	}
	return nil, fmt.Errorf("export: no table %q in the schema", name)
}

// columnsOf returns the columns of a table, in schema order, less those omitted.
func columnsOf(t *schema.Table, omit map[string]string) ([]column, error) {
	var out []column
	for _, c := range t.Columns {
		if _, left := omit[c.Name]; left {
			continue
		}
		k, err := kindOf(c.Type)
		if err != nil {
			return nil, fmt.Errorf("%s.%s: %w", t.Name, c.Name, err)
		}
		out = append(out, column{name: c.Name, kind: k, nullable: c.Nullable, enum: c.Enums})
	}
	return out, nil
}

// timeLayout writes every time in UTC with microseconds, the precision PostgreSQL keeps, so
// both databases give the same text.
const timeLayout = "2006-01-02T15:04:05.000000Z07:00"

// formatTime writes t as the archive writes every time.
func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

// cell holds one value of a row as scanned; which field is used depends on the column's kind.
type cell struct {
	kind kind
	str  sql.NullString
	num  sql.NullInt64
	flt  sql.NullFloat64
	bln  sql.NullBool
	tim  sql.NullTime
	// raw is a JSON or bytes value, nil for NULL.
	raw []byte
}

// dest is what rows.Scan fills.
func (c *cell) dest() any {
	switch c.kind {
	case kindInt:
		return &c.num
	case kindFloat:
		return &c.flt
	case kindBool:
		return &c.bln
	case kindTime:
		return &c.tim
	case kindJSON, kindBytes:
		c.raw = nil // Scan leaves a slice alone on NULL
		return &c.raw
	}
	return &c.str
}

func (c *cell) isNull() bool {
	switch c.kind {
	case kindInt:
		return !c.num.Valid
	case kindFloat:
		return !c.flt.Valid
	case kindBool:
		return !c.bln.Valid
	case kindTime:
		return !c.tim.Valid
	case kindJSON, kindBytes:
		return c.raw == nil
	}
	return !c.str.Valid
}

// appendJSON appends the value as JSON. A JSON column is re-encoded with sorted keys and no
// spaces, since PostgreSQL's jsonb gives back its own key order and spacing.
func (c *cell) appendJSON(b []byte) ([]byte, error) {
	if c.isNull() {
		return append(b, "null"...), nil
	}
	switch c.kind {
	case kindInt:
		return strconv.AppendInt(b, c.num.Int64, 10), nil
	case kindFloat:
		return strconv.AppendFloat(b, c.flt.Float64, 'f', -1, 64), nil
	case kindBool:
		return strconv.AppendBool(b, c.bln.Bool), nil
	case kindTime:
		b = append(b, '"')
		return append(c.tim.Time.UTC().AppendFormat(b, timeLayout), '"'), nil // formatTime, without allocating
	case kindJSON:
		canonical, err := canonicalJSON(c.raw)
		return append(b, canonical...), err
	case kindBytes:
		b = append(b, '"')
		return append(base64.StdEncoding.AppendEncode(b, c.raw), '"'), nil
	}
	return appendJSONString(b, c.str.String), nil
}

// text is the value as a CSV field or table cell: JSON values as JSON, NULL as empty.
func (c *cell) text() (string, error) {
	switch {
	case c.isNull():
		return "", nil
	case c.kind == kindString:
		return c.str.String, nil
	case c.kind == kindBytes:
		return base64.StdEncoding.EncodeToString(c.raw), nil
	case c.kind == kindTime:
		return formatTime(c.tim.Time), nil
	}
	b, err := c.appendJSON(nil)
	return string(b), err
}

func canonicalJSON(raw []byte) ([]byte, error) {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		return nil, fmt.Errorf("export: a JSON column holds invalid JSON: %w", err)
	}
	var out bytes.Buffer
	e := json.NewEncoder(&out)
	e.SetEscapeHTML(false) // the archive's JSON is not embedded in HTML
	if err := e.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(out.Bytes(), []byte("\n")), nil
}

// appendJSONString appends s as a JSON string. Strings are most of an archive, and this is
// several times faster than encoding/json, which allocates for each.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
