// Package graph is the GraphQL API: the schema files by capability (*.graphqls), ent.graphql
// written by entc, and thin resolvers that call ent or the capability packages in server/.
package graph

import (
	"context"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/server/consent"
	"github.com/learnerportal/portal/server/organisation"
	"github.com/learnerportal/portal/server/policy"
	"github.com/learnerportal/portal/server/preference"
	"github.com/learnerportal/portal/server/profile"
	"github.com/learnerportal/portal/server/request"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

// Resolver is the root of the resolvers' dependencies.
type Resolver struct {
	client      *ent.Client
	profiles    *profile.Service
	requests    *request.Service
	consents    *consent.Service
	preferences *preference.Service
	policies    *policy.Service
	eraser      Eraser
	orgs        *organisation.Service
	now         func() time.Time
}

// txClient is the ent client of the mutation's transaction. A mutation outside one is refused
// rather than run without its all-or-nothing guarantee.
func txClient(ctx context.Context) (*ent.Client, error) {
	if tx := storage.TxFrom(ctx); tx != nil {
		return tx.Client, nil
	}
	return nil, storage.ErrNoTx
}

// signedIn returns the viewer, or UNAUTHENTICATED.
func signedIn(ctx context.Context) (viewer.Viewer, error) { return viewer.SignedIn(ctx) }
