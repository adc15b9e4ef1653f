package erasure_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/communicationpreference"
	"github.com/learnerportal/portal/ent/consent"
	"github.com/learnerportal/portal/ent/consentevent"
	"github.com/learnerportal/portal/ent/datapurpose"
	"github.com/learnerportal/portal/ent/exportarchive"
	"github.com/learnerportal/portal/ent/financialrecord"
	"github.com/learnerportal/portal/ent/learningrecord"
	"github.com/learnerportal/portal/ent/legalhold"
	"github.com/learnerportal/portal/ent/membership"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/schema/actor"
	"github.com/learnerportal/portal/ent/schema/outcome"
	"github.com/learnerportal/portal/ent/suppressionentry"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/erasure/erasuretest"
	"github.com/learnerportal/portal/server/jobs"
	"github.com/learnerportal/portal/server/notify"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// secrets are the person's distinctive values, one per field that holds their data, by name.
var secrets = map[string]string{
	"email":                 "Zq.Mail-Person@zq-example.org",
	"oidc subject":          "zq-oidc-subject-0042",
	"first name":            "ZqFirst",
	"last name":             "ZqLast",
	"username":              "zq.username",
	"date of birth":         "1971-03-17",
	"gender":                "ZqGender",
	"phone":                 "+44 7700 900731",
	"address line 1":        "ZqAddressOne",
	"address line 2":        "ZqAddressTwo",
	"town":                  "ZqTown",
	"postcode":              "ZQ1 7QZ",
	"country":               "ZqCountry",
	"job title":             "ZqJobTitle",
	"qualification":         "ZqQualification",
	"subject taught":        "ZqSubjectTaught",
	"age group":             "ZqAgeGroup",
	"interest":              "ZqInterest",
	"survey answer":         "ZqSurveyAnswer",
	"course title":          "ZqCourseTitle",
	"certificate number":    "ZQCERT-0042",
	"certificate name":      "ZqCertificateName",
	"billing name":          "ZqBillingName",
	"billing address":       "ZqBillingAddress",
	"ip address":            "198.51.100.173",
	"user agent":            "ZqUserAgent/1.0",
	"activity detail":       "/zq-activity-page",
	"request description":   "ZqRequestDescription",
	"admin's description":   "ZqAdminDescription",
	"rectification value":   "ZqRectifiedValue",
	"portability recipient": "ZqRecipient Ltd",
	"requester's note":      "ZqRequesterNote",
	"learner's message":     "ZqLearnerMessage",
	"staff message":         "ZqStaffMessage",
	"email subject":         "ZqEmailSubject",
	"email body":            "ZqEmailBody",
	"delivery error":        "ZqDeliveryError",
	"id token":              "zq-id-token-hint",
	"session token":         "zq-session-token",
	"archive key":           "zq-archive-encryption-key",
	"hold reason":           "ZqHoldReason",
}

// kept are values that may remain, and where: a minimised financial record keeps its reference.
var kept = map[string]string{"invoice reference": "INV-ZQREF-0042"}

