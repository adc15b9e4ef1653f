package graph

import (
	"context"
	"log/slog"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/graph/generated"
	"github.com/learnerportal/portal/server/audit"
	"github.com/learnerportal/portal/server/profile"
	"github.com/learnerportal/portal/server/viewer"
)

// ComplexityLimit bounds how much work one operation may ask for. A connection costs its page
// size times the fields of a row, so a 100-row page of a few dozen fields fits, and a request
// for every user's every record does not.
const ComplexityLimit = 5000

// Config is what the GraphQL endpoint needs.
type Config struct {
	Client   *ent.Client
	Profiles *profile.Service
	Logger   *slog.Logger
	Now      func() time.Time
	// OpenIntrospection lets anyone introspect (development); otherwise only staff may.
	OpenIntrospection bool
}

// NewHandler returns the /graphql endpoint. It takes JSON POSTs and query-only GETs: no
// transport accepts the form encodings a cross-site HTML form can send.
func NewHandler(c Config) *handler.Server {
	srv := handler.New(pagedSchema{generated.NewExecutableSchema(generated.Config{
		Resolvers:  &Resolver{client: c.Client, profiles: c.Profiles},
		Directives: generated.DirectiveRoot{HasRole: hasRole},
	})})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(pagination{})
	srv.Use(extension.FixedComplexityLimit(ComplexityLimit))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		if !c.OpenIntrospection {
			v, _ := viewer.FromContext(ctx)
			graphql.GetOperationContext(ctx).DisableIntrospection = !v.IsStaff()
		}
		return next(ctx)
	})
	// Registered before the transactioner, so it wraps it: the reads are written after the
	// mutation's transaction has committed.
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if rec := audit.RecorderFrom(ctx); rec != nil {
			if err := rec.Flush(ctx, c.Client); err != nil {
				c.Logger.ErrorContext(ctx, "graphql: writing the audit trail", "error", err)
				resp = graphql.ErrorResponse(ctx, "writing the audit trail failed")
			}
		}
		hideUncoded(ctx, c.Logger, resp)
		return resp
	})
	srv.Use(entgql.Transactioner{TxOpener: c.Client})
	srv.SetErrorPresenter(presenter(c.Logger))
	srv.SetRecoverFunc(recoverPanic(c.Logger))
	return srv
}
