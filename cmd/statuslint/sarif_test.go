package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzers"
)

func writeLog(t *testing.T, rootDir string, findings []finding, problems []string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := newLog(rootDir, findings, problems).PrettyWrite(&buf); err != nil {
		t.Fatal(err)
	}
	if err := validateSARIF(buf.Bytes()); err != nil {
		t.Fatalf("invalid SARIF: %v\n%s", err, buf.Bytes())
	}
	return buf.Bytes()
}

// TestSARIFRules: one rule per check, in the order of analyzers.All, with
// what code scanning shows: the doc.go title and text, the help of
// statuslint explain NAME in text and Markdown, and the default level.
func TestSARIFRules(t *testing.T) {
	data := writeLog(t, t.TempDir(), nil, nil)
	var log sarifLog
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	d := log.Runs[0].Tool.Driver
	if d.Name != "statuslint" || d.InformationURI != infoURI || d.Version == "" {
		t.Errorf("driver = %q %q %q, want statuslint, %s and a version", d.Name, d.InformationURI, d.Version, infoURI)
	}
	if len(d.Rules) != len(analyzers.All) {
		t.Fatalf("%d rules, want one per check: %d", len(d.Rules), len(analyzers.All))
	}
	for i, a := range analyzers.All {
		r := d.Rules[i]
		if r.ID != a.Name || r.Name != a.Name {
			t.Errorf("rule %d: id %q name %q, want %q", i, r.ID, r.Name, a.Name)
			continue
		}
		title, body, _ := strings.Cut(a.Doc, "\n")
		if r.ShortDescription.Text != title || r.FullDescription.Text != strings.TrimSpace(body) {
			t.Errorf("%s: descriptions are not the doc.go title and text", a.Name)
		}
		if r.Help.Text != checkCard(a) {
			t.Errorf("%s: help text is not statuslint explain %s", a.Name, a.Name)
		}
		if !strings.HasPrefix(r.Help.Markdown, "**"+a.Name+"**: "+title) {
			t.Errorf("%s: help markdown starts %.60q", a.Name, r.Help.Markdown)
		}
		if r.HelpURI != a.URL {
			t.Errorf("%s: helpUri %q, want %q", a.Name, r.HelpURI, a.URL)
		}
		if c := r.DefaultConfiguration; c.Level != "warning" || c.Enabled == analyzers.Off[a.Name] {
			t.Errorf("%s: default configuration %+v, want level warning, enabled %v", a.Name, c, !analyzers.Off[a.Name])
		}
	}
}

