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
	"github.com/learnerportal/portal/server/consent"
	"github.com/learnerportal/portal/server/organisation"
	"github.com/learnerportal/portal/server/policy"
	"github.com/learnerportal/portal/server/preference"
	"github.com/learnerportal/portal/server/profile"
	"github.com/learnerportal/portal/server/request"
	"github.com/learnerportal/portal/server/viewer"
)

// ComplexityLimit bounds how much work one operation may ask for. A connection costs its page
// size times the fields of a row, so a 100-row page of a few dozen fields fits, and a request
// for every user's every record does not.
const ComplexityLimit = 5000

// Config is what the GraphQL endpoint needs.
type Config struct {
	Client *ent.Client
	// TxOpener begins the transaction each mutation runs in (storage.Store.OpenTx).
	TxOpener entgql.TxOpener
	Profiles *profile.Service
	Requests *request.Service
	Eraser   Eraser
	// Now is the clock of the account capabilities.
	Now    func() time.Time
	Logger *slog.Logger
	// OpenIntrospection lets anyone introspect (development); otherwise only staff may.
	OpenIntrospection bool
}

// NewHandler returns the /graphql endpoint. It takes JSON POSTs and query-only GETs: no
// transport accepts the form encodings a cross-site HTML form can send.
func NewHandler(c Config) *handler.Server {
	srv := handler.New(pagedSchema{generated.NewExecutableSchema(generated.Config{
		Resolvers: &Resolver{
			client: c.Client, profiles: c.Profiles, requests: c.Requests, eraser: c.Eraser, now: c.Now, orgs: organisation.NewService(c.Now),
			consents: consent.NewService(c.Now), preferences: preference.NewService(c.Now), policies: policy.NewService(c.Now),
		},
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
	// Outermost: whatever produced an error without a code (the transactioner's begin or commit),
	// the client sees only "Internal error.".
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		hideUncoded(ctx, c.Logger, resp)
		return resp
	})
	srv.Use(entgql.Transactioner{TxOpener: c.TxOpener})
	// Inside the transactioner: the reads a mutation made are written in its transaction, so a
	// failure to audit them undoes the mutation instead of reporting a committed change as failed.
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		rec := audit.RecorderFrom(ctx)
		if rec == nil {
			return resp
		}
		client := c.Client
		if tx := ent.FromContext(ctx); tx != nil {
			client = tx
		}
		if err := rec.Flush(ctx, client); err != nil {
			c.Logger.ErrorContext(ctx, "graphql: writing the audit trail", "error", err)
			return graphql.ErrorResponse(ctx, "writing the audit trail failed")
		}
		return resp
	})
	srv.SetErrorPresenter(presenter(c.Logger))
	srv.SetRecoverFunc(recoverPanic(c.Logger))
	return srv
}
