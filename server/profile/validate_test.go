package profile

import (
	"strings"
	"testing"
	"time"

	"github.com/learnerportal/portal/server/errcode"
)

func ptr[T any](v T) *T { return &v }

var today = time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)

func TestValidateRefuses(t *testing.T) {
	tests := []struct {
		name    string
		changes Changes
		country string
		field   string
		reason  string
	}{
		{"first name too long", Changes{FirstName: ptr(strings.Repeat("a", 101))}, "", "firstName", "TOO_LONG"},
		{"last name with a line break", Changes{LastName: ptr("Smith\nJones")}, "", "lastName", "INVALID_CHARACTERS"},
		{"username with a space", Changes{Username: ptr("lucy learner")}, "", "username", "INVALID_FORMAT"},
		{"username too short", Changes{Username: ptr("lu")}, "", "username", "INVALID_FORMAT"},
		{"phone with letters", Changes{Phone: ptr("call me")}, "", "phone", "INVALID_FORMAT"},
		{"phone too short", Changes{Phone: ptr("12345")}, "", "phone", "INVALID_FORMAT"},
		{"phone too long", Changes{Phone: ptr("+44 1234 567 890 123 4")}, "", "phone", "INVALID_FORMAT"},
		{"not a UK postcode", Changes{Postcode: ptr("12345")}, "United Kingdom", "postcode", "INVALID_FORMAT"},
		{"not a UK postcode, no country", Changes{Postcode: ptr("ABC")}, "", "postcode", "INVALID_FORMAT"},
		{"date of birth today", Changes{DateOfBirth: ptr(today)}, "", "dateOfBirth", "IN_FUTURE"},
		{"date of birth in the future", Changes{DateOfBirth: ptr(today.AddDate(1, 0, 0))}, "", "dateOfBirth", "IN_FUTURE"},
		{"twelve years old", Changes{DateOfBirth: ptr(today.AddDate(-12, 0, 0))}, "", "dateOfBirth", "TOO_YOUNG"},
		{"born 121 years ago", Changes{DateOfBirth: ptr(today.AddDate(-121, 0, 0))}, "", "dateOfBirth", "TOO_OLD"},
		{"too many interests", Changes{Interests: make([]string, 51)}, "", "interests", "TOO_MANY"},
		{"empty qualification", Changes{Qualifications: []string{"PGCE", "  "}}, "", "qualifications", "INVALID_ENTRY"},
		{"long subject", Changes{SubjectsTaught: []string{strings.Repeat("x", 101)}}, "", "subjectsTaught", "INVALID_ENTRY"},
		{"job title too long", Changes{JobTitle: ptr(strings.Repeat("j", 201))}, "", "jobTitle", "TOO_LONG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := validate(&tt.changes, tt.country, today)
			coded, ok := errcode.As(err)
			if !ok || coded.Code != errcode.Validation {
				t.Fatalf("validate() = %v, want a VALIDATION error", err)
			}
			for _, f := range coded.Fields {
				if f.Field == tt.field && f.Reason == tt.reason && f.Message != "" {
					return
				}
			}
			t.Errorf("fields %+v lack %s/%s", coded.Fields, tt.field, tt.reason)
		})
	}
}

func TestValidateAcceptsAndNormalises(t *testing.T) {
	tests := []struct {
		name    string
		changes Changes
		country string
		check   func(Changes) bool
	}{
		{"postcode upper-cased and spaced", Changes{Postcode: ptr(" sw1a1aa ")}, "", func(c Changes) bool { return *c.Postcode == "SW1A 1AA" }},
		{"short postcode", Changes{Postcode: ptr("m11ae")}, "UK", func(c Changes) bool { return *c.Postcode == "M1 1AE" }},
		{"foreign postcode left alone", Changes{Postcode: ptr("75001")}, "France", func(c Changes) bool { return *c.Postcode == "75001" }},
		{"names trimmed", Changes{FirstName: ptr("  Lucy "), LastName: ptr("")}, "", func(c Changes) bool { return *c.FirstName == "Lucy" && *c.LastName == "" }},
		{"international phone", Changes{Phone: ptr("+44 (0)20 7946-0000")}, "", func(c Changes) bool { return true }},
		{"thirteen today", Changes{DateOfBirth: ptr(today.AddDate(-13, 0, 0))}, "", func(c Changes) bool { return true }},
		{"list entries trimmed", Changes{Interests: []string{" Safeguarding "}}, "", func(c Changes) bool { return c.Interests[0] == "Safeguarding" }},
		{"empty username clears it", Changes{Username: ptr("")}, "", func(c Changes) bool { return *c.Username == "" }},
		{"nothing to change", Changes{}, "", func(Changes) bool { return true }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := validate(&tt.changes, tt.country, today); err != nil {
				t.Fatalf("validate() = %v", err)
			}
			if !tt.check(tt.changes) {
				t.Errorf("not normalised: %+v", tt.changes)
			}
		})
	}
}

func TestValidateReportsEveryField(t *testing.T) {
	c := Changes{FirstName: ptr(strings.Repeat("a", 101)), Phone: ptr("x"), Postcode: ptr("nope")}
	coded, _ := errcode.As(validate(&c, "", today))
	if coded == nil || len(coded.Fields) != 3 {
		t.Fatalf("want three field errors, got %+v", coded)
	}
}
