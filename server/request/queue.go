package request

import (
	"context"
	"slices"
	"sort"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/predicate"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/deadline"
)

// OpenStates are the states of a request that still needs an answer.
var OpenStates = []rightsrequest.State{submitted, working, awaiting, extended}

// QueueFilter narrows the staff queue. Without States it holds the open requests.
type QueueFilter struct {
	Types          []rightsrequest.Type
	States         []rightsrequest.State
	OrganisationID int
	// SubmittedBy is "", "SELF", "EMPLOYER_ADMIN" or "STAFF".
	SubmittedBy string
	OverdueOnly bool
}

// Queue returns the query of the staff queue, to be paged in due-date order.
func (s *Service) Queue(client *ent.Client, f QueueFilter) *ent.RightsRequestQuery {
	states := f.States
	if len(states) == 0 {
		states = OpenStates
	}
	q := client.RightsRequest.Query().Where(rightsrequest.StateIn(states...))
	if len(f.Types) > 0 {
		q.Where(rightsrequest.TypeIn(f.Types...))
	}
	if f.OrganisationID != 0 {
		// Made for the organisation by its admin, or by (or for) someone who belongs to it.
		q.Where(rightsrequest.Or(
			rightsrequest.OrganisationID(f.OrganisationID),
			rightsrequest.HasSubjectWith(user.HasMembershipsWith(membership.OrganisationID(f.OrganisationID), membership.EndedAtIsNil())),
		))
	}
	switch f.SubmittedBy {
	case "SELF":
		q.Where(submittedByTheSubject())
	case "EMPLOYER_ADMIN":
		q.Where(rightsrequest.OrganisationIDNotNil())
	case "STAFF":
		q.Where(rightsrequest.HasSubmittedByWith(user.RoleEQ(user.RoleStaff)), rightsrequest.Not(submittedByTheSubject()))
	}
	if f.OverdueOnly {
		q.Where(s.overdue(s.now()))
	}
	return q
}

func submittedByTheSubject() predicate.RightsRequest {
	return func(sel *sql.Selector) {
		sel.Where(sql.ColumnsEQ(sel.C(rightsrequest.FieldSubmittedByID), sel.C(rightsrequest.FieldSubjectID)))
	}
}

// overdue selects open, running requests whose due date has passed.
func (s *Service) overdue(now time.Time) predicate.RightsRequest {
	return rightsrequest.And(
		rightsrequest.StateIn(OpenStates...),
		rightsrequest.PausedAtIsNil(),
		rightsrequest.DueAtLT(deadline.StartOfDay(now)),
	)
}

// Overdue reports whether r is open, running and past its due date at the service's now.
func (s *Service) Overdue(r *ent.RightsRequest) bool {
	return IsOpen(r.State) && r.PausedAt == nil && s.clock.Overdue(r.DueAt, s.now())
}

// DueSoon reports whether r is open, running and due within 7 days.
func (s *Service) DueSoon(r *ent.RightsRequest) bool {
	return IsOpen(r.State) && r.PausedAt == nil && !s.clock.Overdue(r.DueAt, s.now()) && s.clock.DueSoon(r.DueAt, s.now())
}

// Figures is how the queue stands.
type Figures struct {
	Open, Overdue, DueSoon, CompletedThisMonth int
	// MedianDaysToClose is over requests answered (completed or rejected) in the last 12 months;
	// nil when there were none.
	MedianDaysToClose *float64
}

// QueueFigures are the figures overall and per request type.
type QueueFigures struct {
	Total  Figures
	ByType map[rightsrequest.Type]Figures
}

// Figures computes the queue's figures from the open requests and those closed in the last year.
func (s *Service) Figures(ctx context.Context, client *ent.Client) (QueueFigures, error) {
	now := s.now()
	rows, err := client.RightsRequest.Query().
		Where(rightsrequest.Or(rightsrequest.StateIn(OpenStates...), rightsrequest.ClosedAtGTE(now.AddDate(-1, 0, 0)))).
		Select(rightsrequest.FieldType, rightsrequest.FieldState, rightsrequest.FieldReceivedAt,
			rightsrequest.FieldDueAt, rightsrequest.FieldPausedAt, rightsrequest.FieldClosedAt).
		All(ctx)
	if err != nil {
		return QueueFigures{}, err
	}
	today := deadline.StartOfDay(now) // in London, so Day is the UK day of the month
	monthStart := today.AddDate(0, 0, 1-today.Day())
	total, byType := tally{}, map[rightsrequest.Type]*tally{}
	for _, r := range rows {
		if byType[r.Type] == nil {
			byType[r.Type] = &tally{}
		}
		for _, t := range []*tally{&total, byType[r.Type]} {
			t.add(s, r, monthStart)
		}
	}
	out := QueueFigures{Total: total.figures(), ByType: map[rightsrequest.Type]Figures{}}
	for kind, t := range byType {
		out.ByType[kind] = t.figures()
	}
	return out, nil
}

type tally struct {
	Figures
	days []int
}

func (t *tally) add(s *Service, r *ent.RightsRequest, monthStart time.Time) {
	switch {
	case IsOpen(r.State):
		t.Open++
		if s.Overdue(r) {
			t.Overdue++
		} else if s.DueSoon(r) {
			t.DueSoon++
		}
	case r.ClosedAt != nil && (r.State == completed || r.State == rejected):
		if r.State == completed && !r.ClosedAt.Before(monthStart) {
			t.CompletedThisMonth++
		}
		t.days = append(t.days, deadline.CalendarDays(r.ReceivedAt, *r.ClosedAt))
	}
}

func (t *tally) figures() Figures {
	f := t.Figures
	if len(t.days) > 0 {
		sort.Ints(t.days)
		mid := len(t.days) / 2
		median := float64(t.days[mid])
		if len(t.days)%2 == 0 {
			median = float64(t.days[mid-1]+t.days[mid]) / 2
		}
		f.MedianDaysToClose = &median
	}
	return f
}

// SortedTypes lists request types in the order the API shows them.
func SortedTypes(byType map[rightsrequest.Type]Figures) []rightsrequest.Type {
	types := make([]rightsrequest.Type, 0, len(byType))
	for kind := range byType {
		types = append(types, kind)
	}
	slices.Sort(types)
	return types
}
