package audit

import (
	"context"
	"fmt"
	"slices"
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
			if !ok || v.Role == viewer.System || m.Type() == "AuditEntry" || m.Type() == "Session" {
				return next.Mutate(ctx, m)
			}
			cm, ok := m.(clientMutation)
			if !ok {
				return nil, fmt.Errorf("audit: mutation %T has no client", m)
			}
			// Whom an update or deletion touches is read before it runs: afterwards a deletion
			// has nothing left to read.
			var touched map[int]int
			var ids []int
			if !m.Op().Is(ent.OpCreate) {
				var err error
				if ids, err = cm.IDs(ctx); err != nil {
					return nil, err
				}
				if touched, err = subjectsOfIDs(ctx, cm.Client(), ids); err != nil {
					return nil, err
				}
			}
			value, err := next.Mutate(ctx, m)
			if err != nil {
				return value, err
			}
			if m.Op().Is(ent.OpCreate) {
				_, people, _, err := subjects(ctx, cm.Client(), value)
				if err != nil {
					return nil, err
				}
				touched = map[int]int{}
				for _, p := range people {
					touched[p]++
				}
				if id, ok := cm.ID(); ok {
					ids = []int{id}
				}
			}
			return value, writeChanges(ctx, cm.Client(), v, m, ids, touched, now())
		})
	}
}

// noderBatch is how many rows subjectsOfIDs loads per query.
const noderBatch = 1000

// subjectsOfIDs counts, per person, the rows among ids that are about them (0 for rows about no
// one), reading the rows in the portal's own name.
func subjectsOfIDs(ctx context.Context, client *ent.Client, ids []int) (map[int]int, error) {
	touched := map[int]int{}
	if len(ids) == 0 {
		return touched, nil
	}
	var nodes []ent.Noder
	// In bounded batches: one IN list of a million IDs exceeds every database's parameter limit.
	for batch := range slices.Chunk(ids, noderBatch) {
		some, err := client.Noders(systemContext(ctx), batch)
		if err != nil {
			return nil, err
		}
		nodes = append(nodes, some...)
	}
	for _, n := range nodes {
		_, people, _, err := subjects(ctx, client, n)
		if err != nil {
			return nil, err
		}
		for _, p := range people {
			touched[p]++
		}
		if len(people) == 0 {
			touched[0]++
		}
	}
	return touched, nil
}

// writeChanges records one entry per person a mutation touched (one without a person for
// reference data), in the mutation's transaction.
func writeChanges(ctx context.Context, client *ent.Client, v viewer.Viewer, m ent.Mutation, ids []int, touched map[int]int, at time.Time) error {
	if len(touched) == 0 {
		touched = map[int]int{0: max(len(ids), 1)}
	}
	builders := make([]*ent.AuditEntryCreate, 0, len(touched))
	for person, count := range touched {
		entry := newEntry(client, v, person, requestIDFrom(ctx), at).
			SetAction(actionOf(m.Op())).SetEntity(m.Type()).SetCount(count)
		if len(ids) == 1 {
			entry.SetEntityID(ids[0])
		}
		builders = append(builders, entry)
	}
	return client.AuditEntry.CreateBulk(builders...).Exec(systemContext(ctx))
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

func requestIDFrom(ctx context.Context) string {
	if r := recorderFrom(ctx); r != nil {
		return r.requestID
	}
	return ""
}
