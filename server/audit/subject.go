package audit

import (
	"context"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/rightsrequest"
)

// Entities that hold no one's personal data, or whose reads are not accesses to a person's data:
// reference data, and the audit trail itself (auditing reads of it would never end).
var notPersonal = map[string]bool{
	"Organisation":     true,
	"DataPurpose":      true,
	"PolicyVersion":    true,
	"SuppressionEntry": true,
	"AuditEntry":       true,
}

// subjects returns, for a query or mutation result, the entity type and the ID of the person each
// row is about, and whether the value is a personal-data result at all. Rows that belong to a
// rights request are attributed through the request, which costs one lookup.
func subjects(ctx context.Context, client *ent.Client, v ent.Value) (string, []int, bool, error) {
	switch rows := v.(type) {
	case []*ent.User:
		return "User", mapIDs(rows, func(r *ent.User) int { return r.ID }), true, nil
	case []*ent.Membership:
		return "Membership", mapIDs(rows, func(r *ent.Membership) int { return r.UserID }), true, nil
	case []*ent.Profile:
		return "Profile", mapIDs(rows, func(r *ent.Profile) int { return r.UserID }), true, nil
	case []*ent.SurveyAnswer:
		return "SurveyAnswer", mapIDs(rows, func(r *ent.SurveyAnswer) int { return r.UserID }), true, nil
	case []*ent.LearningRecord:
		return "LearningRecord", mapIDs(rows, func(r *ent.LearningRecord) int { return r.UserID }), true, nil
	case []*ent.FinancialRecord:
		return "FinancialRecord", mapIDs(rows, func(r *ent.FinancialRecord) int { return deref(r.UserID) }), true, nil
	case []*ent.ActivityEvent:
		return "ActivityEvent", mapIDs(rows, func(r *ent.ActivityEvent) int { return r.UserID }), true, nil
	case []*ent.Consent:
		return "Consent", mapIDs(rows, func(r *ent.Consent) int { return r.UserID }), true, nil
	case []*ent.ConsentEvent:
		return "ConsentEvent", mapIDs(rows, func(r *ent.ConsentEvent) int { return r.UserID }), true, nil
	case []*ent.CommunicationPreference:
		return "CommunicationPreference", mapIDs(rows, func(r *ent.CommunicationPreference) int { return r.UserID }), true, nil
	case []*ent.PolicyAcceptance:
		return "PolicyAcceptance", mapIDs(rows, func(r *ent.PolicyAcceptance) int { return r.UserID }), true, nil
	case []*ent.LegalHold:
		return "LegalHold", mapIDs(rows, func(r *ent.LegalHold) int { return r.UserID }), true, nil
	case []*ent.Session:
		return "Session", mapIDs(rows, func(r *ent.Session) int { return r.UserID }), true, nil
	case []*ent.RightsRequest:
		return "RightsRequest", mapIDs(rows, func(r *ent.RightsRequest) int { return r.SubjectID }), true, nil
	case []*ent.RequestEvent:
		ids, err := requestSubjects(ctx, client, mapIDs(rows, func(r *ent.RequestEvent) int { return r.RequestID }))
		return "RequestEvent", ids, true, err
	case []*ent.RequestMessage:
		ids, err := requestSubjects(ctx, client, mapIDs(rows, func(r *ent.RequestMessage) int { return r.RequestID }))
		return "RequestMessage", ids, true, err
	case []*ent.ExportArchive:
		ids, err := requestSubjects(ctx, client, mapIDs(rows, func(r *ent.ExportArchive) int { return r.RequestID }))
		return "ExportArchive", ids, true, err
	}
	if one, ok := single(v); ok {
		return subjects(ctx, client, one)
	}
	return "", nil, false, nil
}

// single wraps a one-entity mutation result as a one-row slice.
func single(v ent.Value) (ent.Value, bool) {
	switch e := v.(type) {
	case *ent.User:
		return []*ent.User{e}, true
	case *ent.Membership:
		return []*ent.Membership{e}, true
	case *ent.Profile:
		return []*ent.Profile{e}, true
	case *ent.SurveyAnswer:
		return []*ent.SurveyAnswer{e}, true
	case *ent.LearningRecord:
		return []*ent.LearningRecord{e}, true
	case *ent.FinancialRecord:
		return []*ent.FinancialRecord{e}, true
	case *ent.ActivityEvent:
		return []*ent.ActivityEvent{e}, true
	case *ent.Consent:
		return []*ent.Consent{e}, true
	case *ent.ConsentEvent:
		return []*ent.ConsentEvent{e}, true
	case *ent.CommunicationPreference:
		return []*ent.CommunicationPreference{e}, true
	case *ent.PolicyAcceptance:
		return []*ent.PolicyAcceptance{e}, true
	case *ent.LegalHold:
		return []*ent.LegalHold{e}, true
	case *ent.RightsRequest:
		return []*ent.RightsRequest{e}, true
	case *ent.RequestEvent:
		return []*ent.RequestEvent{e}, true
	case *ent.RequestMessage:
		return []*ent.RequestMessage{e}, true
	case *ent.ExportArchive:
		return []*ent.ExportArchive{e}, true
	}
	return nil, false
}

func requestSubjects(ctx context.Context, client *ent.Client, requestIDs []int) ([]int, error) {
	if len(requestIDs) == 0 {
		return nil, nil
	}
	var rows []struct {
		ID        int `json:"id"`
		SubjectID int `json:"subject_id"`
	}
	err := client.RightsRequest.Query().
		Where(rightsrequest.IDIn(requestIDs...)).
		Select(rightsrequest.FieldID, rightsrequest.FieldSubjectID).
		Scan(systemContext(ctx), &rows)
	if err != nil {
		return nil, err
	}
	subjectOf := make(map[int]int, len(rows))
	for _, r := range rows {
		subjectOf[r.ID] = r.SubjectID
	}
	out := make([]int, len(requestIDs))
	for i, id := range requestIDs {
		out[i] = subjectOf[id]
	}
	return out, nil
}

func mapIDs[T any](rows []T, f func(T) int) []int {
	out := make([]int, len(rows))
	for i, r := range rows {
		out[i] = f(r)
	}
	return out
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}