func TestExecuteLeavesNoPersonalDataAnywhere(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	store := storagetest.Open(t, clock)
	queue := openQueue(t, store, clock)
	ctx := viewer.SystemContext(context.Background())
	svc := newService(clock)

	var personID, adminID int
	if err := store.InTx(ctx, func(ctx context.Context, tx *storage.Tx) error {
		personID, adminID = fullPerson(t, ctx, tx, queue, now)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// A change the person makes themselves, so the audit trail has entries about them.
	self := viewer.NewContext(context.Background(), viewer.Viewer{UserID: personID, Role: viewer.Learner})
	if err := store.Client.Profile.Update().SetTown(secrets["town"]).Exec(self); err != nil {
		t.Fatal(err)
	}
	for name, secret := range secrets {
		if len(find(t, store, map[string]string{name: secret})) == 0 {
			t.Fatalf("the fixture does not hold the %s", name)
		}
	}

	if err := store.InTx(ctx, func(ctx context.Context, tx *storage.Tx) error {
		_, err := svc.Execute(ctx, tx, personID)
		return err
	}); err != nil {
		t.Fatal(err)
	}

	for _, hit := range find(t, store, secrets) {
		t.Errorf("after erasure %s", hit)
	}
	if hits := find(t, store, kept); len(hits) != 1 || !strings.HasPrefix(hits[0], "financial_records.reference ") {
		t.Errorf("the minimised invoice should keep its reference, found %v", hits)
	}
	if n, err := store.Client.SuppressionEntry.Query().
		Where(suppressionentry.EmailHash(svc.Hash(secrets["email"])), suppressionentry.ReasonEQ(suppressionentry.ReasonErasure)).
		Count(ctx); err != nil || n != 1 {
		t.Errorf("suppression entries for the erased address: %d, %v", n, err)
	}
	u, err := store.Client.User.Get(ctx, personID)
	if err != nil {
		t.Fatal(err)
	}
	if u.OidcSubject != svc.Tombstone(secrets["oidc subject"]) || u.Status != user.StatusClosed || u.ClosedAt == nil || u.LastLoginAt != nil {
		t.Errorf("erased account: %+v", u)
	}
	// The export's hourly clean-up deletes the file of the archive that was ready; the one being
	// built is abandoned.
	ready := store.Client.ExportArchive.Query().Where(exportarchive.StateEQ(exportarchive.StateReady)).OnlyX(ctx)
	if ready.EncryptionKey != nil || ready.ExpiresAt == nil || !ready.ExpiresAt.Equal(now) {
		t.Errorf("the ready archive keeps its key or has not expired: %+v", ready)
	}
	if n := store.Client.ExportArchive.Query().Where(exportarchive.StateEQ(exportarchive.StateExpired), exportarchive.EncryptionKeyIsNil()).CountX(ctx); n != 1 {
		t.Errorf("%d archives abandoned, want the one being built", n)
	}
	if admin, err := store.Client.User.Get(ctx, adminID); err != nil || admin.Email != "admin@org.test" {
		t.Errorf("the admin who acted for the person keeps their own account: %+v %v", admin, err)
	}
}

// find returns, as "table.column holds name (value)", every place the database holds one of
// values, compared as text without regard to case.
func find(t *testing.T, store *storage.Store, values map[string]string) []string {
	t.Helper()
	var hits []string
	for _, row := range erasuretest.Rows(t, store) {
		for column, v := range row.Values {
			for name, secret := range values {
				if strings.Contains(strings.ToLower(v), strings.ToLower(secret)) {
					hits = append(hits, row.Table+"."+column+" holds the "+name+" ("+v+")")
				}
			}
		}
	}
	return hits
}

// openQueue gives the database River's tables, for the scan to cover, and a queue to insert
// delivery jobs into; it never works them.
func openQueue(t *testing.T, store *storage.Store, now func() time.Time) *jobs.Queue {
	t.Helper()
	workers := river.NewWorkers()
	river.AddWorker(workers, notify.NewWorker(store.Client, notify.Outbox{}, now))
	q, err := jobs.Open(context.Background(), store, jobs.Config{Workers: workers})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = q.Stop(context.Background()) })
	return q
}

