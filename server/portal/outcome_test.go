package portal_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/auditentry"
	"github.com/learnerportal/portal/ent/notification"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/viewer"
)

const archiveQuery = `query($id: ID!) { node(id: $id) { ... on RightsRequest { state type
  exportArchive { id state progress files { name size sha256 } downloadURL } } } }`

type archiveView struct {
	Node struct {
		State, Type   string
		ExportArchive *struct {
			ID, State   string
			Progress    int
			Files       []struct{ Name, SHA256 string }
			DownloadURL *string
		}
	}
}

// waitForArchive polls the request as the browser's page does until its archive is ready.
func (h *harness) waitForArchive(t *testing.T, client *http.Client, requestID string) archiveView {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		got := h.gql(client, archiveQuery, map[string]any{"id": requestID})
		var view archiveView
		if err := json.Unmarshal(got.Data, &view); err != nil || got.code() != "" {
			t.Fatalf("reading the request: %s %+v", got.Data, got.Errors)
		}
		if a := view.Node.ExportArchive; a != nil && a.State == "READY" {
			return view
		}
		if time.Now().After(deadline) {
			t.Fatalf("the archive was not ready in 30 s: %s", got.Data)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (h *harness) download(t *testing.T, client *http.Client, path string) (int, []byte) {
	t.Helper()
	resp, err := client.Get(h.url + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body
}

func TestSelfServiceDownloadIsAuthorisedAgainAndAudited(t *testing.T) {
	h := start(t)
	ellen := h.as("ellen.jones@example.net")
	got := h.gql(ellen, `mutation { downloadMyData { id type state exportArchive { state } } }`, nil)
	var started struct {
		DownloadMyData struct {
			ID, Type, State string
			ExportArchive   struct{ State string }
		}
	}
	if err := json.Unmarshal(got.Data, &started); err != nil || got.code() != "" {
		t.Fatalf("downloadMyData: %s %+v", got.Data, got.Errors)
	}
	if r := started.DownloadMyData; r.Type != "ACCESS" || r.State != "COMPLETED" {
		t.Errorf("the self-service download is recorded as %s %s, want a completed ACCESS request", r.State, r.Type)
	}
	view := h.waitForArchive(t, ellen, started.DownloadMyData.ID)
	archive := view.Node.ExportArchive
	var names []string
	for _, f := range archive.Files {
		names = append(names, f.Name)
	}
	for _, want := range []string{"data.json", "data.schema.json", "index.html", "csv/activity_events.csv"} {
		if !slices.Contains(names, want) {
			t.Errorf("the archive lists %v, without %s", names, want)
		}
	}
	if archive.DownloadURL == nil {
		t.Fatal("a ready archive has no download link")
	}
	link := *archive.DownloadURL

	status, body := h.download(t, ellen, link)
	if status != http.StatusOK {
		t.Fatalf("the learner downloading their archive: %d %s", status, body)
	}
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		t.Fatalf("the download is not a ZIP: %v", err)
	}
	var inZip []string
	for _, f := range zr.File {
		inZip = append(inZip, f.Name)
	}
	for _, name := range append(names, "manifest.json") {
		if !slices.Contains(inZip, name) {
			t.Errorf("%s is listed but not in the ZIP (%v)", name, inZip)
		}
	}

	for _, tt := range []struct {
		who    string
		client *http.Client
		want   int
	}{
		{"another learner", h.as(learner), http.StatusNotFound},
		{"an employer admin", h.as("admin@acme.example"), http.StatusNotFound},
		{"nobody signed in", h.browser(), http.StatusUnauthorized},
		{"staff", h.as(dpo), http.StatusOK},
	} {
		if status, _ := h.download(t, tt.client, link); status != tt.want {
			t.Errorf("%s downloading: %d, want %d", tt.who, status, tt.want)
		}
	}
	ctx := viewer.SystemContext(context.Background())
	archiveID, _ := strconv.Atoi(archive.ID)
	downloads, err := h.portal.Store.Client.AuditEntry.Query().
		Where(auditentry.ActionEQ(auditentry.ActionDownload), auditentry.EntityID(archiveID)).All(ctx)
	if err != nil || len(downloads) != 2 {
		t.Fatalf("want one audit entry per download (the learner's and staff's), got %d (%v)", len(downloads), err)
	}
	if ready, _ := h.portal.Store.Client.Notification.Query().Where(notification.UserID(h.ids["ellen.jones@example.net"]),
		notification.BodyContains("ready to download")).Count(ctx); ready != 1 {
		t.Errorf("the learner was told %d times that the download is ready, want once", ready)
	}
}

func TestCompletingAnAccessRequestBuildsTheArchiveForTheAdminWhoAsked(t *testing.T) {
	h := start(t)
	admin := h.as("admin@acme.example")
	out, got := h.submit(t, "admin@acme.example", map[string]any{"type": "ACCESS", "subjectID": strconv.Itoa(h.ids["tom.baker@acme.example"])})
	if got.code() != "" {
		t.Fatalf("submit: %+v", got.Errors)
	}
	staff := h.as(dpo)
	vars := map[string]any{"id": out.SubmitRequest.ID}
	h.gql(staff, `mutation($id: ID!) { startRequest(id: $id) { state } }`, vars)
	if done := h.gql(staff, `mutation($id: ID!) { completeRequest(id: $id) { state } }`, vars); done.code() != "" {
		t.Fatalf("complete: %+v", done.Errors)
	}
	view := h.waitForArchive(t, admin, out.SubmitRequest.ID)
	if status, _ := h.download(t, admin, *view.Node.ExportArchive.DownloadURL); status != http.StatusOK {
		t.Errorf("the admin who asked downloading: %d", status)
	}
	if status, _ := h.download(t, h.as("admin@brightside.example"), *view.Node.ExportArchive.DownloadURL); status != http.StatusNotFound {
		t.Errorf("another organisation's admin downloading: %d", status)
	}
}

func TestErasurePreviewSubmitCompleteAndSignInRefused(t *testing.T) {
	h := start(t)
	const person = "james.wright@brightside.example"
	james := h.as(person)
	preview := h.gql(james, `{ erasurePreview { erased { category count } kept { category reason until } holds { reason } } }`, nil)
	if preview.code() != "" || !contains(string(preview.Data), `"erased":[{`) || !contains(string(preview.Data), `"holds":[]`) {
		t.Fatalf("preview: %s %+v", preview.Data, preview.Errors)
	}
	out, got := h.submit(t, person, map[string]any{"type": "ERASURE", "description": "Please erase my account."})
	if got.code() != "" {
		t.Fatalf("submit: %+v", got.Errors)
	}
	vars := map[string]any{"id": out.SubmitRequest.ID}
	stored := h.gql(james, `query($id: ID!) { node(id: $id) { ... on RightsRequest { erasureScheduledAt erasurePreview { erased { category } } } } }`, vars)
	var scheduled struct {
		Node struct {
			ErasureScheduledAt *time.Time
			ErasurePreview     *struct{ Erased []struct{ Category string } }
		}
	}
	_ = json.Unmarshal(stored.Data, &scheduled)
	if s := scheduled.Node; s.ErasureScheduledAt == nil || s.ErasureScheduledAt.Before(time.Now().Add(13*24*time.Hour)) || s.ErasurePreview == nil || len(s.ErasurePreview.Erased) == 0 {
		t.Fatalf("a learner's own erasure waits the 14-day cooling-off with its preview stored: %s", stored.Data)
	}

	staff := h.as(dpo)
	h.gql(staff, `mutation($id: ID!) { startRequest(id: $id) { state } }`, vars)
	done := h.gql(staff, `mutation($id: ID!) { completeRequest(id: $id) { state erasureScheduledAt } }`, vars)
	if done.code() != "" || !contains(string(done.Data), `"state":"IN_PROGRESS"`) {
		t.Fatalf("completing starts the erasure, which completes the request: %s %+v", done.Data, done.Errors)
	}
	if again := h.gql(staff, `mutation($id: ID!) { completeRequest(id: $id) { state } }`, vars); again.code() != "CONFLICT" {
		t.Errorf("completing an erasure under way: %q", again.code())
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		got := h.gql(staff, `query($id: ID!) { node(id: $id) { ... on RightsRequest { state erasureReceipt { erased { count } } subject { status email } } } }`, vars)
		if contains(string(got.Data), `"state":"COMPLETED"`) {
			if !contains(string(got.Data), `"status":"CLOSED"`) || contains(string(got.Data), person) || !contains(string(got.Data), `"erasureReceipt":{"erased":[{`) {
				t.Errorf("after the erasure: %s", got.Data)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the erasure did not complete in 30 s: %s", got.Data)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if _, resp := h.signIn(person, "demo", "/"); resp.StatusCode != http.StatusForbidden {
		t.Errorf("an erased person signing in again: %d at %s, want 403", resp.StatusCode, resp.Request.URL)
	}
	ctx := viewer.SystemContext(context.Background())
	if n, _ := h.portal.Store.Client.User.Query().Where(user.Email(person)).Count(ctx); n != 0 {
		t.Errorf("signing in again re-created %d account(s) for the erased address", n)
	}
	suppressed := h.gql(staff, `query($e: [String!]!) { suppressedEmails(emails: $e) }`, map[string]any{"e": []string{" James.Wright@Brightside.example", "someone@else.example"}})
	if !contains(string(suppressed.Data), `"suppressedEmails":[" James.Wright@Brightside.example"]`) {
		t.Errorf("suppression check: %s %+v", suppressed.Data, suppressed.Errors)
	}
	if learnerAsks := h.gql(h.as(learner), `query($e: [String!]!) { suppressedEmails(emails: $e) }`, map[string]any{"e": []string{person}}); learnerAsks.code() != "FORBIDDEN" {
		t.Errorf("a learner checking the suppression list: %q", learnerAsks.code())
	}
}

func TestLegalHoldBlocksErasureWithItsReason(t *testing.T) {
	h := start(t)
	const held = "ravi.patel@example.com"
	preview := h.gql(h.as(held), `{ erasurePreview { holds { kind reason } } }`, nil)
	if contains(string(preview.Data), `"holds":[]`) || preview.code() != "" {
		t.Fatalf("the preview of a held person shows no hold: %s %+v", preview.Data, preview.Errors)
	}
	// The demo data has their erasure request open, waiting on the hold.
	ctx := viewer.SystemContext(context.Background())
	open, err := h.portal.Store.Client.RightsRequest.Query().Where(rightsrequest.SubjectID(h.ids[held]),
		rightsrequest.TypeEQ(rightsrequest.TypeErasure), rightsrequest.OpenTypeNotNil()).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	staff := h.as(dpo)
	vars := map[string]any{"id": strconv.Itoa(open.ID)}
	if open.State == rightsrequest.StateSubmitted {
		h.gql(staff, `mutation($id: ID!) { startRequest(id: $id) { state } }`, vars)
	}
	if done := h.gql(staff, `mutation($id: ID!) { completeRequest(id: $id) { state } }`, vars); done.code() != "LEGAL_HOLD" {
		t.Errorf("completing an erasure under a legal hold: %q %s", done.code(), done.Data)
	}
	if n, _ := h.portal.Store.Client.ActivityEvent.Query().Where(activityevent.UserID(h.ids[held])).Count(ctx); n == 0 {
		t.Error("the held person's data was erased")
	}
}

func TestRestrictionExcludesFromMarketingUntilLifted(t *testing.T) {
	h := start(t)
	const person = "grace.okafor@acme.example"
	staff := h.as(dpo)
	audience := func() string {
		got := h.gql(staff, `{ marketingAudience(channel: EMAIL, topic: NEWSLETTERS, first: 100) { edges { node { email } } }
		  profilingAudience(first: 100) { edges { node { email } } } }`, nil)
		if got.code() != "" {
			t.Fatalf("audience: %+v", got.Errors)
		}
		return string(got.Data)
	}
	ctx := viewer.SystemContext(context.Background())
	id := h.ids[person]
	out, _ := h.submit(t, person, map[string]any{"type": "RESTRICTION", "description": "While my complaint is looked at."})
	vars := map[string]any{"id": out.SubmitRequest.ID}
	h.gql(staff, `mutation($id: ID!) { startRequest(id: $id) { state } }`, vars)
	h.gql(staff, `mutation($id: ID!) { completeRequest(id: $id) { state } }`, vars)
	if u, _ := h.portal.Store.Client.User.Get(ctx, id); u.Status != user.StatusRestricted {
		t.Fatalf("after a completed restriction request the account is %s", u.Status)
	}
	if contains(audience(), person) {
		t.Errorf("a restricted person is in a marketing or profiling audience")
	}
	lift := `mutation($id: ID!, $note: String!) { liftRestriction(userID: $id, note: $note) { status } }`
	liftVars := map[string]any{"id": strconv.Itoa(id), "note": "Your complaint has been resolved."}
	if got := h.gql(h.as(person), lift, liftVars); got.code() != "FORBIDDEN" {
		t.Errorf("the person lifting their own restriction: %q", got.code())
	}
	if got := h.gql(staff, lift, liftVars); got.code() != "" || !contains(string(got.Data), `"status":"ACTIVE"`) {
		t.Fatalf("staff lifting the restriction: %s %+v", got.Data, got.Errors)
	}
	if got := h.gql(staff, lift, liftVars); got.code() != "NOT_RESTRICTED" {
		t.Errorf("lifting twice: %q", got.code())
	}
	if told, _ := h.portal.Store.Client.Notification.Query().Where(notification.UserID(id), notification.BodyContains("lifted")).Count(ctx); told != 1 {
		t.Errorf("the person was told %d times of the lifting, want once", told)
	}
}
