package request

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/privacy"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/storage"
)

// MaxBulk is the most people one bulk submission may name: a large team's offboarding.
const MaxBulk = 1000

// BulkInput is one request type for many people, named by ID (a multi-select) or by email (a
// CSV of leavers), with one note for all.
type BulkInput struct {
	Type        rightsrequest.Type
	SubjectIDs  []int
	Emails      []string
	Description string
}

// Outcome is what became of one person of a bulk submission.
type Outcome string

// The outcomes of a bulk submission's rows.
const (
	Created Outcome = "CREATED"
	// Duplicate: an open request of the type already exists for the person.
	Duplicate Outcome = "DUPLICATE"
	// NotInOrganisation: nobody the submitter may act for has that ID or email. Unknown people are
	// reported the same way, so a submission learns nothing of who else the portal holds.
	NotInOrganisation Outcome = "NOT_IN_ORGANISATION"
	// Invalid: the row itself is unusable (not an email address).
	Invalid Outcome = "INVALID"
)

// BulkRow is one person's result: the ID or email as given, the outcome, a sentence saying it,
// and the request when one was created.
type BulkRow struct {
	SubjectID *int
	Email     *string
	Outcome   Outcome
	Message   string
	Request   *ent.RightsRequest
}

// SubmitMany submits one request per person in one transaction. Each row is all or nothing (a
// savepoint around it), so a refused row leaves no trace and the others still go ahead; an
// unexpected failure fails the whole submission.
func (s *Service) SubmitMany(ctx context.Context, tx *storage.Tx, in BulkInput) ([]BulkRow, error) {
	if _, err := storage.ActingViewer(ctx, tx); err != nil {
		return nil, err
	}
	rows := make([]BulkRow, 0, len(in.SubjectIDs)+len(in.Emails))
	for _, id := range in.SubjectIDs {
		rows = append(rows, BulkRow{SubjectID: &id})
	}
	for _, email := range in.Emails {
		if email = strings.TrimSpace(email); email != "" {
			rows = append(rows, BulkRow{Email: &email})
		}
	}
	switch {
	case len(rows) == 0:
		return nil, errcode.Invalid([]errcode.FieldError{{Field: "subjects", Reason: "REQUIRED", Message: "Choose at least one person."}})
	case len(rows) > MaxBulk:
		return nil, errcode.Invalid([]errcode.FieldError{{Field: "subjects", Reason: "TOO_MANY", Message: fmt.Sprintf("Submit for at most %d people at once.", MaxBulk)}})
	}
	if err := validateSubmission(SubmitInput{Type: in.Type, Description: in.Description}); err != nil {
		return nil, err
	}
	for i := range rows {
		if err := s.submitRow(ctx, tx, in, &rows[i], i); err != nil {
			return nil, err
		}
	}
	return rows, nil
}

// submitRow submits the request of one row inside savepoint i.
func (s *Service) submitRow(ctx context.Context, tx *storage.Tx, in BulkInput, row *BulkRow, i int) error {
	savepoint := fmt.Sprintf("bulk_row_%d", i)
	if _, err := tx.SQL.ExecContext(ctx, "SAVEPOINT "+savepoint); err != nil {
		return err
	}
	req, err := s.submitFor(ctx, tx, in, row)
	if err == nil {
		row.Outcome, row.Request, row.SubjectID = Created, req, &req.SubjectID
		row.Message = "Request submitted."
		_, err = tx.SQL.ExecContext(ctx, "RELEASE SAVEPOINT "+savepoint)
		return err
	}
	if _, rollbackErr := tx.SQL.ExecContext(ctx, "ROLLBACK TO SAVEPOINT "+savepoint); rollbackErr != nil {
		return errors.Join(err, rollbackErr)
	}
	row.Outcome, row.Message = outcomeOf(err)
	if row.Outcome == "" {
		return err
	}
	_, err = tx.SQL.ExecContext(ctx, "RELEASE SAVEPOINT "+savepoint)
	return err
}

// submitFor finds the row's person, if the viewer may see them, and submits for them.
func (s *Service) submitFor(ctx context.Context, tx *storage.Tx, in BulkInput, row *BulkRow) (*ent.RightsRequest, error) {
	submit := func(subjectID int) (*ent.RightsRequest, error) {
		return s.Submit(ctx, tx, SubmitInput{Type: in.Type, SubjectID: subjectID, Description: in.Description})
	}
	if row.Email == nil {
		return submit(*row.SubjectID)
	}
	if !strings.Contains(*row.Email, "@") {
		return nil, errcode.Invalid([]errcode.FieldError{{Field: "email", Reason: "NOT_AN_EMAIL", Message: "This is not an email address."}})
	}
	// Whom the data layer does not show the viewer stays unknown to them.
	u, err := tx.Client.User.Query().Where(user.EmailEqualFold(*row.Email)).Only(ctx)
	if err != nil {
		return nil, err
	}
	return submit(u.ID)
}

// outcomeOf turns the refusal of one row into its outcome; "" for an unexpected failure.
func outcomeOf(err error) (Outcome, string) {
	if coded, ok := errcode.As(err); ok {
		switch coded.Code {
		case CodeDuplicate:
			return Duplicate, "An open request of this type already exists for this person."
		case errcode.Forbidden, errcode.NotFound:
			return NotInOrganisation, "Not a current employee of your organisation."
		case errcode.Validation:
			if len(coded.Fields) > 0 {
				return Invalid, coded.Fields[0].Message
			}
			return Invalid, coded.Message
		}
		return "", ""
	}
	switch {
	case ent.IsNotFound(err), ent.IsNotSingular(err), errors.Is(err, privacy.Deny):
		return NotInOrganisation, "Not a current employee of your organisation."
	}
	return "", ""
}
