package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/learnerportal/portal/ent/activityevent"
	"github.com/learnerportal/portal/ent/exportarchive"
	"github.com/learnerportal/portal/ent/rightsrequest"
	"github.com/learnerportal/portal/ent/user"
	"github.com/learnerportal/portal/server/config"
	"github.com/learnerportal/portal/server/storage"
	"github.com/learnerportal/portal/server/storage/storagetest"
	"github.com/learnerportal/portal/server/viewer"
)

// The crash test runs the portal as a child process: this test binary, re-executed with
// childEnv set, runs main instead of the tests.
const childEnv = "PORTAL_CRASH_TEST_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// crashEvents is how much history the person has: enough that building their archive and
// erasing them take long enough to be killed in the middle of.
const crashEvents = 100_000

// Killing the portal in the middle of building an archive or of an erasure leaves no half of
// either, and the job finishes after a restart (on another replica it would be the same).
func TestKilledMidExportAndMidErasureFinishesAfterRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the portal as a child process with a large history")
	}
	dir := t.TempDir()
	port := freePort(t)
	env := append(os.Environ(), childEnv+"=1",
		"PORT="+strconv.Itoa(port),
		fmt.Sprintf("PUBLIC_URL=http://127.0.0.1:%d", port),
		"SQLITE_PATH="+filepath.Join(dir, "portal.db"),
		"DATABASE_URL="+storagetest.ScratchURL(t),
		"EXPORT_DIR="+filepath.Join(dir, "exports"),
		"JOB_RESCUE_AFTER=30s",
		"LOG_LEVEL=warn",
	)
	p := &child{t: t, env: env, url: fmt.Sprintf("http://127.0.0.1:%d", port), logs: filepath.Join(dir, "portal.log")}
	p.start()
	defer p.kill()

	store, err := storage.Open(context.Background(), envValue(env, "DATABASE_URL"), envValue(env, "SQLITE_PATH"), time.Now)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	ctx := viewer.SystemContext(context.Background())
	const person = "ellen.jones@example.net"
	ellen, err := store.Client.User.Query().Where(user.Email(person)).Only(ctx)
	if err != nil {
		t.Fatal(err)
	}
	addEvents(t, store, ellen.ID, crashEvents)
	events := func() int {
		n, err := store.Client.ActivityEvent.Query().Where(activityevent.UserID(ellen.ID)).Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := events()

	// Export: killed while building, rebuilt after the restart.
	learner := p.signIn(person)
	var started struct{ DownloadMyData struct{ ID string } }
	p.gql(learner, `mutation { downloadMyData { id } }`, nil, &started)
	requestID, _ := strconv.Atoi(started.DownloadMyData.ID)
	waitUntil(t, "the archive is building", func() bool {
		a, err := store.Client.ExportArchive.Query().Where(exportarchive.RequestID(requestID)).Only(ctx)
		return err == nil && a.State == exportarchive.StateBuilding
	})
	p.kill()
	a, err := store.Client.ExportArchive.Query().Where(exportarchive.RequestID(requestID)).Only(ctx)
	if err != nil || a.State == exportarchive.StateReady {
		t.Fatalf("killed while building, the archive is %v (%v)", a.State, err)
	}
	p.start()
	waitUntil(t, "the archive is ready after the restart", func() bool {
		a, err := store.Client.ExportArchive.Query().Where(exportarchive.RequestID(requestID)).Only(ctx)
		return err == nil && a.State == exportarchive.StateReady
	})
	a, _ = store.Client.ExportArchive.Query().Where(exportarchive.RequestID(requestID)).Only(ctx)
	learner = p.signIn(person)
	zipped := p.get(learner, fmt.Sprintf("/exports/%d", a.ID))
	zr, err := zip.NewReader(bytes.NewReader(zipped), int64(len(zipped)))
	if err != nil {
		t.Fatalf("the archive built after the restart is not a ZIP: %v", err)
	}
	for _, f := range zr.File {
		if f.Name == "csv/activity_events.csv" && f.UncompressedSize64 < crashEvents*20 {
			t.Errorf("the rebuilt archive's activity has only %d bytes for %d events", f.UncompressedSize64, before)
		}
	}

	// Erasure: killed while erasing, all or nothing, finished after the restart.
	staff := p.signIn("dpo@provider.example")
	var submitted struct{ SubmitRequest struct{ ID string } }
	p.gql(learner, `mutation { submitRequest(input: {type: ERASURE}) { id } }`, nil, &submitted)
	vars := map[string]any{"id": submitted.SubmitRequest.ID}
	p.gql(staff, `mutation($id: ID!) { startRequest(id: $id) { state } }`, vars, nil)
	before = events() // signing in added to it
	p.gql(staff, `mutation($id: ID!) { completeRequest(id: $id) { state } }`, vars, nil)
	waitUntil(t, "the erasure job is running", func() bool { return jobState(t, store, "request.erase") == "running" })
	time.Sleep(100 * time.Millisecond)
	p.kill()
	erasureID, _ := strconv.Atoi(submitted.SubmitRequest.ID)
	r, err := store.Client.RightsRequest.Get(ctx, erasureID)
	if err != nil {
		t.Fatal(err)
	}
	u, _ := store.Client.User.Get(ctx, ellen.ID)
	switch left := events(); {
	case left == before && r.State != rightsrequest.StateCompleted && u.Status == user.StatusActive:
		t.Logf("killed mid-erasure: none of it happened (%d events kept)", left)
	case left == 0 && r.State == rightsrequest.StateCompleted && u.Status == user.StatusClosed:
		t.Logf("killed mid-erasure: it had already committed")
	default:
		t.Fatalf("killed mid-erasure, half of it happened: %d of %d events left, request %s, account %s", left, before, r.State, u.Status)
	}
	p.start()
	waitUntil(t, "the erasure completes after the restart", func() bool {
		r, err := store.Client.RightsRequest.Get(ctx, erasureID)
		return err == nil && r.State == rightsrequest.StateCompleted
	})
	if left := events(); left != 0 {
		t.Errorf("after the erasure %d events are left", left)
	}
	if u, _ := store.Client.User.Get(ctx, ellen.ID); u.Status != user.StatusClosed || u.Email == person {
		t.Errorf("after the erasure the account is %s with email %q", u.Status, u.Email)
	}
}

