package audit

import (
	"context"
	"fmt"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/auditentry"
	"github.com/learnerportal/portal/server/viewer"
)

// Attach makes client audit itself: reads of other people's data are recorded in the context's
// Recorder, and changes are written as entries in the same transaction as the change.
func Attach(client *ent.Client, now func() time.Time) {
	client.Intercept(reads(client))
	client.Use(changes(now))
}

func reads(client *ent.Client) ent.Interceptor {
	return ent.InterceptFunc(func(next ent.Querier) ent.Querier {
		return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
			value, err := next.Query(ctx, q)
			if err != nil {
				return value, err
			}
			v, ok := viewer.FromContext(ctx)
			if !ok || v.Role == viewer.System {
				return value, nil
			}
			entity, subjectIDs, personal, err := subjects(ctx, client, value)
			if err != nil || !personal || notPersonal[entity] {
				return value, err
			}
			var rec *Recorder
			for _, id := range subjectIDs {
				if id == v.UserID || id == 0 {
					continue
				}
				if rec == nil {
					if rec = recorderFrom(ctx); rec == nil {
						return nil, ErrNoRecorder
					}
				}
				rec.addRead(entity, id)
			}
			return value, nil
		})
	})
}

// clientMutation is what every generated mutation offers: the client of its transaction.
type clientMutation interface {
	ent.Mutation
	Client() *ent.Client
	ID() (int, bool)
	IDs(context.Context) ([]int, error)
}

func changes(now func() time.Time) ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			v, ok := viewer.FromContext(ctx)
			if !ok || v.Role == viewer.System || notPersonal[m.Type()] || m.Type() == "Session" {
				return next.Mutate(ctx, m)
			}
			cm, ok := m.(clientMutation)
			if !ok {
				return nil, fmt.Errorf("audit: mutation %T has no client", m)
			}
			action := actionOf(m.Op())
			var ids []int
			if !m.Op().Is(ent.OpCreate) {
				var err error
				if ids, err = cm.IDs(ctx); err != nil {
					return nil, err
				}
			}
			value, err := next.Mutate(ctx, m)
			if err != nil {
				return value, err
			}
			entry := newEntry(cm.Client(), v, 0, requestIDFrom(ctx), now()).
				SetAction(action).SetEntity(m.Type()).SetCount(max(len(ids), 1))
			if _, subjectIDs, personal, err := subjects(ctx, cm.Client(), value); err != nil {
				return nil, err
			} else if personal && len(subjectIDs) == 1 {
				entry.SetSubjectID(subjectIDs[0]).SetActorRole(actorRole(v, subjectIDs[0]))
			}
			if id, ok := cm.ID(); ok {
				entry.SetEntityID(id)
			} else if len(ids) == 1 {
				entry.SetEntityID(ids[0])
			}
			return value, entry.Exec(systemContext(ctx))
		})
	}
}

func actionOf(op ent.Op) auditentry.Action {
	switch {
	case op.Is(ent.OpCreate):
		return auditentry.ActionCreate
	case op.Is(ent.OpDelete | ent.OpDeleteOne):
		return auditentry.ActionDelete
	}
	return auditentry.ActionUpdate
}

type requestIDKey struct{}

// WithRequestID tags ctx with the HTTP request ID, written on every entry made under it.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

func requestIDFrom(ctx context.Context) string {
	if r := recorderFrom(ctx); r != nil && r.requestID != "" {
		return r.requestID
	}
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}
