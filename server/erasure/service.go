// Package erasure carries out the right to erasure: it tells a person beforehand exactly what an
// erasure would delete and keep (Plan), then does it in one transaction (Execute). What is kept
// (financial records for tax, the request records for accountability, the closed account holding
// only one-way codes) is minimised and dated; the retention sweep purges it later.
//
// Preview and receipt have the same shape, outcome.Erasure, listing only kinds of record the
// person has (counts of zero are left out). Their categories are the data registry's categories
// (IDENTITY, CONTACT, PROFILE, LEARNING, TRANSACTIONS, TECHNICAL, MARKETING) plus REQUESTS and
// LEGAL_HOLDS. A kept item without an end date is kept while a legal hold lasts, or, for the
// closed account's one-way codes, for good.
package erasure

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/legalhold"
	"github.com/learnerportal/portal/ent/schema/outcome"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/profile"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

// DefaultRequestRetention is how long a closed request's record is kept for accountability unless
// WithRequestRetention says otherwise.
const DefaultRequestRetention = 3 * 365 * 24 * time.Hour

// MinKeyLength is the shortest suppression key New accepts.
const MinKeyLength = 32

// Service plans and executes erasures.
type Service struct {
	// emailKey keys the suppression hashes of email addresses; subjectKey, derived from it, keys
	// the tombstones of sign-in subjects, so that one can never be taken for the other.
	emailKey, subjectKey []byte
	now                  func() time.Time
	requestRetention     time.Duration
}

// Option changes a setting of the Service.
type Option func(*Service)

// WithRequestRetention sets how long request records are kept after closing (the configured
// REQUEST_RECORD_RETENTION_DAYS), which the preview and receipt tell the person.
func WithRequestRetention(d time.Duration) Option {
	return func(s *Service) { s.requestRetention = d }
}

// New returns a Service keyed with the suppression key (at least MinKeyLength bytes, which config
// checks at start-up) and dated by now.
func New(key []byte, now func() time.Time, opts ...Option) *Service {
	if len(key) < MinKeyLength {
		panic(fmt.Sprintf("erasure: the suppression key must be at least %d bytes", MinKeyLength))
	}
	s := &Service{
		emailKey:         key,
		subjectKey:       mac(key, "learnerportal/erasure/oidc-subject"),
		now:              now,
		requestRetention: DefaultRequestRetention,
	}
	for _, o := range opts {
		o(s)
	}
	return s
}

func mac(key []byte, message string) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(message))
	return h.Sum(nil)
}

// Plan says what erasing personID would do now: what it deletes, what it keeps, why and until
// when, and which legal holds stop it (when any does, everything is kept until they are
// released). It reads as the portal itself, so that holds hidden from an employer admin still
// count: the caller checks that its viewer may ask about personID.
func (s *Service) Plan(ctx context.Context, client *ent.Client, personID int) (*outcome.Erasure, error) {
	ctx, now := viewer.SystemContext(ctx), s.now()
	p, err := load(ctx, client, personID, false)
	if err != nil {
		return nil, err
	}
	lines, err := s.run(ctx, client, p, now, false)
	if err != nil {
		return nil, err
	}
	if len(p.holds) > 0 {
		return heldOutcome(now, lines, p.holds), nil
	}
	return erasedOutcome(now, lines), nil
}

// Execute erases personID in tx and returns the receipt. When a legal hold is active it changes
// nothing and returns a *HeldError. Running it again for an erased person changes nothing more.
// The writes are the portal's own: the caller has already decided that the erasure is due.
func (s *Service) Execute(ctx context.Context, tx *storage.Tx, personID int) (*outcome.Erasure, error) {
	if tx == nil {
		return nil, storage.ErrNoTx
	}
	ctx, now := viewer.SystemContext(ctx), s.now()
	p, err := load(ctx, tx.Client, personID, true)
	if err != nil {
		return nil, err
	}
	if len(p.holds) > 0 {
		return nil, &HeldError{Holds: notices(p.holds)}
	}
	lines, err := s.run(ctx, tx.Client, p, now, true)
	if err != nil {
		return nil, err
	}
	return erasedOutcome(now, lines), nil
}

