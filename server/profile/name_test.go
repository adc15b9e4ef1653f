package profile

import (
	"testing"

	"github.com/learnerportal/portal/ent"
)

func TestName(t *testing.T) {
	tests := []struct {
		name    string
		profile *ent.Profile
		want    string
	}{
		{"no profile", nil, "lucy@example.com"},
		{"empty names", &ent.Profile{}, "lucy@example.com"},
		{"both names", &ent.Profile{FirstName: "Lucy", LastName: "Learner"}, "Lucy Learner"},
		{"first name only", &ent.Profile{FirstName: "Lucy"}, "Lucy"},
		{"last name only", &ent.Profile{LastName: "Learner"}, "Learner"},
	}
	for _, tt := range tests {
		if got := Name(tt.profile, "lucy@example.com"); got != tt.want {
			t.Errorf("%s: Name = %q, want %q", tt.name, got, tt.want)
		}
	}
}
