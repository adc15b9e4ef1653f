package profile

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/learnerportal/portal/server/errcode"
)

// Changes are the profile fields to set; nil leaves a field as it is.
type Changes struct {
	FirstName, LastName, Username, Gender           *string
	Phone, AddressLine1, AddressLine2, Town         *string
	Postcode, Country, JobTitle                     *string
	DateOfBirth                                     *time.Time
	ClearDateOfBirth                                bool
	Qualifications, SubjectsTaught, AgeGroupsTaught []string
	Interests                                       []string
	// SetLists records which list fields were given, since an empty list clears one.
	SetQualifications, SetSubjectsTaught, SetAgeGroupsTaught, SetInterests bool
}

// Limits on what a profile may hold.
const (
	MaxListEntries  = 50
	MaxListEntryLen = 100
	MinimumAge      = 13
)

var (
	usernamePattern = regexp.MustCompile(`^[A-Za-z0-9._-]{3,64}$`)
	phonePattern    = regexp.MustCompile(`^\+?[0-9 ()-]+$`)
	// The UK postcode format: outward code, then inward code of a digit and two letters.
	ukPostcodePattern = regexp.MustCompile(`^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$`)
)

// validate checks c and normalises it in place (trimmed text, canonical postcode). country is the
// profile's country after the change, which decides whether the postcode must be a UK one.
func validate(c *Changes, country string, today time.Time) error {
	var problems []errcode.FieldError
	bad := func(field, reason, format string, a ...any) {
		problems = append(problems, errcode.FieldError{Field: field, Reason: reason, Message: fmt.Sprintf(format, a...)})
	}
	text := []struct {
		field string
		value *string
		max   int
	}{
		{"firstName", c.FirstName, 100}, {"lastName", c.LastName, 100}, {"username", c.Username, 64},
		{"gender", c.Gender, 64}, {"phone", c.Phone, 32}, {"addressLine1", c.AddressLine1, 200},
		{"addressLine2", c.AddressLine2, 200}, {"town", c.Town, 100}, {"postcode", c.Postcode, 16},
		{"country", c.Country, 100}, {"jobTitle", c.JobTitle, 200},
	}
	for _, t := range text {
		if t.value == nil {
			continue
		}
		*t.value = strings.TrimSpace(*t.value)
		switch {
		case utf8.RuneCountInString(*t.value) > t.max:
			bad(t.field, "TOO_LONG", "Use at most %d characters.", t.max)
		case hasControl(*t.value):
			bad(t.field, "INVALID_CHARACTERS", "Remove line breaks and other control characters.")
		}
	}
	if c.Username != nil && *c.Username != "" && !usernamePattern.MatchString(*c.Username) {
		bad("username", "INVALID_FORMAT", "Use 3 to 64 letters, digits, dots, hyphens or underscores.")
	}
	if c.Phone != nil && *c.Phone != "" {
		if digits := countDigits(*c.Phone); !phonePattern.MatchString(*c.Phone) || digits < 7 || digits > 15 {
			bad("phone", "INVALID_FORMAT", "Enter a phone number of 7 to 15 digits, such as 020 7946 0000 or +44 20 7946 0000.")
		}
	}
	if c.Postcode != nil && *c.Postcode != "" && isUK(country) {
		canonical := canonicalPostcode(*c.Postcode)
		if !ukPostcodePattern.MatchString(canonical) {
			bad("postcode", "INVALID_FORMAT", "Enter a UK postcode, such as SW1A 1AA.")
		} else {
			*c.Postcode = canonical
		}
	}
	if c.DateOfBirth != nil {
		dob := *c.DateOfBirth
		switch {
		case !dob.Before(today):
			bad("dateOfBirth", "IN_FUTURE", "A date of birth must be in the past.")
		case dob.AddDate(MinimumAge, 0, 0).After(today):
			bad("dateOfBirth", "TOO_YOUNG", "Learners must be at least %d years old.", MinimumAge)
		case dob.Before(today.AddDate(-120, 0, 0)):
			bad("dateOfBirth", "TOO_OLD", "Check the year: that is more than 120 years ago.")
		}
	}
	lists := []struct {
		field  string
		values []string
	}{
		{"qualifications", c.Qualifications}, {"subjectsTaught", c.SubjectsTaught},
		{"ageGroupsTaught", c.AgeGroupsTaught}, {"interests", c.Interests},
	}
	for _, l := range lists {
		if len(l.values) > MaxListEntries {
			bad(l.field, "TOO_MANY", "List at most %d entries.", MaxListEntries)
			continue
		}
		for i, v := range l.values {
			l.values[i] = strings.TrimSpace(v)
			if l.values[i] == "" || utf8.RuneCountInString(l.values[i]) > MaxListEntryLen || hasControl(l.values[i]) {
				bad(l.field, "INVALID_ENTRY", "Each entry needs 1 to %d characters on one line.", MaxListEntryLen)
				break
			}
		}
	}
	return errcode.Invalid(problems)
}

func hasControl(s string) bool { return strings.ContainsFunc(s, unicode.IsControl) }

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

func isUK(country string) bool {
	switch strings.ToLower(strings.TrimSpace(country)) {
	case "", "uk", "united kingdom", "gb", "great britain", "england", "scotland", "wales", "northern ireland":
		return true
	}
	return false
}

// canonicalPostcode upper-cases a postcode and puts one space before the inward code.
func canonicalPostcode(s string) string {
	compact := strings.ToUpper(strings.Join(strings.Fields(s), ""))
	if len(compact) < 5 {
		return compact
	}
	return compact[:len(compact)-3] + " " + compact[len(compact)-3:]
}
