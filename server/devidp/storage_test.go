package devidp

import (
	"errors"
	"testing"
	"time"

	"github.com/zitadel/oidc/v3/pkg/oidc"
)

// TestAuthRequestExpires drives the storage clock directly, so expiry is
// tested without waiting.
func TestAuthRequestExpires(t *testing.T) {
	tests := []struct {
		name    string
		elapsed time.Duration
		wantErr error
	}{
		{"fresh", time.Minute, nil},
		{"expired", authRequestLifetime + time.Second, errUnknownAuthRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := newStorage("http://localhost/dev-idp", testUsers, []Client{{
				ID: "c", Secret: "s", RedirectURIs: []string{"http://localhost/cb"},
			}})
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			s.now = func() time.Time { return start }
			ar, err := s.CreateAuthRequest(t.Context(), &oidc.AuthRequest{
				ClientID:            "c",
				CodeChallenge:       "challenge",
				CodeChallengeMethod: oidc.CodeChallengeMethodS256,
			}, "")
			if err != nil {
				t.Fatal(err)
			}
			s.now = func() time.Time { return start.Add(tt.elapsed) }
			err = s.authenticate(ar.GetID(), "learner@example.com", demoPassword)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("authenticate after %v: %v, want %v", tt.elapsed, err, tt.wantErr)
			}
		})
	}
}
