package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

func TestPresenterGivesEveryErrorACode(t *testing.T) {
	signedIn := viewer.NewContext(context.Background(), viewer.Viewer{UserID: 1, Role: viewer.Learner})
	anonymous := context.Background()
	notFound, invalid, conflict := entErrors(t)
	tests := []struct {
		name    string
		ctx     context.Context
		err     error
		code    string
		message string
	}{
		{"coded", signedIn, errcode.New(errcode.Validation, "Use at most 100 characters."), "VALIDATION", "Use at most 100 characters."},
		{"wrapped coded", signedIn, fmt.Errorf("updating: %w", errcode.New(errcode.NotFound, "No profile.")), "NOT_FOUND", "No profile."},
		{"privacy denial", signedIn, fmt.Errorf("ent: %w", privacy.Deny), "FORBIDDEN", "You do not have access to this."},
		{"privacy denial without a viewer", anonymous, privacy.Denyf("no viewer in context"), "UNAUTHENTICATED", "Sign in to continue."},
		{"not found", signedIn, notFound, "NOT_FOUND", "Not found."},
		{"ent validation", signedIn, invalid, "VALIDATION", "The input is not valid."},
		{"constraint", signedIn, conflict, "CONFLICT", "That conflicts with data already held."},
		{"driver failure", signedIn, errors.New(`pq: relation "users" does not exist`), "INTERNAL", "Internal error."},
	}
	present := presenter(slog.New(slog.NewTextHandler(io.Discard, nil)))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := graphql.WithResponseContext(tt.ctx, graphql.DefaultErrorPresenter, nil)
			got := present(ctx, tt.err)
			if got.Extensions["code"] != tt.code || got.Message != tt.message {
				t.Errorf("presented %q %v, want %q %q", got.Message, got.Extensions, tt.message, tt.code)
			}
		})
	}
}

// entErrors makes ent fail for real on SQLite: a missing row, an invalid field, a duplicate.
func entErrors(t *testing.T) (notFound, invalid, conflict error) {
	ctx := viewer.SystemContext(context.Background())
	client := storagetest.Open(t, time.Now).Client
	_, notFound = client.User.Get(ctx, 42)
	_, invalid = client.Organisation.Create().SetName("").Save(ctx)
	_, _ = client.Organisation.Create().SetName("Acme Ltd").Save(ctx)
	_, conflict = client.Organisation.Create().SetName("Acme Ltd").Save(ctx)
	if !ent.IsNotFound(notFound) || !ent.IsValidationError(invalid) || !ent.IsConstraintError(conflict) {
		t.Fatalf("unexpected ent errors: %v / %v / %v", notFound, invalid, conflict)
	}
	return notFound, invalid, conflict
}

func TestHideUncodedReplacesInternalText(t *testing.T) {
	resp := &graphql.Response{Errors: gqlerror.List{
		{Message: "cannot commit transaction: database is locked"},
		{Message: "Sign in to continue.", Extensions: map[string]any{"code": "UNAUTHENTICATED"}},
	}}
	hideUncoded(context.Background(), slog.New(slog.NewTextHandler(io.Discard, nil)), resp)
	if resp.Errors[0].Message != "Internal error." || resp.Errors[0].Extensions["code"] != "INTERNAL" {
		t.Errorf("uncoded error shown as %q %v", resp.Errors[0].Message, resp.Errors[0].Extensions)
	}
	if resp.Errors[1].Message != "Sign in to continue." {
		t.Errorf("coded error changed to %q", resp.Errors[1].Message)
	}
}
