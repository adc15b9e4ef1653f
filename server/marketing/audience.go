// Package marketing answers who marketing and profiling may reach. Every campaign list and every
// profiling run starts here, so a restriction of processing, a closed account, a withdrawn
// consent or a channel switched off takes effect straight away.
package marketing

import (
	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/communicationpreference"
	"github.com/learnerportal/portal/ent/consent"
	"github.com/learnerportal/portal/ent/datapurpose"
	"github.com/learnerportal/portal/ent/predicate"
	"github.com/learnerportal/portal/ent/user"
)

// Registry keys of the consent-based purposes that gate marketing.
const (
	ThirdPartyMarketing = "third-party-marketing"
	MarketingProfiling  = "marketing-profiling"
)

// Audience is the learners who may be sent marketing about topic on channel: their preference
// for it is on, their account is neither restricted nor closed, and partner offers also need
// their consent to sharing with partners. Service messages are not marketing and have no
// audience here.
func Audience(client *ent.Client, channel communicationpreference.Channel, topic communicationpreference.Topic) *ent.UserQuery {
	where := []predicate.User{
		reachable(),
		user.HasCommunicationPreferencesWith(communicationpreference.ChannelEQ(channel),
			communicationpreference.TopicEQ(topic), communicationpreference.Enabled(true)),
	}
	if topic == communicationpreference.TopicPartnerOffers {
		where = append(where, consented(ThirdPartyMarketing))
	}
	return client.User.Query().Where(where...)
}

// ProfilingAudience is the learners whom profiling for marketing may include: they consented to
// it and their account is neither restricted nor closed.
func ProfilingAudience(client *ent.Client) *ent.UserQuery {
	return client.User.Query().Where(reachable(), consented(MarketingProfiling))
}

// IsMarketingTopic reports whether topic is marketing (everything but service messages).
func IsMarketingTopic(topic communicationpreference.Topic) bool {
	return topic != communicationpreference.TopicService
}

func reachable() predicate.User {
	return user.And(user.RoleEQ(user.RoleLearner), user.StatusEQ(user.StatusActive))
}

func consented(purposeKey string) predicate.User {
	return user.HasConsentsWith(consent.StateEQ(consent.StateGiven), consent.HasPurposeWith(datapurpose.Key(purposeKey)))
}
