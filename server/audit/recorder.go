// Package audit writes the audit trail: every read of a person's data by someone other than that
// person, and every change. Reads are caught by an ent interceptor and changes by an ent hook, so
// no resolver or capability package has to remember to audit.
package audit

import (
	"context"
	"errors"
	"sort"
	"sync"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/auditentry"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/schema/actor"
	"github.com/learnerportal/portal/server/viewer"
)

// ErrNoRecorder is returned by a read of someone else's data in a context that cannot audit it.
// Failing the read is the point: an unaudited access must not happen.
var ErrNoRecorder = errors.New("audit: read of another person's data outside an audited operation")

// Recorder gathers the reads of one operation (a GraphQL request, a download) so that they are
// written as one batch of entries, one per person and type of record, when the operation ends.
type Recorder struct {
	requestID string
	now       func() time.Time

	mu    sync.Mutex
	reads map[readKey]int
}

type readKey struct {
	subjectID int
	entity    string
}

type recorderKey struct{}

// WithRecorder returns a context whose reads are recorded, and the recorder to Flush at the end.
func WithRecorder(ctx context.Context, requestID string, now func() time.Time) (context.Context, *Recorder) {
	r := &Recorder{requestID: requestID, now: now, reads: map[readKey]int{}}
	return context.WithValue(ctx, recorderKey{}, r), r
}

func recorderFrom(ctx context.Context) *Recorder {
	r, _ := ctx.Value(recorderKey{}).(*Recorder)
	return r
}

func (r *Recorder) addRead(entity string, subjectID int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reads[readKey{subjectID, entity}]++
}

// Flush writes the recorded reads as audit entries, attributed to the viewer of ctx, and forgets
// them.
func (r *Recorder) Flush(ctx context.Context, client *ent.Client) error {
	r.mu.Lock()
	reads := r.reads
	r.reads = map[readKey]int{}
	r.mu.Unlock()
	if len(reads) == 0 {
		return nil
	}
	v, _ := viewer.FromContext(ctx)
	keys := make([]readKey, 0, len(reads))
	for k := range reads {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].subjectID != keys[j].subjectID {
			return keys[i].subjectID < keys[j].subjectID
		}
		return keys[i].entity < keys[j].entity
	})
	at := r.now()
	builders := make([]*ent.AuditEntryCreate, len(keys))
	for i, k := range keys {
		builders[i] = newEntry(client, v, k.subjectID, r.requestID, at).
			SetAction(auditentry.ActionRead).
			SetEntity(k.entity).
			SetCount(reads[k])
	}
	return client.AuditEntry.CreateBulk(builders...).Exec(systemContext(ctx))
}

func newEntry(client *ent.Client, v viewer.Viewer, subjectID int, requestID string, at time.Time) *ent.AuditEntryCreate {
	c := client.AuditEntry.Create().
		SetActorRole(ActorRole(v, subjectID)).
		SetRequestID(requestID).
		SetOccurredAt(at)
	if v.UserID != 0 {
		c.SetActorID(v.UserID)
	}
	if v.OrganisationID != 0 {
		c.SetActorOrganisationID(v.OrganisationID)
	}
	if subjectID != 0 {
		c.SetSubjectID(subjectID)
	}
	return c
}

// ActorRole is the capacity v acts in towards the person subjectID, as audit entries and the
// consent ledger record it. A learner can only ever act on their own data, so they always act as
// themselves.
func ActorRole(v viewer.Viewer, subjectID int) actor.Role {
	switch {
	case v.Role == viewer.System:
		return actor.System
	case v.UserID == subjectID || v.Role == viewer.Learner:
		return actor.Self
	case v.Role == viewer.EmployerAdmin:
		return actor.EmployerAdmin
	}
	return actor.Staff
}

// systemContext lets the audit writes themselves through the privacy policies, keeping the
// caller's deadline.
func systemContext(ctx context.Context) context.Context {
	return privacy.DecisionContext(viewer.SystemContext(ctx), privacy.Allow)
}

// RecorderFrom returns the recorder of ctx, or nil.
func RecorderFrom(ctx context.Context) *Recorder { return recorderFrom(ctx) }

// RecordDownload writes the audit entry of v downloading entity entityID, which holds the data of
// person subjectID. It is written at once, before the bytes are sent, so an aborted download is
// still on record.
func RecordDownload(ctx context.Context, client *ent.Client, v viewer.Viewer, subjectID int, entity string, entityID int, requestID string, at time.Time) error {
	return newEntry(client, v, subjectID, requestID, at).
		SetAction(auditentry.ActionDownload).SetEntity(entity).SetEntityID(entityID).
		Exec(systemContext(ctx))
}