// child is the portal running as a child process.
type child struct {
	t    *testing.T
	env  []string
	url  string
	logs string
	cmd  *exec.Cmd
}

func (c *child) start() {
	c.t.Helper()
	logs, err := os.OpenFile(c.logs, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		c.t.Fatal(err)
	}
	c.cmd = exec.Command(os.Args[0], "-test.run=^$")
	c.cmd.Env, c.cmd.Stdout, c.cmd.Stderr = c.env, logs, logs
	if err := c.cmd.Start(); err != nil {
		c.t.Fatal(err)
	}
	_ = logs.Close()
	waitUntil(c.t, "the portal is ready", func() bool {
		resp, err := http.Get(c.url + "/readyz")
		if err != nil {
			return false
		}
		resp.Body.Close()
		return resp.StatusCode == http.StatusOK
	})
}

// kill ends the process at once, as a crash or an out-of-memory kill would: no shutdown.
func (c *child) kill() {
	if c.cmd == nil || c.cmd.Process == nil {
		return
	}
	_ = c.cmd.Process.Signal(syscall.SIGKILL)
	_ = c.cmd.Wait()
	c.cmd = nil
}

var loginForm = regexp.MustCompile(`name="authRequestID" value="([^"]+)"`)

// signIn runs the development identity provider's sign-in as a browser would.
func (c *child) signIn(email string) *http.Client {
	c.t.Helper()
	jar, _ := cookiejar.New(nil)
	b := &http.Client{Jar: jar, Timeout: time.Minute}
	resp, err := b.Get(c.url + "/auth/login?return_to=/")
	if err != nil {
		c.t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := loginForm.FindSubmatch(page)
	if m == nil {
		c.t.Fatalf("no login form at %s", resp.Request.URL)
	}
	resp, err = b.PostForm(c.url+config.DevIssuerPath+"/login",
		url.Values{"authRequestID": {string(m[1])}, "email": {email}, "password": {"demo"}})
	if err != nil {
		c.t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Request.URL.Path != "/" {
		c.t.Fatalf("signing in as %s ended at %s", email, resp.Request.URL)
	}
	return b
}

func (c *child) gql(b *http.Client, query string, variables map[string]any, out any) {
	c.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": variables})
	resp, err := b.Post(c.url+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	var got struct {
		Data   json.RawMessage
		Errors []struct{ Message string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil || len(got.Errors) > 0 {
		c.t.Fatalf("%s: %v %+v", query, err, got.Errors)
	}
	if out != nil {
		if err := json.Unmarshal(got.Data, out); err != nil {
			c.t.Fatal(err)
		}
	}
}

func (c *child) get(b *http.Client, path string) []byte {
	c.t.Helper()
	resp, err := b.Get(c.url + path)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		c.t.Fatalf("GET %s: %d %s", path, resp.StatusCode, body)
	}
	return body
}

// addEvents gives the person n page views.
func addEvents(t *testing.T, store *storage.Store, personID, n int) {
	t.Helper()
	tx, err := store.DB.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback() //nolint:errcheck // a no-op after Commit
	at := time.Now().UTC().Add(-time.Hour)
	storagetest.InsertRows(t, tx, store.Dialect, "activity_events",
		[]string{"user_id", "kind", "occurred_at", "ip_address", "user_agent", "detail"}, n,
		func(i int) []any {
			return []any{personID, "PAGE_VIEW", at.Add(time.Duration(i) * time.Millisecond), "192.0.2.7", "Mozilla/5.0 (crash test)", fmt.Sprintf("/courses/%d", i)}
		})
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

func jobState(t *testing.T, store *storage.Store, kind string) string {
	var state string
	err := store.DB.QueryRow("SELECT state FROM river_job WHERE kind = '" + kind + "' ORDER BY id DESC LIMIT 1").Scan(&state)
	if err != nil && !strings.Contains(err.Error(), "no rows") {
		t.Fatal(err)
	}
	return state
}

func waitUntil(t *testing.T, what string, done func() bool) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for !done() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func envValue(env []string, name string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if v, ok := strings.CutPrefix(env[i], name+"="); ok {
			return v
		}
	}
	return ""
}