// TestSARIFResults builds a log from findings: one after non-ASCII
// text, one without an end, one with related information, and one
// outside the repository.
func TestSARIFResults(t *testing.T) {
	rootDir := t.TempDir()
	outside := t.TempDir()
	src := "package api\n\nfunc h() {\n\tcall(\"naïve 🙂\", 299)\n\tcall(230)\n}\n"
	apiGo := filepath.Join(rootDir, "svc", "api.go")
	otherGo := filepath.Join(outside, "other.go")
	for _, f := range []string{apiGo, otherGo} {
		if err := os.MkdirAll(filepath.Dir(f), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	at := func(file string, line, col int) position { return position{file, line, col} }
	// Byte columns: 299 starts at byte 20 of line 4; in UTF-16 code units
	// ï is 1 (2 bytes) and 🙂 is 2 (4 bytes), so at column 17. A finding
	// that ends where it starts covers the rest of its line.
	findings := []finding{
		{check: "unknowncode", pos: at(otherGo, 5, 7), end: at(otherGo, 5, 10), message: "outside"},
		{check: "unknowncode", pos: at(apiGo, 4, 20), end: at(apiGo, 4, 23), message: "status 299"},
		{check: "unknowncode", pos: at(apiGo, 5, 7), end: at(apiGo, 5, 7), message: "status 230",
			related: []related{{at(apiGo, 4, 2), at(apiGo, 4, 6), "see here"}}},
	}
	data := writeLog(t, rootDir, findings, nil)
	got, err := sarifSummary(data)
	if err != nil {
		t.Fatal(err)
	}
	want := "unknowncode warning " + fileURI(otherGo) + " 5:7-5:10: outside\n" +
		"unknowncode warning %SRCROOT%/svc/api.go 4:17-4:20: status 299\n" +
		"unknowncode warning %SRCROOT%/svc/api.go 5:7-5:11: status 230 ([see here](1))\n" +
		"\t%SRCROOT%/svc/api.go 4:2-4:6: see here\n"
	if got != want {
		t.Errorf("results:\n%s\nwant:\n%s", got, want)
	}
	if !strings.Contains(string(data), `"%SRCROOT%": {`+"\n"+`          "uri": "`+fileURI(rootDir)+`/"`) {
		t.Errorf("originalUriBaseIds does not map %%SRCROOT%% to %s/:\n%s", fileURI(rootDir), data)
	}

	// The schema is really checked: a log with a level SARIF does not
	// know is rejected.
	bad := bytes.Replace(data, []byte(`"level": "warning"`), []byte(`"level": "fatal"`), 1)
	if err := validateSARIF(bad); err == nil {
		t.Error("a result with level fatal passed the schema")
	}
}

func TestSARIFProblems(t *testing.T) {
	data := writeLog(t, t.TempDir(), nil, []string{"broken.go:6:9: undefined: missing"})
	got, err := sarifSummary(data)
	if err != nil {
		t.Fatal(err)
	}
	if want := "notification error: broken.go:6:9: undefined: missing\n"; got != want {
		t.Errorf("summary %q, want %q", got, want)
	}
	if !strings.Contains(string(data), `"executionSuccessful": false`) {
		t.Errorf("a run with problems is not marked unsuccessful:\n%s", data)
	}
}

// TestSARIFFixesAndLinks: a suggested fix becomes a SARIF fix, the bytes
// it replaces given as lines and columns and as bytes; related
// locations have ids that the message links; the leak checks' rules
// carry security-severity.
func TestSARIFFixesAndLinks(t *testing.T) {
	rootDir := t.TempDir()
	src := "package api\n\nfunc h() {\n\tredirect(\"é\", 301)\n}\n"
	apiGo := filepath.Join(rootDir, "api.go")
	if err := os.WriteFile(apiGo, []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	at301 := strings.Index(src, "301")
	findings := []finding{{
		check: "postredirect", pos: position{apiGo, 4, 17}, end: position{apiGo, 4, 20}, message: "a POST [sent] with 301",
		related: []related{{position{apiGo, 4, 2}, position{apiGo, 4, 10}, "sent here"}, {position{apiGo, 3, 1}, position{apiGo, 3, 5}, "in h"}},
		fixes:   []suggestedFix{{message: "use 308", edits: []edit{{apiGo, at301, at301 + 3, "308"}}}},
	}}
	data := writeLog(t, rootDir, findings, nil)
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID         string
						Properties map[string]any
					}
				}
			}
			Results []struct {
				Message          struct{ Text string }
				RelatedLocations []struct{ ID int }
				Fixes            []struct {
					Description     struct{ Text string }
					ArtifactChanges []struct {
						ArtifactLocation struct{ URI, URIBaseID string }
						Replacements     []struct {
							DeletedRegion   struct{ StartLine, StartColumn, EndLine, EndColumn, ByteOffset, ByteLength int }
							InsertedContent struct{ Text string }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		t.Fatal(err)
	}
	res := log.Runs[0].Results[0]
	if want := `a POST \[sent\] with 301 ([sent here](1), [in h](2))`; res.Message.Text != want {
		t.Errorf("message %q, want %q", res.Message.Text, want)
	}
	if len(res.RelatedLocations) != 2 || res.RelatedLocations[0].ID != 1 || res.RelatedLocations[1].ID != 2 {
		t.Errorf("related location ids: %+v, want 1 and 2", res.RelatedLocations)
	}
	if len(res.Fixes) != 1 || len(res.Fixes[0].ArtifactChanges) != 1 || len(res.Fixes[0].ArtifactChanges[0].Replacements) != 1 {
		t.Fatalf("fixes: %+v, want one with one replacement", res.Fixes)
	}
	ch := res.Fixes[0].ArtifactChanges[0]
	rep := ch.Replacements[0]
	// 301 is at byte column 17 of line 4 (é is 2 bytes), UTF-16 column 16.
	if ch.ArtifactLocation.URI != "api.go" || ch.ArtifactLocation.URIBaseID != "%SRCROOT%" ||
		rep.DeletedRegion.StartLine != 4 || rep.DeletedRegion.StartColumn != 16 || rep.DeletedRegion.EndLine != 4 || rep.DeletedRegion.EndColumn != 19 ||
		rep.DeletedRegion.ByteOffset != at301 || rep.DeletedRegion.ByteLength != 3 || rep.InsertedContent.Text != "308" || res.Fixes[0].Description.Text != "use 308" {
		t.Errorf("fix: %+v", res.Fixes[0])
	}
	sev := map[string]any{}
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		if v, ok := r.Properties["security-severity"]; ok {
			sev[r.ID] = v
		}
	}
	if len(sev) != 2 || sev["stackleak"] != "5.3" || sev["errleak"] != "4.3" {
		t.Errorf("security-severity: %v, want stackleak 5.3 and errleak 4.3", sev)
	}
}
