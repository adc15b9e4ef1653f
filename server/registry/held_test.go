package registry

import (
	"testing"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/datapurpose"
)

func TestHeldSaysHowLongAndUntilWhen(t *testing.T) {
	lastLogin := time.Date(2026, 5, 10, 9, 0, 0, 0, time.UTC)
	u := &ent.User{CreatedAt: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), LastLoginAt: &lastLogin}
	tests := []struct {
		name      string
		purpose   *ent.DataPurpose
		retention string
		until     string
	}{
		{"tax records", &ent.DataPurpose{RetentionMonths: 72, RetentionFrom: datapurpose.RetentionFromRelationshipEnd},
			"While you have an account with us, then 6 years after it ends.", ""},
		{"sign-in records", &ent.DataPurpose{RetentionMonths: 12, RetentionFrom: datapurpose.RetentionFromCollection},
			"Each item for 1 year after we collect it.", ""},
		{"profiling", &ent.DataPurpose{RetentionMonths: 24, RetentionFrom: datapurpose.RetentionFromLastActivity},
			"2 years after your last activity.", "2028-05-10"},
		{"a single month", &ent.DataPurpose{RetentionMonths: 1, RetentionFrom: datapurpose.RetentionFromCollection},
			"Each item for 1 month after we collect it.", ""},
		{"eighteen months", &ent.DataPurpose{RetentionMonths: 18, RetentionFrom: datapurpose.RetentionFromCollection},
			"Each item for 18 months after we collect it.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := held(tt.purpose, u)
			until := ""
			if h.KeptUntil != nil {
				until = h.KeptUntil.Format("2006-01-02")
			}
			if h.Retention != tt.retention || until != tt.until {
				t.Errorf("held = %q until %q, want %q until %q", h.Retention, until, tt.retention, tt.until)
			}
		})
	}
}
