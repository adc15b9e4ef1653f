package audit_test

import (
	"context"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent"
	"github.com/learnerportal/portal/ent/auditentry"
	"github.com/learnerportal/portal/ent/learningrecord"
	"github.com/learnerportal/portal/ent/profile"
	"github.com/learnerportal/portal/ent/schema/actor"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

func TestChangesAreAuditedPerPersonTouched(t *testing.T) {
	system := viewer.SystemContext(context.Background())
	demo := storagetest.Seeded(t, time.Now)
	client, ids := demo.Client, demo.IDs
	learnerCtx := demo.As(t, "learner@example.com")
	staffCtx := demo.As(t, "dpo@provider.example")

	if err := client.Profile.Update().Where(profile.UserID(ids["learner@example.com"])).SetTown("York").Exec(learnerCtx); err != nil {
		t.Fatal(err)
	}
	if err := client.Profile.Update().Where(profile.UserID(ids["ravi.patel@example.com"])).SetTown("Hull").Exec(staffCtx); err != nil {
		t.Fatal(err)
	}
	// One bulk change touching two people.
	n, err := client.LearningRecord.Update().
		Where(learningrecord.UserIDIn(ids["learner@example.com"], ids["ellen.jones@example.net"])).
		SetCertificateName("Corrected").Save(staffCtx)
	if err != nil || n == 0 {
		t.Fatalf("bulk update: %d %v", n, err)
	}
	deleted, err := client.SurveyAnswer.Delete().Where().Exec(staffCtx)
	if err != nil || deleted == 0 {
		t.Fatalf("delete: %d %v", deleted, err)
	}
	if err := client.Organisation.Update().SetUpdatedAt(time.Now()).Exec(staffCtx); err != nil {
		t.Fatal(err)
	}

	entries, err := client.AuditEntry.Query().Where(auditentry.ActionNEQ(auditentry.ActionRead)).All(system)
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		subject int
		entity  string
		role    actor.Role
		action  auditentry.Action
	}
	got := map[key]int{}
	for _, e := range entries {
		subject := 0
		if e.SubjectID != nil {
			subject = *e.SubjectID
		}
		got[key{subject, e.Entity, e.ActorRole, e.Action}] += e.Count
		if e.RequestID != "test" {
			t.Errorf("entry %d has request ID %q", e.ID, e.RequestID)
		}
	}
	records := func(email string) int {
		c, _ := client.LearningRecord.Query().Where(learningrecord.UserID(ids[email])).Count(system)
		return c
	}
	for _, want := range []struct {
		key   key
		count int
	}{
		{key{ids["learner@example.com"], "Profile", actor.Self, auditentry.ActionUpdate}, 1},
		{key{ids["ravi.patel@example.com"], "Profile", actor.Staff, auditentry.ActionUpdate}, 1},
		{key{ids["learner@example.com"], "LearningRecord", actor.Staff, auditentry.ActionUpdate}, records("learner@example.com")},
		{key{ids["ellen.jones@example.net"], "LearningRecord", actor.Staff, auditentry.ActionUpdate}, records("ellen.jones@example.net")},
		{key{0, "Organisation", actor.Staff, auditentry.ActionUpdate}, 2},
	} {
		if got[want.key] != want.count {
			t.Errorf("%+v: %d rows audited, want %d", want.key, got[want.key], want.count)
		}
	}
	deletes := 0
	for k, c := range got {
		if k.action == auditentry.ActionDelete && k.entity == "SurveyAnswer" {
			if k.subject == 0 {
				t.Errorf("a deletion was audited without the person it was about")
			}
			deletes += c
		}
	}
	if deletes != deleted {
		t.Errorf("%d deletions audited, want %d", deletes, deleted)
	}
	// The portal's own work is not an access by anyone.
	if err := client.User.Update().Where(user.EmailEQ("learner@example.com")).SetLastLoginAt(time.Now()).Exec(system); err != nil {
		t.Fatal(err)
	}
	if n, _ := client.AuditEntry.Query().Where(auditentry.ActorRoleEQ(actor.System)).Count(system); n != 0 {
		t.Errorf("%d entries for the portal's own work", n)
	}
}

// A bulk change larger than any database's parameter limit is audited like a small one.
func TestLargeBulkChangesAreAudited(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 70,000 rows")
	}
	system := viewer.SystemContext(context.Background())
	demo := storagetest.Seeded(t, time.Now)
	client, person := demo.Client, demo.IDs["ellen.jones@example.net"]
	const rows = 70_000
	for done := 0; done < rows; done += 1000 {
		batch := make([]*ent.LearningRecordCreate, 1000)
		for i := range batch {
			batch[i] = client.LearningRecord.Create().SetUserID(person).SetCourseCode("BULK").
				SetCourseTitle("Bulk course").SetStatus(learningrecord.StatusRegistered).SetRegisteredAt(time.Now())
		}
		if err := client.LearningRecord.CreateBulk(batch...).Exec(system); err != nil {
			t.Fatal(err)
		}
	}
	deleted, err := client.LearningRecord.Delete().Where(learningrecord.CourseCode("BULK")).Exec(demo.As(t, "dpo@provider.example"))
	if err != nil || deleted != rows {
		t.Fatalf("staff deleting %d rows: %d deleted, %v", rows, deleted, err)
	}
	entry, err := client.AuditEntry.Query().Where(auditentry.ActionEQ(auditentry.ActionDelete),
		auditentry.Entity("LearningRecord"), auditentry.SubjectID(person)).Only(system)
	if err != nil || entry.Count != rows {
		t.Fatalf("the audit entry of the bulk delete: %+v %v", entry, err)
	}
}
