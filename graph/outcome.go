package graph

import (
	"context"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/schema/outcome"
	"github.com/learnerportal/portal/server/request"
	"github.com/learnerportal/portal/server/viewer"
)

// Eraser is what the API asks of package erasure: the preview, and the suppression list check.
type Eraser interface {
	request.Eraser
	Suppressed(ctx context.Context, client *ent.Client, emails []string) ([]string, error)
}

// erasurePreview is what erasing subjectID (0: the viewer) would do now, for whoever may request
// it: the person, their employer admin, staff.
func (r *Resolver) erasurePreview(ctx context.Context, subjectID int) (*outcome.Erasure, error) {
	v, err := signedIn(ctx)
	if err != nil {
		return nil, err
	}
	if subjectID == 0 {
		subjectID = v.UserID
	}
	// Whom the viewer may not make a request for, they may not preview.
	if err := request.MayRequestFor(ctx, r.client, subjectID); err != nil {
		return nil, err
	}
	return r.eraser.Plan(viewer.SystemContext(ctx), r.client, subjectID)
}
