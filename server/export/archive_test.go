package export

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/learnerportal/portal/server/viewer"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// TestArchiveMatchesGolden compares every file of a demo learner's archive with the golden copy.
// The demo data is the same on every run (see seededDemo), and so is the archive, but for the
// IDs, which normaliseIDs makes the same on SQLite and PostgreSQL.
func TestArchiveMatchesGolden(t *testing.T) {
	d := seededDemo(t)
	archive, _ := writeArchive(t, d, d.IDs["learner@example.com"])
	names, content := unzip(t, archive)
	normaliseIDs(content)
	dir := filepath.Join("testdata", "golden", "learner")
	if *update {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			path := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, content[name], 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	var golden []string
	err := filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			golden = append(golden, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(golden)
	if got := slices.Sorted(slices.Values(names)); !slices.Equal(got, golden) {
		t.Fatalf("archive files %v, golden files %v", got, golden)
	}
	for _, name := range names {
		want, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(content[name], want) {
			t.Errorf("%s differs from the golden file (run go test -run TestArchiveMatchesGolden -update to accept):\n%s",
				name, firstDifference(content[name], want))
		}
	}
}

// globalID matches the IDs of every table but activity_events: the schema starts each table's
// IDs at a multiple of 2³² (ent's global unique IDs).
var globalID = regexp.MustCompile(`\b[1-9][0-9]{9,}\b`)

// normaliseIDs replaces each ID by its table's first ID plus its rank among the IDs of that
// table in the archive. SQLite's AUTOINCREMENT continues after the sequence value the migration
// sets, while PostgreSQL's identity starts at it, so the same row has IDs one apart on the two.
// The manifest's hashes, of the files before normalising, become a placeholder; another test
// checks them.
func normaliseIDs(content map[string][]byte) {
	byTable := map[int64][]int64{}
	for name, b := range content {
		if name == "manifest.json" {
			continue
		}
		for _, m := range globalID.FindAll(b, -1) {
			id, _ := strconv.ParseInt(string(m), 10, 64)
			if id >= 1<<32 {
				byTable[id>>32] = append(byTable[id>>32], id)
			}
		}
	}
	normal := map[string]string{}
	for table, ids := range byTable {
		slices.Sort(ids)
		for rank, id := range slices.Compact(ids) {
			normal[strconv.FormatInt(id, 10)] = strconv.FormatInt(table<<32+int64(rank)+1, 10)
		}
	}
	for name, b := range content {
		content[name] = globalID.ReplaceAllFunc(b, func(m []byte) []byte {
			if n, ok := normal[string(m)]; ok {
				return []byte(n)
			}
			return m
		})
	}
	content["manifest.json"] = sha256Field.ReplaceAll(content["manifest.json"], []byte(`"sha256": "(normalised)"`))
}

var sha256Field = regexp.MustCompile(`"sha256": "[0-9a-f]{64}"`)

// firstDifference shows the first line where got and want differ.
func firstDifference(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := range max(len(g), len(w)) {
		var gl, wl []byte
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if !bytes.Equal(gl, wl) {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + string(gl) + "\nwant: " + string(wl)
		}
	}
	return "(no line differs)"
}

// TestManifestListsEveryFile checks that the manifest, and the files Write returns, give the size
// and SHA-256 of every other file of the archive.
func TestManifestListsEveryFile(t *testing.T) {
	d := seededDemo(t)
	archive, returned := writeArchive(t, d, d.IDs["priya.shah@acme.example"])
	names, content := unzip(t, archive)
	if names[len(names)-1] != "manifest.json" {
		t.Fatalf("the last file is %s, want manifest.json", names[len(names)-1])
	}
	var m struct{ Files []fileEntry }
	if err := json.Unmarshal(content["manifest.json"], &m); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.Files, returned) {
		t.Errorf("manifest lists %v, Write returned %v", m.Files, returned)
	}
	var listed []string
	for _, f := range m.Files {
		listed = append(listed, f.Name)
		sum := sha256.Sum256(content[f.Name])
		if int64(len(content[f.Name])) != f.Size || hex.EncodeToString(sum[:]) != f.SHA256 {
			t.Errorf("%s: manifest says %d bytes, %s; the file has %d bytes, %x", f.Name, f.Size, f.SHA256, len(content[f.Name]), sum)
		}
	}
	if !slices.Equal(listed, names[:len(names)-1]) {
		t.Errorf("manifest lists %v, archive has %v", listed, names)
	}
}

// TestValuesSurviveEveryFormat writes a value with quotes, markup, a newline and non-ASCII text,
// and reads it back from data.json and the CSV, and finds it escaped in index.html.
func TestValuesSurviveEveryFormat(t *testing.T) {
	d := seededDemo(t)
	person := d.IDs["learner@example.com"]
	tricky := "<script>alert(\"pwned\")</script>, 'quoted'\n\tnext line & café ✓"
	if err := d.Client.SurveyAnswer.Create().SetUserID(person).SetSurvey("Feedback").SetQuestion("Anything else?").
		SetAnswer(tricky).SetAnsweredAt(demoNow).Exec(viewer.SystemContext(context.Background())); err != nil {
		t.Fatal(err)
	}
	archive, _ := writeArchive(t, d, person)
	_, content := unzip(t, archive)

	var data struct {
		Sections map[string]struct{ Rows []map[string]any }
	}
	if err := json.Unmarshal(content["data.json"], &data); err != nil {
		t.Fatalf("data.json is not JSON: %v", err)
	}
	answers := data.Sections["survey_answers"].Rows
	if got := answers[len(answers)-1]["answer"]; got != tricky {
		t.Errorf("data.json holds %q, want %q", got, tricky)
	}

	records, err := csv.NewReader(bytes.NewReader(content["csv/survey_answers.csv"])).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v", err)
	}
	column := slices.Index(records[0], "answer")
	if got := records[len(records)-1][column]; got != tricky {
		t.Errorf("the CSV holds %q, want %q", got, tricky)
	}

	page := string(content["index.html"])
	if strings.Contains(page, "<script>") || !strings.Contains(page, "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;") {
		t.Error("index.html does not escape the value")
	}
	for _, external := range []string{"src=", "href=\"http", "<link", "@import", "url("} {
		if strings.Contains(page, external) {
			t.Errorf("index.html refers to something outside the page: %s", external)
		}
	}
}

func TestProgressIsReportedAtMostEveryInterval(t *testing.T) {
	var reported []int
	w := &writer{Archive: Archive{Progress: func(p int) { reported = append(reported, p) }}, totalRows: 200,
		lastReport: time.Now().Add(-progressInterval)}
	for range 100 {
		w.rowWritten()
	}
	if !slices.Equal(reported, []int{0}) {
		t.Fatalf("reported %v, want one report, at once, of the first row (0%%)", reported)
	}
	w.lastReport = time.Now().Add(-progressInterval)
	w.rowWritten()
	if !slices.Equal(reported, []int{0, 50}) {
		t.Fatalf("reported %v, want a second report of 50%% once the interval passed", reported)
	}
}
