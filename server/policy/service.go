// Package policy serves the privacy policy's versions and records when a person accepts one.
package policy

import (
	"context"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/policyacceptance"
	"github.com/learnerportal/portal/ent/policyversion"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/viewer"
)

// Service records acceptances.
type Service struct{ now func() time.Time }

// NewService returns a Service dated by now.
func NewService(now func() time.Time) *Service { return &Service{now: now} }

// Current returns the newest published version, or nil when none is published.
func Current(ctx context.Context, client *ent.Client) (*ent.PolicyVersion, error) {
	v, err := client.PolicyVersion.Query().Where(policyversion.PublishedAtNotNil()).
		Order(ent.Desc(policyversion.FieldPublishedAt)).First(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return v, err
}

// MustReview reports whether userID has not accepted the current version.
func MustReview(ctx context.Context, client *ent.Client, userID int) (bool, error) {
	current, err := Current(ctx, client)
	if err != nil || current == nil {
		return false, err
	}
	accepted, err := client.PolicyAcceptance.Query().
		Where(policyacceptance.UserID(userID), policyacceptance.PolicyVersionID(current.ID)).Exist(ctx)
	return !accepted, err
}

// Accept records that the viewer accepted a published version, once.
func (s *Service) Accept(ctx context.Context, client *ent.Client, versionID int) (*ent.PolicyAcceptance, error) {
	v, err := viewer.SignedIn(ctx)
	if err != nil {
		return nil, err
	}
	version, err := client.PolicyVersion.Get(ctx, versionID)
	if err != nil {
		return nil, err
	}
	if version.PublishedAt == nil {
		return nil, errcode.New(errcode.Validation, "That version of the privacy policy has not been published.")
	}
	existing, err := client.PolicyAcceptance.Query().
		Where(policyacceptance.UserID(v.UserID), policyacceptance.PolicyVersionID(versionID)).Only(ctx)
	if err == nil || !ent.IsNotFound(err) {
		return existing, err
	}
	return client.PolicyAcceptance.Create().SetUserID(v.UserID).SetPolicyVersionID(versionID).
		SetAcceptedAt(s.now()).Save(ctx)
}
