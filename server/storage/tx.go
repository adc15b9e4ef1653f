package storage

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/server/viewer"
)

// Tx is one business action's transaction: the ent client that runs in it, and the same
// transaction as database/sql sees it, so that background jobs (River) are inserted atomically
// with the change they follow.
type Tx struct {
	Client *ent.Client
	SQL    *sql.Tx
}

type txKey struct{}

// TxFrom returns the transaction of ctx, or nil.
func TxFrom(ctx context.Context) *Tx {
	tx, _ := ctx.Value(txKey{}).(*Tx)
	return tx
}

// ErrNoTx is returned by capability code asked to change data outside a transaction.
var ErrNoTx = errors.New("storage: a business action must run in a transaction")

// ActingViewer returns the signed-in viewer of a business action, which must run in tx.
func ActingViewer(ctx context.Context, tx *Tx) (viewer.Viewer, error) {
	v, err := viewer.SignedIn(ctx)
	if err != nil {
		return v, err
	}
	if tx == nil {
		return v, ErrNoTx
	}
	return v, nil
}

// OpenTx begins a transaction and returns a context carrying it, both as a *Tx and as the ent
// client of ent.FromContext. It is the TxOpener of the GraphQL server: every mutation runs in one.
func (s *Store) OpenTx(ctx context.Context) (context.Context, driver.Tx, error) {
	sqlTx, err := s.DB.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("beginning a transaction: %w", err)
	}
	// A client bound to this one transaction, audited like the shared one.
	client := ent.NewClient(ent.Driver(inTx{entsql.NewDriver(s.Dialect, entsql.Conn{ExecQuerier: sqlTx})}))
	Configure(client, s.now)
	tx := &Tx{Client: client, SQL: sqlTx}
	ctx = context.WithValue(ent.NewContext(ctx, client), txKey{}, tx)
	return ctx, sqlTx, nil
}

// inTx is a driver bound to an open transaction. ent asks its driver for a transaction of its own
// around multi-statement writes; inside one that must be the same transaction, as ent's own Tx
// client does it.
type inTx struct{ *entsql.Driver }

func (d inTx) Tx(context.Context) (dialect.Tx, error) { return dialect.NopTx(d), nil }

// InTx runs fn in a transaction, committing when it returns nil and rolling back otherwise.
func (s *Store) InTx(ctx context.Context, fn func(ctx context.Context, tx *Tx) error) error {
	txCtx, sqlTx, err := s.OpenTx(ctx)
	if err != nil {
		return err
	}
	if err := fn(txCtx, TxFrom(txCtx)); err != nil {
		_ = sqlTx.Rollback()
		return err
	}
	return sqlTx.Commit()
}
