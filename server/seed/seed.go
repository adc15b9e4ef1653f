package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/communicationpreference"
	"github.com/learnerportal/portal/ent/consent"
	"github.com/learnerportal/portal/ent/consentevent"
	"github.com/learnerportal/portal/ent/financialrecord"
	"github.com/learnerportal/portal/ent/learningrecord"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/schema/actor"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/config"
	"github.com/learnerportal/portal/server/viewer"
)

// Run seeds the demo data when the database has no users yet, all in one transaction, and
// reports whether it did. issuer is the development identity provider the demo accounts sign in
// with. The data is the same on every run for the same now.
//
// The development issuer's URL includes the port, so on a database seeded under another port the
// demo accounts are moved to the current issuer instead; otherwise signing in would create a
// second, empty account for each of them.
func Run(ctx context.Context, client *ent.Client, issuer string, now time.Time) (bool, error) {
	ctx = viewer.SystemContext(ctx)
	if n, err := client.User.Query().Count(ctx); err != nil || n > 0 {
		if err == nil {
			err = client.User.Update().
				Where(user.OidcIssuerHasSuffix(config.DevIssuerPath), user.OidcIssuerNEQ(issuer), user.OidcSubjectHasPrefix(subjectPrefix)).
				SetOidcIssuer(issuer).Exec(ctx)
		}
		return false, err
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	s := &seeder{tx: tx, now: now.UTC(), rnd: rand.New(rand.NewPCG(2026, 11))}
	if err := s.all(ctx, issuer); err != nil {
		return false, fmt.Errorf("seeding demo data: %w", err)
	}
	return true, tx.Commit()
}

type seeder struct {
	tx       *ent.Tx
	now      time.Time
	rnd      *rand.Rand
	purposes map[string]*ent.DataPurpose
	policies []*ent.PolicyVersion
}

func (s *seeder) all(ctx context.Context, issuer string) error {
	if err := s.registryAndPolicies(ctx); err != nil {
		return err
	}
	orgs := map[string]int{}
	for _, name := range Organisations {
		o, err := s.tx.Organisation.Create().SetName(name).Save(ctx)
		if err != nil {
			return err
		}
		orgs[name] = o.ID
	}
	users := map[string]int{}
	for i, p := range People {
		id, err := s.person(ctx, issuer, i, p, orgs)
		if err != nil {
			return fmt.Errorf("%s: %w", p.Email, err)
		}
		users[p.Email] = id
	}
	return s.requestsAndHolds(ctx, users, orgs)
}

func (s *seeder) registryAndPolicies(ctx context.Context) error {
	s.purposes = map[string]*ent.DataPurpose{}
	for _, p := range registry {
		dp, err := s.tx.DataPurpose.Create().
			SetKey(p.key).SetName(p.name).SetDescription(p.description).
			SetCategory(p.category).SetLawfulBasis(p.basis).
			SetRetentionMonths(p.months).SetRetentionFrom(p.from).
			SetRecipients(p.recipients).SetObjectable(p.objectable).
			SetDpvPurpose(p.dpvPurpose).SetDpvLegalBasis(p.dpvBasis).SetDpvDataCategories(p.dpvCategories).
			Save(ctx)
		if err != nil {
			return err
		}
		s.purposes[p.key] = dp
	}
	for _, v := range policyVersions(s.now) {
		pv, err := s.tx.PolicyVersion.Create().
			SetVersion(v.version).SetTitle(v.title).SetSummary(v.summary).SetBody(v.body).
			SetPublishedAt(v.published).Save(ctx)
		if err != nil {
			return err
		}
		s.policies = append(s.policies, pv)
	}
	return nil
}

func (s *seeder) person(ctx context.Context, issuer string, i int, p Person, orgs map[string]int) (int, error) {
	joined := s.now.AddDate(0, -6-i*2, -i*3)
	u, err := s.tx.User.Create().
		SetOidcIssuer(issuer).SetOidcSubject(p.Subject()).SetEmail(p.Email).SetRole(p.Role).
		SetCreatedAt(joined).SetLastLoginAt(s.now.AddDate(0, 0, -i-1)).Save(ctx)
	if err != nil {
		return 0, err
	}
	if err := s.profile(ctx, u.ID, i, p); err != nil {
		return 0, err
	}
	if p.Organisation != "" {
		kind := membership.KindEmployee
		if p.Role == user.RoleEmployerAdmin {
			kind = membership.KindAdmin
		}
		m := s.tx.Membership.Create().SetUserID(u.ID).SetOrganisationID(orgs[p.Organisation]).
			SetKind(kind).SetStartedAt(joined)
		if formerEmployees[p.Email] {
			m.SetEndedAt(s.now.AddDate(0, -1, 0))
		}
		if err := m.Exec(ctx); err != nil {
			return 0, err
		}
	}
	if p.Role == user.RoleStaff {
		return u.ID, nil
	}
	for _, step := range []func(context.Context, int, int, Person, time.Time) error{
		s.learning, s.finances, s.activity, s.consents, s.preferences, s.acceptances, s.surveys,
	} {
		if err := step(ctx, u.ID, i, p, joined); err != nil {
			return 0, err
		}
	}
	return u.ID, nil
}

func (s *seeder) profile(ctx context.Context, userID, i int, p Person) error {
	place := places[i%len(places)]
	dob := time.Date(1968+i*2, time.Month(1+i%12), 3+i, 0, 0, 0, 0, time.UTC)
	return s.tx.Profile.Create().
		SetUserID(userID).SetFirstName(p.GivenName).SetLastName(p.FamilyName).
		SetUsername(fmt.Sprintf("%s.%s", lower(p.GivenName), lower(p.FamilyName))).
		SetDateOfBirth(dob).SetGender(genders[i%len(genders)]).
		SetPhone(fmt.Sprintf("07700 900%03d", 100+i*7)).
		SetAddressLine1(fmt.Sprintf("%d %s", 4+i*3, place.street)).SetTown(place.town).
		SetPostcode(place.postcode).SetCountry("United Kingdom").
		SetJobTitle(jobs[i%len(jobs)]).
		SetQualifications([]string{"PGCE", "BA (Hons) " + subjects[i%len(subjects)]}[:1+i%2]).
		SetSubjectsTaught([]string{subjects[i%len(subjects)], subjects[(i+2)%len(subjects)]}).
		SetAgeGroupsTaught([]string{ageGroups[i%len(ageGroups)]}).
		SetInterests([]string{interests[i%len(interests)], interests[(i+3)%len(interests)]}).
		Exec(ctx)
}

func (s *seeder) learning(ctx context.Context, userID, i int, p Person, joined time.Time) error {
	n := 3 + (i % 4)
	if p.Email == People[0].Email {
		n = len(courses)
	}
	builders := make([]*ent.LearningRecordCreate, 0, n)
	for k := range n {
		c := courses[(i+k)%len(courses)]
		registered := joined.AddDate(0, k, 2)
		b := s.tx.LearningRecord.Create().SetUserID(userID).SetCourseCode(c.code).SetCourseTitle(c.title).
			SetRegisteredAt(registered)
		if done := registered.AddDate(0, 1, 0); done.Before(s.now) && k%4 != 3 {
			b.SetStatus(learningrecord.StatusCompleted).SetCompletedAt(done).SetCpdHours(c.hours).
				SetCertificateNumber(fmt.Sprintf("CPD-%d-%05d", done.Year(), 1000+i*40+k)).
				SetCertificateName(p.GivenName + " " + p.FamilyName)
		} else if k%4 == 3 {
			b.SetStatus(learningrecord.StatusWithdrawn)
		} else {
			b.SetStatus(learningrecord.StatusEnrolled)
		}
		builders = append(builders, b)
	}
	return s.tx.LearningRecord.CreateBulk(builders...).Exec(ctx)
}

func (s *seeder) finances(ctx context.Context, userID, i int, p Person, joined time.Time) error {
	if p.Organisation != "" {
		return nil // their employer pays, so the invoices are the organisation's, not theirs
	}
	var builders []*ent.FinancialRecordCreate
	for k := range 3 {
		c := courses[(i+k)%len(courses)]
		at := joined.AddDate(0, k, 1)
		ref := fmt.Sprintf("INV-%d-%04d", at.Year(), 300+i*10+k)
		for _, kind := range []financialrecord.Kind{financialrecord.KindInvoice, financialrecord.KindPayment} {
			builders = append(builders, s.tx.FinancialRecord.Create().SetUserID(userID).SetKind(kind).
				SetReference(ref).SetDescription(c.title).SetAmountPence(c.pricePence).SetOccurredAt(at).
				SetBillingName(p.GivenName+" "+p.FamilyName).
				SetBillingAddress(fmt.Sprintf("%d %s, %s %s", 4+i*3, places[i%len(places)].street, places[i%len(places)].town, places[i%len(places)].postcode)))
			at = at.Add(36 * time.Hour)
		}
	}
	return s.tx.FinancialRecord.CreateBulk(builders...).Exec(ctx)
}

func (s *seeder) activity(ctx context.Context, userID, i int, _ Person, joined time.Time) error {
	span := s.now.Sub(joined)
	builders := make([]*ent.ActivityEventCreate, 0, 60)
	for k := range 60 {
		at := joined.Add(time.Duration(s.rnd.Int64N(int64(span)))).Truncate(time.Second)
		kind, detail := activityevent.KindPageView, pages[k%len(pages)]
		if k%6 == 0 {
			kind, detail = activityevent.KindLogin, "Signed in"
		} else if k%5 == 0 {
			kind, detail = activityevent.KindFeatureUse, features[k%len(features)]
		}
		builders = append(builders, s.tx.ActivityEvent.Create().SetUserID(userID).SetKind(kind).
			SetOccurredAt(at).SetDetail(detail).
			SetIPAddress(fmt.Sprintf("203.0.113.%d", 10+i)).SetUserAgent(agents[(i+k)%len(agents)]))
	}
	return s.tx.ActivityEvent.CreateBulk(builders...).Exec(ctx)
}

func (s *seeder) consents(ctx context.Context, userID, i int, _ Person, joined time.Time) error {
	for k, key := range consentPurposes {
		given := joined.AddDate(0, 0, 1)
		state, policy := consent.StateGiven, s.policies[0]
		events := []consentevent.Kind{consentevent.KindConsentGiven}
		if (i+k)%3 == 0 {
			state = consent.StateWithdrawn
			events = append(events, consentevent.KindConsentWithdrawn)
		} else if (i+k)%3 == 1 {
			state = consent.StateRefused
			events = []consentevent.Kind{consentevent.KindConsentRefused}
		}
		c, err := s.tx.Consent.Create().SetUserID(userID).SetPurposeID(s.purposes[key].ID).
			SetState(state).SetPolicyVersionID(policy.ID).SetChangedAt(given.AddDate(0, len(events)-1, 0)).Save(ctx)
		if err != nil {
			return err
		}
		for n, kind := range events {
			if err := s.tx.ConsentEvent.Create().SetUserID(userID).SetConsentID(c.ID).SetKind(kind).
				SetActorID(userID).SetActorRole(actor.Self).SetPolicyVersionID(policy.ID).
				SetSource(consentevent.SourceRegistration).SetOccurredAt(given.AddDate(0, n, 0)).Exec(ctx); err != nil {
				return err
			}
		}
	}
	if i%4 == 1 {
		// One in four objected to usage analytics.
		c, err := s.tx.Consent.Create().SetUserID(userID).SetPurposeID(s.purposes["usage-analytics"].ID).
			SetState(consent.StateObjected).SetPolicyVersionID(s.policies[0].ID).SetChangedAt(joined.AddDate(0, 2, 0)).Save(ctx)
		if err != nil {
			return err
		}
		return s.tx.ConsentEvent.Create().SetUserID(userID).SetConsentID(c.ID).SetKind(consentevent.KindObjectionRaised).
			SetActorID(userID).SetActorRole(actor.Self).SetPolicyVersionID(s.policies[0].ID).
			SetSource(consentevent.SourceAccountPage).SetOccurredAt(c.ChangedAt).Exec(ctx)
	}
	return nil
}

var (
	channels = []communicationpreference.Channel{communicationpreference.ChannelEmail, communicationpreference.ChannelSms, communicationpreference.ChannelPhone, communicationpreference.ChannelPost}
	topics   = []communicationpreference.Topic{communicationpreference.TopicService, communicationpreference.TopicTrainingEvents, communicationpreference.TopicNewsletters, communicationpreference.TopicSurveys, communicationpreference.TopicPartnerOffers}
)

func (s *seeder) preferences(ctx context.Context, userID, i int, _ Person, joined time.Time) error {
	var prefs []*ent.CommunicationPreferenceCreate
	var events []*ent.ConsentEventCreate
	for c, channel := range channels {
		for t, topic := range topics {
			on := topic == communicationpreference.TopicService || (channel == communicationpreference.ChannelEmail && (i+t)%2 == 0) || (i+c+t)%5 == 0
			prefs = append(prefs, s.tx.CommunicationPreference.Create().SetUserID(userID).
				SetChannel(channel).SetTopic(topic).SetEnabled(on))
			if topic == communicationpreference.TopicService {
				continue // contractual: always on, never a choice to record
			}
			kind := consentevent.KindPreferenceOff
			if on {
				kind = consentevent.KindPreferenceOn
			}
			events = append(events, s.tx.ConsentEvent.Create().SetUserID(userID).SetKind(kind).
				SetChannel(string(channel)).SetTopic(string(topic)).SetActorID(userID).SetActorRole(actor.Self).
				SetPolicyVersionID(s.policies[0].ID).SetSource(consentevent.SourceRegistration).SetOccurredAt(joined))
		}
	}
	if err := s.tx.CommunicationPreference.CreateBulk(prefs...).Exec(ctx); err != nil {
		return err
	}
	return s.tx.ConsentEvent.CreateBulk(events...).Exec(ctx)
}

func (s *seeder) acceptances(ctx context.Context, userID, i int, _ Person, joined time.Time) error {
	if err := s.tx.PolicyAcceptance.Create().SetUserID(userID).SetPolicyVersionID(s.policies[0].ID).
		SetAcceptedAt(joined).Exec(ctx); err != nil {
		return err
	}
	if i%2 == 1 && s.policies[1].PublishedAt.Before(s.now) { // half have already accepted the new version
		return s.tx.PolicyAcceptance.Create().SetUserID(userID).SetPolicyVersionID(s.policies[1].ID).
			SetAcceptedAt(s.policies[1].PublishedAt.AddDate(0, 0, 3+i)).Exec(ctx)
	}
	return nil
}

func (s *seeder) surveys(ctx context.Context, userID, i int, _ Person, joined time.Time) error {
	builders := make([]*ent.SurveyAnswerCreate, 0, 2)
	for k := range 1 + i%2 {
		q := surveyQuestions[(i+k)%len(surveyQuestions)]
		builders = append(builders, s.tx.SurveyAnswer.Create().SetUserID(userID).SetSurvey(q.survey).
			SetQuestion(q.question).SetAnswer(q.answers[(i+k)%len(q.answers)]).SetAnsweredAt(joined.AddDate(0, 1+k, 0)))
	}
	return s.tx.SurveyAnswer.CreateBulk(builders...).Exec(ctx)
}
