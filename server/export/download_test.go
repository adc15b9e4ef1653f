package export

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent/auditentry"
	"github.com/learnerportal/portal/ent/exportarchive"
	"github.com/learnerportal/portal/server/viewer"
	"github.com/learnerportal/portal/server/web"
)

// downloader serves /exports/{id} as the portal routes it, after the sign-in middleware.
func (f *fixture) downloader() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /exports/{id}", DownloadHandler(f.Store, f.blobs, f.clock))
	return web.WithRequestID(mux)
}

// get downloads archive id as the demo person email ("" for nobody signed in).
func (f *fixture) get(t *testing.T, email string, id int) *httptest.ResponseRecorder {
	t.Helper()
	ctx := context.Background()
	if email != "" {
		ctx = f.As(t, email)
	}
	r := httptest.NewRequestWithContext(ctx, http.MethodGet, "/exports/"+strconv.Itoa(id), nil)
	w := httptest.NewRecorder()
	f.downloader().ServeHTTP(w, r)
	return w
}

// readyArchive builds the archive of an access request about subject submitted by submitter.
func (f *fixture) readyArchive(t *testing.T, subject, submitter string) int {
	t.Helper()
	a := f.requestArchive(t, subject, submitter)
	if err := f.build(f.buildWorker(), a.ID, 1); err != nil {
		t.Fatal(err)
	}
	return a.ID
}

func TestDownloadAuthorisation(t *testing.T) {
	f := newFixture(t)
	forPriya := f.readyArchive(t, "priya.shah@acme.example", "admin@acme.example")
	byPriya := f.readyArchive(t, "priya.shah@acme.example", "priya.shah@acme.example")
	for _, c := range []struct {
		name, who string
		archive   int
		status    int
		code      string
	}{
		{"the person it is about", "priya.shah@acme.example", forPriya, http.StatusOK, ""},
		{"the employer admin who asked for it", "admin@acme.example", forPriya, http.StatusOK, ""},
		{"staff", "dpo@provider.example", forPriya, http.StatusOK, ""},
		{"her employer admin, who did not ask for it", "admin@acme.example", byPriya, http.StatusForbidden, "FORBIDDEN"},
		{"another organisation's admin", "admin@brightside.example", forPriya, http.StatusNotFound, "NOT_FOUND"},
		{"an unrelated learner", "learner@example.com", forPriya, http.StatusNotFound, "NOT_FOUND"},
		{"nobody signed in", "", forPriya, http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"an archive that does not exist", "dpo@provider.example", forPriya + 1000, http.StatusNotFound, "NOT_FOUND"},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := f.get(t, c.who, c.archive)
			if w.Code != c.status {
				t.Fatalf("status %d, want %d: %s", w.Code, c.status, w.Body)
			}
			if c.status == http.StatusOK {
				assertZipDownload(t, f, w, c.archive)
			} else {
				assertErrorCode(t, w, c.code)
			}
		})
	}
}

func assertZipDownload(t *testing.T, f *fixture, w *httptest.ResponseRecorder, id int) {
	t.Helper()
	a := f.archive(t, id)
	want := map[string]string{
		"Content-Type":           "application/zip",
		"Content-Disposition":    `attachment; filename="personal-data-2026-03-02.zip"`,
		"Content-Length":         strconv.FormatInt(a.SizeBytes, 10),
		"Cache-Control":          "no-store",
		"X-Content-Type-Options": "nosniff",
	}
	for header, value := range want {
		if got := w.Header().Get(header); got != value {
			t.Errorf("%s: %q, want %q", header, got, value)
		}
	}
	if int64(w.Body.Len()) != a.SizeBytes {
		t.Fatalf("sent %d bytes, want %d", w.Body.Len(), a.SizeBytes)
	}
	names, _ := unzip(t, w.Body.Bytes())
	if names[len(names)-1] != "manifest.json" {
		t.Fatalf("the download holds %v", names)
	}
}

