package consent

import (
	"context"
	"slices"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/consent"
	"github.com/learnerportal/portal/ent/consentevent"
	"github.com/learnerportal/portal/ent/datapurpose"
	"github.com/learnerportal/portal/server/errcode"
	"github.com/learnerportal/portal/server/viewer"
)

// Codes of this package's refusals.
const (
	CodeNotConsentBased = "NOT_CONSENT_BASED"
	CodeNotObjectable   = "NOT_OBJECTABLE"
)

// Change is what a person does to one purpose.
type Change int

// The changes.
const (
	Give Change = iota
	Withdraw
	Object
	WithdrawObjection
)

// effect is what a change does: the purposes it applies to, the state it leads to, the states it
// changes (any other leaves the record as it is and writes nothing), and its ledger entry.
var effect = map[Change]struct {
	consentBased bool
	to           consent.State
	from         []consent.State
	kind         consentevent.Kind
}{
	Give:              {true, consent.StateGiven, []consent.State{consent.StateWithdrawn, consent.StateRefused, consent.StateExpired}, consentevent.KindConsentGiven},
	Withdraw:          {true, consent.StateWithdrawn, []consent.State{consent.StateGiven}, consentevent.KindConsentWithdrawn},
	Object:            {false, consent.StateObjected, []consent.State{consent.StateObjectionWithdrawn}, consentevent.KindObjectionRaised},
	WithdrawObjection: {false, consent.StateObjectionWithdrawn, []consent.State{consent.StateObjected}, consentevent.KindObjectionWithdrawn},
}

// Service changes consents.
type Service struct{ now func() time.Time }

// NewService returns a Service dated by now.
func NewService(now func() time.Time) *Service { return &Service{now: now} }

// Apply makes change to the viewer's record for purposeID with client (the caller's
// transaction): it takes effect at once and writes exactly one ledger entry, or, when the record
// is already in the state the change leads to, nothing at all.
func (s *Service) Apply(ctx context.Context, client *ent.Client, purposeID int, change Change, source consentevent.Source) (*ent.Consent, error) {
	v, err := viewer.SignedIn(ctx)
	if err != nil {
		return nil, err
	}
	purpose, err := client.DataPurpose.Get(ctx, purposeID)
	if err != nil {
		return nil, err
	}
	e := effect[change]
	switch {
	case e.consentBased && purpose.LawfulBasis != datapurpose.LawfulBasisConsent:
		return nil, errcode.Newf(CodeNotConsentBased, "%q does not rely on your consent, so there is no consent to give or withdraw; you can object to it instead where the law allows.", purpose.Name)
	case !e.consentBased && !purpose.Objectable:
		return nil, errcode.Newf(CodeNotObjectable, "%q is not something you can object to here; you can ask us to restrict or erase your data with a request.", purpose.Name)
	}
	policy, err := CurrentPolicy(ctx, client)
	if err != nil {
		return nil, err
	}
	now := s.now()
	record, err := client.Consent.Query().Where(consent.UserID(v.UserID), consent.PurposeID(purposeID)).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		record, err = client.Consent.Create().SetUserID(v.UserID).SetPurposeID(purposeID).
			SetState(e.to).SetChangedAt(now).SetNillablePolicyVersionID(policy).Save(ctx)
	case err != nil:
		return nil, err
	case record.State == e.to:
		return record, nil
	case !slices.Contains(e.from, record.State):
		return record, nil
	default:
		record, err = record.Update().SetState(e.to).SetChangedAt(now).SetNillablePolicyVersionID(policy).Save(ctx)
	}
	if err != nil {
		return nil, err
	}
	err = Record(ctx, client, Entry{UserID: v.UserID, Kind: e.kind, ConsentID: record.ID, Source: source, Policy: policy}, now)
	return record, err
}