// person is what an erasure reads about someone before it starts.
type person struct {
	user *ent.User
	// name is how emails to others (the staff digest) name them.
	name  string
	holds []*ent.LegalHold
}

// load reads person id with their active legal holds. With lock, on PostgreSQL, it locks their
// row until the transaction ends: placing a hold share-locks it (the hold's foreign key), so a hold
// placed meanwhile is either seen here or waits for the erasure. SQLite runs one writer at a time.
func load(ctx context.Context, client *ent.Client, id int, lock bool) (*person, error) {
	q := client.User.Query().Where(user.ID(id))
	if lock {
		q.Modify(func(s *sql.Selector) {
			if s.Dialect() == dialect.Postgres {
				s.ForUpdate()
			}
		})
	}
	u, err := q.WithProfile().
		WithLegalHolds(func(q *ent.LegalHoldQuery) {
			q.Where(legalhold.ReleasedAtIsNil()).Order(ent.Asc(legalhold.FieldPlacedAt))
		}).Only(ctx)
	if err != nil {
		return nil, fmt.Errorf("loading person %d: %w", id, err)
	}
	return &person{user: u, name: profile.Name(u.Edges.Profile, u.Email), holds: u.Edges.LegalHolds}, nil
}

// line is what the erasure does to one kind of record.
type line struct {
	category string
	// what names the records as the person would; kept, for records that stay, says what is
	// left of them.
	what, kept string
	count      int
	reason     string
	until      *time.Time
}

// run applies every part of the erasure to p, or with do false only counts what each would
// change, and returns the lines that concern p.
func (s *Service) run(ctx context.Context, c *ent.Client, p *person, now time.Time, do bool) ([]line, error) {
	var lines []line
	for _, part := range s.erasedParts(now) {
		n, err := part.apply(ctx, c, p, do)
		if err != nil {
			return nil, fmt.Errorf("erasing %s: %w", part.what, err)
		}
		if n > 0 {
			lines = append(lines, line{category: part.category, what: part.what, count: n})
		}
	}
	for _, part := range s.keptParts(now) {
		n, reason, until, err := part.keep(ctx, c, p, do)
		if err != nil {
			return nil, fmt.Errorf("keeping %s: %w", part.what, err)
		}
		if n > 0 {
			lines = append(lines, line{category: part.category, what: part.what, kept: part.kept, count: n, reason: reason, until: until})
		}
	}
	return lines, nil
}

func erasedOutcome(at time.Time, lines []line) *outcome.Erasure {
	e := &outcome.Erasure{At: at, Erased: []outcome.ErasedItem{}, Kept: []outcome.KeptItem{}, Holds: []outcome.HoldNotice{}}
	for _, l := range lines {
		if l.kept == "" {
			e.Erased = append(e.Erased, outcome.ErasedItem{Category: l.category, Description: l.what, Count: l.count})
		} else {
			e.Kept = append(e.Kept, outcome.KeptItem{Category: l.category, Description: l.kept, Reason: l.reason, Until: l.until, Count: l.count})
		}
	}
	return e
}

// heldReason is why everything is kept while a legal hold lasts.
const heldReason = "A legal hold stops us erasing your data until it is released; the holds are listed with their reasons."

func heldOutcome(at time.Time, lines []line, holds []*ent.LegalHold) *outcome.Erasure {
	e := &outcome.Erasure{At: at, Erased: []outcome.ErasedItem{}, Kept: []outcome.KeptItem{}, Holds: notices(holds)}
	for _, l := range lines {
		e.Kept = append(e.Kept, outcome.KeptItem{Category: l.category, Description: l.what, Reason: heldReason, Count: l.count})
	}
	return e
}

func notices(holds []*ent.LegalHold) []outcome.HoldNotice {
	out := make([]outcome.HoldNotice, len(holds))
	for i, h := range holds {
		out[i] = outcome.HoldNotice{Kind: string(h.Kind), Reason: h.Reason}
	}
	return out
}
