package seed

import (
	"context"
	"time"

	"github.com/learnerportal/portal/ent/legalhold"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/schema/actor"
	"github.com/learnerportal/portal/server/deadline"
)

// demoRequest is a rights request of the demo data with the path it has taken so far.
type demoRequest struct {
	subject, submittedBy string
	kind                 rightsrequest.Type
	receivedDaysAgo      int
	description          string
	// wrong and right are a rectification's item and correct value.
	wrong, right string
	// path lists the states after SUBMITTED, each reached a day later than the one before.
	path     []rightsrequest.State
	messages []demoMessage
}

type demoMessage struct {
	from actor.Role
	body string
}

var demoRequests = []demoRequest{
	{subject: "learner@example.com", submittedBy: "learner@example.com", kind: rightsrequest.TypeAccess, receivedDaysAgo: 120,
		description: "Please send me a copy of everything you hold about me.",
		path:        []rightsrequest.State{rightsrequest.StateInProgress, rightsrequest.StateCompleted}},
	{subject: "learner@example.com", submittedBy: "learner@example.com", kind: rightsrequest.TypeObjection, receivedDaysAgo: 6,
		description: "I object to my course history being used to recommend courses.",
		path:        []rightsrequest.State{rightsrequest.StateInProgress}},
	{subject: "priya.shah@acme.example", submittedBy: "admin@acme.example", kind: rightsrequest.TypeErasure, receivedDaysAgo: 3,
		description: "Priya has left the safeguarding team and asked us to have her learner data erased."},
	{subject: "nina.ford@acme.example", submittedBy: "admin@acme.example", kind: rightsrequest.TypeAccess, receivedDaysAgo: 50,
		description: "Nina asked for a copy of her training records before leaving.",
		path:        []rightsrequest.State{rightsrequest.StateInProgress, rightsrequest.StateCompleted}},
	{subject: "omar.haddad@brightside.example", submittedBy: "omar.haddad@brightside.example", kind: rightsrequest.TypeRectification, receivedDaysAgo: 12,
		description: "My certificate for Mental Health First Aid has my name misspelt.",
		wrong:       "Certificate name (Mental Health First Aid)", right: "Omar Haddad",
		path: []rightsrequest.State{rightsrequest.StateAwaitingInformation},
		messages: []demoMessage{
			{actor.Staff, "Thank you. Could you confirm how your name should appear on the certificate?"},
		}},
	{subject: "ravi.patel@example.com", submittedBy: "ravi.patel@example.com", kind: rightsrequest.TypeErasure, receivedDaysAgo: 40,
		description: "Please delete my account and everything you hold about me.",
		path:        []rightsrequest.State{rightsrequest.StateInProgress, rightsrequest.StateExtended}},
}

func (s *seeder) requestsAndHolds(ctx context.Context, users, orgs map[string]int) error {
	clock := deadline.New(deadline.EnglandAndWales)
	staff := users["dpo@provider.example"]
	for _, d := range demoRequests {
		received := s.now.AddDate(0, 0, -d.receivedDaysAgo)
		extension := 0
		for _, st := range d.path {
			if st == rightsrequest.StateExtended {
				extension = 2
			}
		}
		create := s.tx.RightsRequest.Create().
			SetSubjectID(users[d.subject]).SetSubmittedByID(users[d.submittedBy]).
			SetType(d.kind).SetDescription(d.description).
			SetRectificationField(d.wrong).SetRectificationValue(d.right).
			SetReceivedAt(received).SetDueAt(clock.Due(received, extension, 0)).
			SetExtensionMonths(extension)
		if extension > 0 {
			create.SetExtensionReason("We are checking which records must be kept for tax before erasing the rest.")
		}
		if d.subject != d.submittedBy {
			create.SetOrganisationID(orgs[People[indexOf(d.submittedBy)].Organisation])
		}
		state, at := rightsrequest.StateSubmitted, received
		if len(d.path) > 0 {
			state = d.path[len(d.path)-1]
			at = received.AddDate(0, 0, len(d.path))
		}
		create.SetState(state)
		switch state {
		case rightsrequest.StateCompleted:
			create.SetClosedAt(at)
		default:
			create.SetOpenType(string(d.kind))
		}
		if state == rightsrequest.StateAwaitingInformation {
			create.SetPausedAt(at)
		}
		r, err := create.Save(ctx)
		if err != nil {
			return err
		}
		submitter := actor.Self
		if d.subject != d.submittedBy {
			submitter = actor.EmployerAdmin
		}
		events := []*struct {
			from, to rightsrequest.State
			role     actor.Role
			actorID  int
		}{{"", rightsrequest.StateSubmitted, submitter, users[d.submittedBy]}}
		prev := rightsrequest.StateSubmitted
		for _, st := range d.path {
			events = append(events, &struct {
				from, to rightsrequest.State
				role     actor.Role
				actorID  int
			}{prev, st, actor.Staff, staff})
			prev = st
		}
		for n, e := range events {
			if err := s.tx.RequestEvent.Create().SetRequestID(r.ID).SetActorID(e.actorID).SetActorRole(e.role).
				SetFromState(string(e.from)).SetToState(string(e.to)).SetOccurredAt(received.AddDate(0, 0, n)).Exec(ctx); err != nil {
				return err
			}
		}
		for n, m := range d.messages {
			if err := s.tx.RequestMessage.Create().SetRequestID(r.ID).SetAuthorID(staff).SetAuthorRole(m.from).
				SetBody(m.body).SetSentAt(at.Add(time.Duration(n+1) * time.Hour)).Exec(ctx); err != nil {
				return err
			}
		}
	}
	return s.tx.LegalHold.Create().SetUserID(users["ravi.patel@example.com"]).SetKind(legalhold.KindComplaint).
		SetReason("Mr Patel's complaint about a refund is with the Information Commissioner's Office; his records are kept until it is resolved.").
		SetPlacedByID(staff).SetPlacedAt(s.now.AddDate(0, 0, -30)).Exec(ctx)
}

func indexOf(email string) int {
	for i, p := range People {
		if p.Email == email {
			return i
		}
	}
	panic("seed: no demo person " + email)
}