func assertErrorCode(t *testing.T, w *httptest.ResponseRecorder, code string) {
	t.Helper()
	var body struct {
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(w.Body.Bytes(), &body); err != nil || len(body.Errors) != 1 {
		t.Fatalf("error body %s: %v", w.Body, err)
	}
	if e := body.Errors[0]; e.Extensions.Code != code || e.Message == "" {
		t.Fatalf("error %+v, want code %s and a message", e, code)
	}
	if bytes.Contains(w.Body.Bytes(), []byte("PK")) {
		t.Fatal("a refusal sent archive bytes")
	}
}

func TestDownloadOnlyWhileReady(t *testing.T) {
	f := newFixture(t)
	ready := f.readyArchive(t, "learner@example.com", "learner@example.com")
	pending := f.requestArchive(t, "learner@example.com", "learner@example.com")

	if w := f.get(t, "learner@example.com", pending.ID); w.Code != http.StatusConflict {
		t.Fatalf("an archive still being built: status %d, want 409", w.Code)
	} else {
		assertErrorCode(t, w, CodeNotReady)
	}

	f.now = f.now.Add(linkTTL)
	if w := f.get(t, "learner@example.com", ready); w.Code != http.StatusGone {
		t.Fatalf("an archive past its expiry, not yet swept: status %d, want 410", w.Code)
	} else {
		assertErrorCode(t, w, CodeExpired)
	}
	if err := NewExpiryWorker(f.Store, f.blobs, f.clock).Work(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if a := f.archive(t, ready); a.State != exportarchive.StateExpired {
		t.Fatalf("state %s after the expiry", a.State)
	}
	if w := f.get(t, "learner@example.com", ready); w.Code != http.StatusGone {
		t.Fatalf("an expired archive: status %d, want 410", w.Code)
	}
}

func TestDownloadWritesOneAuditEntry(t *testing.T) {
	f := newFixture(t)
	id := f.readyArchive(t, "priya.shah@acme.example", "admin@acme.example")
	system := viewer.SystemContext(context.Background())
	before, err := f.Client.AuditEntry.Query().Count(system)
	if err != nil {
		t.Fatal(err)
	}
	f.now = f.now.Add(time.Hour)
	if w := f.get(t, "admin@acme.example", id); w.Code != http.StatusOK {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	entries, err := f.Client.AuditEntry.Query().Order(auditentry.ByID()).All(system)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != before+1 {
		t.Fatalf("%d audit entries written, want exactly 1", len(entries)-before)
	}
	e := entries[len(entries)-1]
	if e.Action != auditentry.ActionDownload || e.Entity != "ExportArchive" || e.EntityID == nil || *e.EntityID != id ||
		*e.SubjectID != f.IDs["priya.shah@acme.example"] || *e.ActorID != f.IDs["admin@acme.example"] ||
		e.ActorRole != "EMPLOYER_ADMIN" || !e.OccurredAt.Equal(f.now) || e.RequestID == "" {
		t.Fatalf("audit entry %+v", e)
	}

	// Refusals are not downloads, and nor is a HEAD request.
	f.get(t, "learner@example.com", id)
	f.get(t, "", id)
	head := httptest.NewRequestWithContext(f.As(t, "admin@acme.example"), http.MethodHead, "/exports/"+strconv.Itoa(id), nil)
	w := httptest.NewRecorder()
	f.downloader().ServeHTTP(w, head)
	if w.Code != http.StatusOK || w.Body.Len() != 0 || w.Header().Get("Content-Length") == "" {
		t.Fatalf("HEAD: status %d, %d bytes, headers %v", w.Code, w.Body.Len(), w.Header())
	}
	if n, err := f.Client.AuditEntry.Query().Count(system); err != nil || n != before+1 {
		t.Fatalf("%d audit entries after refused downloads, want %d (%v)", n, before+1, err)
	}
}
