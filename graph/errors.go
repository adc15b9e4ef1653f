package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/viewer"
)

// presenter gives every error a stable extensions.code. Expected failures keep their message;
// anything else is logged with the request ID and shown only as "Internal error", so no SQL,
// stack or driver text reaches a client.
func presenter(logger *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		gqlErr := graphql.DefaultErrorPresenter(ctx, err)
		coded := classify(ctx, err)
		if coded.Code == errcode.Internal {
			logger.ErrorContext(ctx, "graphql: internal error", "error", err, "path", gqlErr.Path.String())
		}
		gqlErr.Message = coded.Message
		gqlErr.Extensions = map[string]any{"code": coded.Code}
		if len(coded.Fields) > 0 {
			gqlErr.Extensions["fields"] = coded.Fields
		}
		return gqlErr
	}
}

func classify(ctx context.Context, err error) *errcode.Error {
	if coded, ok := errcode.As(err); ok {
		return coded
	}
	_, signedIn := viewer.FromContext(ctx)
	switch {
	case errors.Is(err, privacy.Deny) && !signedIn:
		return viewer.ErrSignedOut
	case errors.Is(err, privacy.Deny):
		return errcode.New(errcode.Forbidden, "You do not have access to this.")
	case ent.IsNotFound(err):
		return errcode.New(errcode.NotFound, "Not found.")
	case ent.IsValidationError(err):
		return errcode.New(errcode.Validation, "The input is not valid.")
	case ent.IsConstraintError(err):
		return errcode.New(errcode.Conflict, "That conflicts with data already held.")
	}
	var gqlErr *gqlerror.Error
	if errors.As(err, &gqlErr) && gqlErr.Unwrap() == nil && gqlErr.Extensions["code"] != nil {
		// Parse and validation errors from gqlparser already carry a code and a safe message.
		return errcode.New(fmt.Sprint(gqlErr.Extensions["code"]), gqlErr.Message)
	}
	return errcode.New(errcode.Internal, "Internal error.")
}

// recoverPanic turns a resolver panic into an INTERNAL error after logging it.
func recoverPanic(logger *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		logger.ErrorContext(ctx, "graphql: panic", "panic", p)
		return errcode.New(errcode.Internal, "Internal error.")
	}
}

// hideUncoded replaces the message of any error that did not pass through the presenter (the
// transactioner's begin and commit failures, an audit write failure) with "Internal error.", so
// no driver text reaches a client.
func hideUncoded(ctx context.Context, logger *slog.Logger, resp *graphql.Response) {
	if resp == nil {
		return
	}
	for _, e := range resp.Errors {
		if e.Extensions["code"] != nil {
			continue
		}
		logger.ErrorContext(ctx, "graphql: internal error", "error", e.Message)
		e.Message = "Internal error."
		e.Extensions = map[string]any{"code": errcode.Internal}
	}
}
