package portal_test

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestUpdateProfileValidationErrorsCarryCodes(t *testing.T) {
	h := start(t)
	b := h.as("learner@example.com")
	const mutation = `mutation($in: UpdateProfileInput!) { updateProfile(input: $in) { firstName postcode dateOfBirth phone } }`
	tests := []struct {
		name   string
		input  map[string]any
		code   string
		fields map[string]string // field → reason
	}{
		{"bad postcode and phone", map[string]any{"postcode": "nope", "phone": "call me"}, "VALIDATION", map[string]string{"postcode": "INVALID_FORMAT", "phone": "INVALID_FORMAT"}},
		{"too young", map[string]any{"dateOfBirth": "2020-01-01"}, "VALIDATION", map[string]string{"dateOfBirth": "TOO_YOUNG"}},
		{"not a date", map[string]any{"dateOfBirth": "2001-13-45"}, "", nil},
		{"unknown field", map[string]any{"shoeSize": "9"}, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := h.gql(b, mutation, map[string]any{"in": tt.input})
			if len(got.Errors) == 0 {
				t.Fatalf("accepted: %s", got.Data)
			}
			if tt.code != "" && got.code() != tt.code {
				t.Fatalf("code %q, want %q", got.code(), tt.code)
			}
			if got.code() == "INTERNAL" || got.code() == "" {
				t.Fatalf("an input mistake must have a client code, got %q (%s)", got.code(), got.Errors[0].Message)
			}
			raw, _ := json.Marshal(got.Errors[0].Extensions["fields"])
			var fields []struct{ Field, Reason, Message string }
			_ = json.Unmarshal(raw, &fields)
			for field, reason := range tt.fields {
				found := false
				for _, f := range fields {
					found = found || (f.Field == field && f.Reason == reason && f.Message != "")
				}
				if !found {
					t.Errorf("extensions.fields %s lacks %s/%s", raw, field, reason)
				}
			}
		})
	}
	// Nothing of a refused change was stored.
	me := h.gql(b, `{ me { profile { postcode phone } } }`, nil)
	if contains(string(me.Data), "nope") || contains(string(me.Data), "call me") {
		t.Errorf("refused values were stored: %s", me.Data)
	}
	// Length is counted in characters, not bytes.
	accented := strings.Repeat("é", 60)
	if got := h.gql(b, mutation, map[string]any{"in": map[string]any{"lastName": accented}}); got.code() != "" {
		t.Fatalf("60 accented letters: %+v", got.Errors)
	}
	// A valid change is stored, normalised.
	got := h.gql(b, mutation, map[string]any{"in": map[string]any{"postcode": "ls6 2ab", "firstName": " Lucy ", "dateOfBirth": "1990-05-17"}})
	if got.code() != "" || !contains(string(got.Data), `"postcode":"LS6 2AB"`) || !contains(string(got.Data), `"dateOfBirth":"1990-05-17"`) {
		t.Fatalf("valid change: %s %+v", got.Data, got.Errors)
	}
}
