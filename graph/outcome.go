package graph

import (
	"context"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/schema/outcome"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/request"
	"github.com/learnerportal/portal/server/viewer"
)

// Eraser is what the API asks of package erasure: the preview, and the suppression list check.
type Eraser interface {
	request.Eraser
	Suppressed(ctx context.Context, client *ent.Client, emails []string) ([]string, error)
}

// maxSuppressionCheck bounds one suppression check, which is one query.
const maxSuppressionCheck = 1000

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
	// Whom the viewer may not see, they may not preview: the data layer decides.
	if visible, err := r.client.User.Query().Where(user.ID(subjectID)).Exist(ctx); err != nil {
		return nil, err
	} else if !visible {
		return nil, errcode.New(errcode.Forbidden, "You cannot make a request for that person.")
	}
	return r.eraser.Plan(viewer.SystemContext(ctx), r.client, subjectID)
}
