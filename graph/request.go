package graph

import (
	"context"

	"entgo.io/contrib/entgql"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/schema/actor"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/graph/model"
	"github.com/learnerportal/portal/server/request"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/viewer"
)

// act runs one request action in the mutation's transaction.
func (r *Resolver) act(ctx context.Context, id int, action request.Action, in request.ActInput) (*ent.RightsRequest, error) {
	if _, err := signedIn(ctx); err != nil {
		return nil, err
	}
	return r.requests.Act(ctx, storage.TxFrom(ctx), id, action, in)
}

func submitInput(in model.SubmitRequestInput) request.SubmitInput {
	return request.SubmitInput{
		Type:                 in.Type,
		SubjectID:            deref(in.SubjectID),
		Description:          deref(in.Description),
		RectificationField:   deref(in.RectificationField),
		RectificationValue:   deref(in.RectificationValue),
		ObjectionProcessing:  deref(in.ObjectionProcessing),
		PortabilityRecipient: deref(in.PortabilityRecipient),
	}
}

func queueFilter(f *model.RequestQueueFilter) request.QueueFilter {
	if f == nil {
		return request.QueueFilter{}
	}
	out := request.QueueFilter{Types: f.Types, States: f.States, OrganisationID: deref(f.OrganisationID), OverdueOnly: deref(f.Overdue)}
	if f.SubmittedBy != nil {
		out.SubmittedBy = string(*f.SubmittedBy)
	}
	return out
}

func queueFigures(f request.QueueFigures) *model.RequestQueueFigures {
	out := &model.RequestQueueFigures{Total: figures(f.Total)}
	for _, kind := range request.SortedTypes(f.ByType) {
		out.ByType = append(out.ByType, &model.RequestTypeFigures{Type: kind, Figures: figures(f.ByType[kind])})
	}
	return out
}

func figures(f request.Figures) *model.RequestFigures {
	return &model.RequestFigures{Open: f.Open, Overdue: f.Overdue, DueSoon: f.DueSoon,
		CompletedThisMonth: f.CompletedThisMonth, MedianDaysToClose: f.MedianDaysToClose}
}

func (r *Resolver) availableActions(ctx context.Context, req *ent.RightsRequest) []model.RequestAction {
	v, _ := viewer.FromContext(ctx)
	out := []model.RequestAction{}
	for _, a := range r.requests.Available(v, req) {
		out = append(out, model.RequestAction(a))
	}
	return out
}

// actorName is how the requester may know whoever acted: staff by their role, people by name.
func (r *Resolver) actorName(ctx context.Context, role actor.Role, id *int) (string, error) {
	switch {
	case role == actor.Staff:
		return "Provider staff", nil
	case role == actor.System || id == nil:
		return "The portal", nil
	}
	// The name of the requester or their admin, which everyone on the request already knows.
	u, err := r.client.User.Query().Where(user.ID(*id)).WithProfile().Only(viewer.SystemContext(ctx))
	if err != nil {
		return "", err
	}
	return request.DisplayName(u), nil
}

// submitterName is who submitted req, as its subject may know them (their employer admin by name
// and organisation, or "Provider staff"), or nil when the subject submitted it. Only the subject
// is told: another organisation's admin, who sees a request about their employee made before
// they joined, may not learn who administers the organisation they came from. A request made for
// someone else carries an organisation when their employer admin made it, none when staff did.
func (r *Resolver) submitterName(ctx context.Context, req *ent.RightsRequest) (*string, error) {
	v, _ := viewer.FromContext(ctx)
	if v.UserID != req.SubjectID || req.SubmittedByID == nil || *req.SubmittedByID == req.SubjectID {
		return nil, nil
	}
	if req.OrganisationID == nil {
		name, err := r.actorName(ctx, actor.Staff, req.SubmittedByID)
		return &name, err
	}
	name, err := r.actorName(ctx, actor.EmployerAdmin, req.SubmittedByID)
	if err != nil {
		return nil, err
	}
	// Read as the portal, as actorName reads the admin.
	org, err := r.client.Organisation.Get(viewer.SystemContext(ctx), *req.OrganisationID)
	if err != nil {
		return nil, err
	}
	name += " (" + org.Name + ")"
	return &name, nil
}

var (
	byDueDate = ent.WithRightsRequestOrder([]*ent.RightsRequestOrder{
		{Field: ent.RightsRequestOrderFieldDueAt, Direction: entgql.OrderDirectionAsc},
	})
	newestFirst = ent.WithRightsRequestOrder([]*ent.RightsRequestOrder{
		{Field: ent.RightsRequestOrderFieldReceivedAt, Direction: entgql.OrderDirectionDesc},
	})
)

func mine(v viewer.Viewer) func(*ent.RightsRequestQuery) {
	return func(q *ent.RightsRequestQuery) {
		q.Where(rightsrequest.Or(rightsrequest.SubjectID(v.UserID), rightsrequest.SubmittedByID(v.UserID)))
	}
}

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func bulkSubmission(rows []request.BulkRow) *model.BulkSubmission {
	out := &model.BulkSubmission{Rows: make([]*request.BulkRow, len(rows))}
	for i := range rows {
		out.Rows[i] = &rows[i]
		if rows[i].Outcome == request.Created {
			out.Created++
		} else {
			out.Refused++
		}
	}
	return out
}
