// Package preference sets a person's communication preferences: which topics they receive on
// which channels. Marketing opt-outs take effect at once, "unsubscribe from everything" is one
// action, and each change leaves one entry in the consent ledger in the same transaction.
// Service messages are contractual and cannot be switched off.
package preference

import (
	"context"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/communicationpreference"
	"github.com/learnerportal/portal/ent/consentevent"
	"github.com/learnerportal/portal/server/consent"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/viewer"
)

// CodeServiceRequired refuses switching off service messages.
const CodeServiceRequired = "SERVICE_MESSAGES_REQUIRED"

// Channels and Topics are the grid, in the order the account page shows it.
var (
	Channels = []communicationpreference.Channel{communicationpreference.ChannelEmail, communicationpreference.ChannelSms, communicationpreference.ChannelPhone, communicationpreference.ChannelPost}
	Topics   = []communicationpreference.Topic{communicationpreference.TopicService, communicationpreference.TopicTrainingEvents, communicationpreference.TopicNewsletters, communicationpreference.TopicSurveys, communicationpreference.TopicPartnerOffers}
)

// Service sets preferences.
type Service struct{ now func() time.Time }

// NewService returns a Service dated by now.
func NewService(now func() time.Time) *Service { return &Service{now: now} }

// Set switches one topic on one channel for the viewer, with client (the caller's transaction).
// An unchanged preference writes nothing.
func (s *Service) Set(ctx context.Context, client *ent.Client, channel communicationpreference.Channel, topic communicationpreference.Topic, enabled bool) (*ent.CommunicationPreference, error) {
	if topic == communicationpreference.TopicService && !enabled {
		return nil, errcode.New(CodeServiceRequired, "Service messages about your courses and account are part of our contract with you, so they cannot be switched off.")
	}
	changed, err := s.apply(ctx, client, map[key]bool{{channel, topic}: enabled})
	if err != nil {
		return nil, err
	}
	return changed[0], nil
}

// UnsubscribeFromAllMarketing switches off every topic but service messages on every channel,
// in one action, and returns those marketing preferences.
func (s *Service) UnsubscribeFromAllMarketing(ctx context.Context, client *ent.Client) ([]*ent.CommunicationPreference, error) {
	off := map[key]bool{}
	for _, c := range Channels {
		for _, t := range Topics {
			if t != communicationpreference.TopicService {
				off[key{c, t}] = false
			}
		}
	}
	return s.apply(ctx, client, off)
}

type key struct {
	channel communicationpreference.Channel
	topic   communicationpreference.Topic
}

// apply sets each preference in want, creating missing ones, and records each actual change.
// It returns the preferences in want's keys, in grid order.
func (s *Service) apply(ctx context.Context, client *ent.Client, want map[key]bool) ([]*ent.CommunicationPreference, error) {
	v, err := viewer.SignedIn(ctx)
	if err != nil {
		return nil, err
	}
	existing, err := client.CommunicationPreference.Query().Where(communicationpreference.UserID(v.UserID)).All(ctx)
	if err != nil {
		return nil, err
	}
	current := map[key]*ent.CommunicationPreference{}
	for _, p := range existing {
		current[key{p.Channel, p.Topic}] = p
	}
	policy, err := consent.CurrentPolicy(ctx, client)
	if err != nil {
		return nil, err
	}
	now := s.now()
	var out []*ent.CommunicationPreference
	for _, c := range Channels {
		for _, t := range Topics {
			enabled, wanted := want[key{c, t}]
			if !wanted {
				continue
			}
			p := current[key{c, t}]
			switch {
			case p == nil:
				p, err = client.CommunicationPreference.Create().SetUserID(v.UserID).SetChannel(c).SetTopic(t).SetEnabled(enabled).Save(ctx)
			case p.Enabled != enabled:
				p, err = p.Update().SetEnabled(enabled).Save(ctx)
			default:
				out = append(out, p)
				continue
			}
			if err != nil {
				return nil, err
			}
			kind := consentevent.KindPreferenceOff
			if enabled {
				kind = consentevent.KindPreferenceOn
			}
			err = consent.Record(ctx, client, consent.Entry{UserID: v.UserID, Kind: kind, Channel: string(c), Topic: string(t),
				Source: consentevent.SourceAccountPage, Policy: policy}, now)
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
	}
	return out, nil
}