// fullPerson writes a learner with a distinctive value in every field that holds their data, as
// the portal would have written it, and returns their ID and that of the employer admin who made
// a request for them.
func fullPerson(t *testing.T, ctx context.Context, tx *storage.Tx, queue *jobs.Queue, now time.Time) (personID, adminID int) {
	t.Helper()
	c := tx.Client
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	purposes := registry(t, ctx, c)
	policy := c.PolicyVersion.Create().SetVersion("1.0").SetTitle("Privacy policy").SetBody("Text.").SetPublishedAt(now.AddDate(-1, 0, 0)).SaveX(ctx)
	org := c.Organisation.Create().SetName("Org Ltd").SaveX(ctx)
	admin := c.User.Create().SetOidcIssuer("https://idp.test").SetOidcSubject("admin").SetEmail("admin@org.test").SetRole(user.RoleEmployerAdmin).SaveX(ctx)
	staff := c.User.Create().SetOidcIssuer("https://idp.test").SetOidcSubject("staff").SetEmail("dpo@provider.test").SetRole(user.RoleStaff).SaveX(ctx)
	p := c.User.Create().SetOidcIssuer("https://idp.test").SetOidcSubject(secrets["oidc subject"]).SetEmail(secrets["email"]).
		SetRole(user.RoleLearner).SetLastLoginAt(now.AddDate(0, 0, -1)).SaveX(ctx)
	dob, _ := time.Parse(time.DateOnly, secrets["date of birth"])

	must(c.Profile.Create().SetUserID(p.ID).
		SetFirstName(secrets["first name"]).SetLastName(secrets["last name"]).SetUsername(secrets["username"]).
		SetDateOfBirth(dob).SetGender(secrets["gender"]).SetPhone(secrets["phone"]).
		SetAddressLine1(secrets["address line 1"]).SetAddressLine2(secrets["address line 2"]).SetTown("Leeds").
		SetPostcode(secrets["postcode"]).SetCountry(secrets["country"]).SetJobTitle(secrets["job title"]).
		SetQualifications([]string{secrets["qualification"]}).SetSubjectsTaught([]string{secrets["subject taught"]}).
		SetAgeGroupsTaught([]string{secrets["age group"]}).SetInterests([]string{secrets["interest"]}).Exec(ctx))
	must(c.Membership.Create().SetUserID(p.ID).SetOrganisationID(org.ID).SetKind(membership.KindEmployee).SetStartedAt(now.AddDate(-1, 0, 0)).Exec(ctx))
	must(c.Membership.Create().SetUserID(admin.ID).SetOrganisationID(org.ID).SetKind(membership.KindAdmin).SetStartedAt(now.AddDate(-1, 0, 0)).Exec(ctx))
	must(c.SurveyAnswer.Create().SetUserID(p.ID).SetSurvey("Course evaluation").SetQuestion("How useful was it?").
		SetAnswer(secrets["survey answer"]).SetAnsweredAt(now.AddDate(0, -2, 0)).Exec(ctx))
	must(c.LearningRecord.Create().SetUserID(p.ID).SetCourseCode("ZQ-101").SetCourseTitle(secrets["course title"]).
		SetStatus(learningrecord.StatusCompleted).SetRegisteredAt(now.AddDate(0, -3, 0)).SetCompletedAt(now.AddDate(0, -2, 0)).
		SetCertificateNumber(secrets["certificate number"]).SetCertificateName(secrets["certificate name"]).Exec(ctx))
	must(c.FinancialRecord.Create().SetUserID(p.ID).SetKind(financialrecord.KindInvoice).SetReference(kept["invoice reference"]).
		SetDescription("Course fee").SetAmountPence(4500).SetOccurredAt(now.AddDate(0, -3, 0)).
		SetBillingName(secrets["billing name"]).SetBillingAddress(secrets["billing address"]).Exec(ctx))
	must(c.ActivityEvent.Create().SetUserID(p.ID).SetKind(activityevent.KindLogin).SetOccurredAt(now.AddDate(0, 0, -1)).
		SetIPAddress(secrets["ip address"]).SetUserAgent(secrets["user agent"]).SetDetail(secrets["activity detail"]).Exec(ctx))
	given := c.Consent.Create().SetUserID(p.ID).SetPurposeID(purposes["marketing"].ID).SetState(consent.StateGiven).
		SetPolicyVersionID(policy.ID).SetChangedAt(now.AddDate(0, -1, 0)).SaveX(ctx)
	must(c.ConsentEvent.Create().SetUserID(p.ID).SetConsentID(given.ID).SetKind(consentevent.KindConsentGiven).
		SetActorID(p.ID).SetActorRole(actor.Self).SetPolicyVersionID(policy.ID).SetSource(consentevent.SourceAccountPage).
		SetOccurredAt(now.AddDate(0, -1, 0)).Exec(ctx))
	must(c.CommunicationPreference.Create().SetUserID(p.ID).SetChannel(communicationpreference.ChannelEmail).
		SetTopic(communicationpreference.TopicNewsletters).SetEnabled(true).Exec(ctx))
	must(c.PolicyAcceptance.Create().SetUserID(p.ID).SetPolicyVersionID(policy.ID).SetAcceptedAt(now.AddDate(0, -1, 0)).Exec(ctx))
	must(c.Session.Create().SetUserID(p.ID).SetTokenHash([]byte(secrets["session token"])).SetCreatedAt(now.Add(-time.Hour)).
		SetExpiresAt(now.Add(time.Hour)).SetIDTokenHint(secrets["id token"]).Exec(ctx))
	must(c.LegalHold.Create().SetUserID(p.ID).SetKind(legalhold.KindComplaint).SetReason(secrets["hold reason"]).
		SetPlacedByID(staff.ID).SetPlacedAt(now.AddDate(0, -2, 0)).SetReleasedAt(now.AddDate(0, -1, 0)).Exec(ctx))

	request := func(kind rightsrequest.Type, by *ent.User) *ent.RightsRequestCreate {
		return c.RightsRequest.Create().SetSubjectID(p.ID).SetSubmittedByID(by.ID).SetType(kind).
			SetReceivedAt(now.AddDate(0, -1, 0)).SetDueAt(now.AddDate(0, 0, 3))
	}
	erasing := request(rightsrequest.TypeErasure, p).SetDescription(secrets["request description"]).
		SetState(rightsrequest.StateInProgress).SetOpenType(string(rightsrequest.TypeErasure)).SaveX(ctx)
	rectified := request(rightsrequest.TypeRectification, p).SetRectificationField("last_name").
		SetRectificationValue(secrets["rectification value"]).SetState(rightsrequest.StateCompleted).
		SetClosedAt(now.AddDate(0, 0, -7)).SetPurgeAfter(now.AddDate(3, 0, -7)).SaveX(ctx)
	ported := request(rightsrequest.TypePortability, p).SetPortabilityRecipient(secrets["portability recipient"]).
		SetState(rightsrequest.StateCompleted).SetClosedAt(now.AddDate(0, 0, -5)).SetPurgeAfter(now.AddDate(3, 0, -5)).SaveX(ctx)
	forThem := request(rightsrequest.TypeAccess, admin).SetOrganisationID(org.ID).SetDescription(secrets["admin's description"]).
		SetOpenType(string(rightsrequest.TypeAccess)).SaveX(ctx)

	timeline := []struct {
		on         *ent.RightsRequest
		by         *ent.User
		role       actor.Role
		from, to   rightsrequest.State
		note, body string
	}{
		{erasing, p, actor.Self, "", rightsrequest.StateSubmitted, "", ""},
		{erasing, staff, actor.Staff, rightsrequest.StateSubmitted, rightsrequest.StateInProgress, "Identity confirmed.", ""},
		{rectified, staff, actor.Staff, rightsrequest.StateSubmitted, rightsrequest.StateAwaitingInformation, "Which spelling?", secrets["staff message"]},
		{rectified, p, actor.Self, rightsrequest.StateAwaitingInformation, rightsrequest.StateInProgress, secrets["requester's note"], secrets["learner's message"]},
		{rectified, staff, actor.Staff, rightsrequest.StateInProgress, rightsrequest.StateCompleted, "Corrected.", ""},
		{forThem, admin, actor.EmployerAdmin, "", rightsrequest.StateSubmitted, "", ""},
	}
	for i, e := range timeline {
		at := now.AddDate(0, 0, -20+i)
		must(c.RequestEvent.Create().SetRequestID(e.on.ID).SetActorID(e.by.ID).SetActorRole(e.role).
			SetFromState(string(e.from)).SetToState(string(e.to)).SetNote(e.note).SetOccurredAt(at).Exec(ctx))
		if e.body != "" {
			must(c.RequestMessage.Create().SetRequestID(e.on.ID).SetAuthorID(e.by.ID).SetAuthorRole(e.role).
				SetBody(e.body).SetSentAt(at).Exec(ctx))
		}
	}
	must(c.ExportArchive.Create().SetRequestID(ported.ID).SetState(exportarchive.StateReady).SetStorageKey("exports/archive-1.zip").
		SetEncryptionKey([]byte(secrets["archive key"])).SetFiles([]outcome.ArchiveFile{{Name: "data.json", Size: 10}}).
		SetReadyAt(now.AddDate(0, 0, -5)).SetExpiresAt(now.AddDate(0, 0, 2)).Exec(ctx))
	must(c.ExportArchive.Create().SetRequestID(forThem.ID).SetState(exportarchive.StateBuilding).Exec(ctx))

	name := secrets["first name"] + " " + secrets["last name"]
	digestSubject, digestBody := notify.StaffDigest("Dana", []notify.DigestItem{
		{RequestID: "1", Type: string(rightsrequest.TypeErasure), SubjectName: name, Due: now.AddDate(0, 0, 3)},
		{RequestID: "2", Type: string(rightsrequest.TypeAccess), SubjectName: "Someone Else", Due: now.AddDate(0, 0, 3)},
	}, "https://portal.test", now)
	emails := []*ent.NotificationCreate{
		c.Notification.Create().SetUserID(p.ID).SetRequestID(erasing.ID).SetKind(notification.KindRequestUpdated).
			SetToAddress(secrets["email"]).SetSubject(secrets["email subject"]).SetBody("Dear " + name + ", " + secrets["email body"]).
			SetStatus(notification.StatusFailed).SetLastError("550 <" + secrets["email"] + ">: " + secrets["delivery error"]).SetCreatedAt(now),
		c.Notification.Create().SetUserID(admin.ID).SetRequestID(forThem.ID).SetKind(notification.KindRequestReceived).
			SetToAddress(admin.Email).SetSubject("Request received").SetBody("Your request for " + name + " was received.").SetCreatedAt(now),
		c.Notification.Create().SetUserID(staff.ID).SetKind(notification.KindStaffDigest).
			SetToAddress(staff.Email).SetSubject(digestSubject).SetBody(digestBody).SetCreatedAt(now),
	}
	for _, e := range emails {
		n := e.SaveX(ctx)
		must(queue.InsertTx(ctx, tx.SQL, notify.DeliverArgs{NotificationID: n.ID}, nil))
	}
	return p.ID, admin.ID
}

// registry writes the data-registry purposes the erasure reads, keyed as the seed keys them.
func registry(t *testing.T, ctx context.Context, c *ent.Client) map[string]*ent.DataPurpose {
	t.Helper()
	out := map[string]*ent.DataPurpose{}
	for _, p := range []struct {
		key      string
		category datapurpose.Category
		basis    datapurpose.LawfulBasis
		months   int
	}{
		{"transactions", datapurpose.CategoryTransactions, datapurpose.LawfulBasisLegalObligation, 72},
		{"marketing", datapurpose.CategoryMarketing, datapurpose.LawfulBasisConsent, 24},
	} {
		out[p.key] = c.DataPurpose.Create().SetKey(p.key).SetName(p.key).SetDescription("Why we keep " + p.key + ".").
			SetCategory(p.category).SetLawfulBasis(p.basis).SetRetentionMonths(p.months).
			SetRetentionFrom(datapurpose.RetentionFromRelationshipEnd).SaveX(ctx)
	}
	return out
}
