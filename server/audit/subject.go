package audit

import (
	"context"
	"reflect"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/rightsrequest"
)

// Entities whose reads are not accesses to a person's data: reference data, and the audit trail
// itself (auditing reads of it would never end). Changes to them are still audited.
var notPersonal = map[string]bool{
	"Organisation":     true,
	"DataPurpose":      true,
	"PolicyVersion":    true,
	"SuppressionEntry": true,
	"AuditEntry":       true,
}

// subjectOf names the entity type of e and says whom it is about: a person directly, or a rights
// request (whose subject is looked up). known is false for types that are about no one.
func subjectOf(e any) (entity string, person, request int, known bool) {
	switch r := e.(type) {
	case *ent.User:
		return "User", r.ID, 0, true
	case *ent.Membership:
		return "Membership", r.UserID, 0, true
	case *ent.Profile:
		return "Profile", r.UserID, 0, true
	case *ent.SurveyAnswer:
		return "SurveyAnswer", r.UserID, 0, true
	case *ent.LearningRecord:
		return "LearningRecord", r.UserID, 0, true
	case *ent.FinancialRecord:
		if r.UserID == nil {
			return "FinancialRecord", 0, 0, true
		}
		return "FinancialRecord", *r.UserID, 0, true
	case *ent.ActivityEvent:
		return "ActivityEvent", r.UserID, 0, true
	case *ent.Consent:
		return "Consent", r.UserID, 0, true
	case *ent.ConsentEvent:
		return "ConsentEvent", r.UserID, 0, true
	case *ent.CommunicationPreference:
		return "CommunicationPreference", r.UserID, 0, true
	case *ent.PolicyAcceptance:
		return "PolicyAcceptance", r.UserID, 0, true
	case *ent.LegalHold:
		return "LegalHold", r.UserID, 0, true
	case *ent.Session:
		return "Session", r.UserID, 0, true
	case *ent.Notification:
		return "Notification", r.UserID, 0, true
	case *ent.RightsRequest:
		return "RightsRequest", r.SubjectID, 0, true
	case *ent.RequestEvent:
		return "RequestEvent", 0, r.RequestID, true
	case *ent.RequestMessage:
		return "RequestMessage", 0, r.RequestID, true
	case *ent.ExportArchive:
		return "ExportArchive", 0, r.RequestID, true
	}
	return "", 0, 0, false
}

// subjects returns, for a query result (a slice) or a mutation result (one entity), the entity
// type and the person each row is about, and whether the rows are personal data at all.
func subjects(ctx context.Context, client *ent.Client, v ent.Value) (string, []int, bool, error) {
	rows := reflect.ValueOf(v)
	if rows.Kind() != reflect.Slice {
		rows = reflect.ValueOf([]any{v})
	}
	var entity string
	var people, requests []int
	for i := range rows.Len() {
		name, person, request, known := subjectOf(rows.Index(i).Interface())
		if !known {
			return "", nil, false, nil
		}
		entity = name
		if request != 0 {
			requests = append(requests, request)
		} else {
			people = append(people, person)
		}
	}
	if rows.Len() == 0 && rows.Type().Elem().Kind() == reflect.Pointer {
		name, _, _, known := subjectOf(reflect.New(rows.Type().Elem().Elem()).Interface())
		return name, nil, known, nil
	}
	if len(requests) > 0 {
		viaRequests, err := requestSubjects(ctx, client, requests)
		if err != nil {
			return "", nil, false, err
		}
		people = append(people, viaRequests...)
	}
	return entity, people, entity != "", nil
}

func requestSubjects(ctx context.Context, client *ent.Client, requestIDs []int) ([]int, error) {
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
