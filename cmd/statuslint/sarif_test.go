package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzers"
	"github.com/statuslint/statuslint/analyzers/unknowncode"
)

func writeLog(t *testing.T, rootDir string, roots []*checker.Action, problems []string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := newLog(rootDir, roots, problems).PrettyWrite(&buf); err != nil {
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

// TestSARIFResults builds a log from hand-made actions: the same finding
// from a package and its test variant, a finding after non-ASCII text,
// one without an end, one with related information, and one outside the
// repository.
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
	// parse gives a package whose file set holds file, as a loader would.
	parse := func(file string) (*packages.Package, func(line, col int) token.Pos) {
		fset := token.NewFileSet()
		tf := fset.AddFile(file, -1, len(src))
		tf.SetLinesForContent([]byte(src))
		return &packages.Package{Fset: fset}, func(line, col int) token.Pos {
			return tf.LineStart(line) + token.Pos(col-1)
		}
	}
	pkg, pos := parse(apiGo)
	testPkg, testPos := parse(apiGo) // the test variant parses the file again
	otherPkg, otherPos := parse(otherGo)
	a := unknowncode.Analyzer
	diag := func(pos func(int, int) token.Pos, line, col, endCol int, msg string) analysis.Diagnostic {
		d := analysis.Diagnostic{Pos: pos(line, col), Message: msg}
		if endCol > 0 {
			d.End = pos(line, endCol)
		}
		return d
	}
	// Byte columns: 299 starts at byte 20 of line 4; in UTF-16 code units
	// ï is 1 (2 bytes) and 🙂 is 2 (4 bytes), so at column 17.
	in299 := diag(pos, 4, 20, 23, "status 299")
	related := diag(pos, 5, 7, 0, "status 230")
	related.Related = []analysis.RelatedInformation{{Pos: pos(4, 2), End: pos(4, 6), Message: "see here"}}
	roots := []*checker.Action{
		{Analyzer: a, Package: otherPkg, IsRoot: true, Diagnostics: []analysis.Diagnostic{diag(otherPos, 5, 7, 10, "outside")}},
		{Analyzer: a, Package: pkg, IsRoot: true, Diagnostics: []analysis.Diagnostic{related, in299}},
		{Analyzer: a, Package: testPkg, IsRoot: true, Diagnostics: []analysis.Diagnostic{diag(testPos, 4, 20, 23, "status 299")}},
	}
	data := writeLog(t, rootDir, roots, nil)
	got, err := sarifSummary(data)
	if err != nil {
		t.Fatal(err)
	}
	want := "unknowncode warning " + fileURI(otherGo) + " 5:7-5:10: outside\n" +
		"unknowncode warning %SRCROOT%/svc/api.go 4:17-4:20: status 299\n" +
		"unknowncode warning %SRCROOT%/svc/api.go 5:7-5:11: status 230\n" +
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

func TestWantsSARIF(t *testing.T) {
	for _, tc := range []struct {
		args  string
		sarif bool
		rest  string
	}{
		{"./...", false, "./..."},
		{"-sarif ./...", true, "-sarif ./..."},
		{"--sarif ./...", true, "--sarif ./..."},
		{"-unknowncode=false -sarif=true ./...", true, "-unknowncode=false -sarif=true ./..."},
		{"-sarif=false ./...", false, "./..."},
		{"-sarif=maybe ./...", true, "-sarif=maybe ./..."}, // the flag parser reports the value
		{"-json -- -sarif", false, "-json -- -sarif"},
		{"-sarifx ./...", false, "-sarifx ./..."},
	} {
		sarif, rest := wantsSARIF(strings.Fields(tc.args))
		if sarif != tc.sarif || strings.Join(rest, " ") != tc.rest {
			t.Errorf("wantsSARIF(%s) = %v, %q; want %v, %q", tc.args, sarif, strings.Join(rest, " "), tc.sarif, tc.rest)
		}
	}
}

func TestCmdline(t *testing.T) {
	all := analyzers.All
	names := func(as []*analysis.Analyzer) []string {
		var n []string
		for _, a := range as {
			n = append(n, a.Name)
		}
		return n
	}
	allBut := func(name string) []string {
		return slices.DeleteFunc(names(all), func(n string) bool { return n == name })
	}
	t.Cleanup(func() { unknowncode.Analyzer.Flags.Set("allow", "") })
	for _, tc := range []struct {
		args     string
		selected []string
		patterns string
		tests    bool
	}{
		{"-sarif ./...", names(all), "./...", true},
		{"-sarif -unknowncode=false ./...", allBut("unknowncode"), "./...", true},
		{"-sarif -unknowncode ./a ./b", []string{"unknowncode"}, "./a ./b", true},
		{"-unknowncode.allow=499 -sarif -test=false ./...", names(all), "./...", false},
	} {
		var stderr bytes.Buffer
		c, err := parseCmdline(&stderr, all, strings.Fields(tc.args))
		if err != nil {
			t.Errorf("%s: %v\n%s", tc.args, err, stderr.String())
			continue
		}
		if got := names(c.selected(all)); !slices.Equal(got, tc.selected) {
			t.Errorf("%s: selected %v, want %v", tc.args, got, tc.selected)
		}
		if got := strings.Join(c.patterns, " "); got != tc.patterns || c.tests != tc.tests {
			t.Errorf("%s: patterns %q tests %v, want %q %v", tc.args, got, c.tests, tc.patterns, tc.tests)
		}
	}
	if got := unknowncode.Analyzer.Flags.Lookup("allow").Value.String(); got != "499" {
		t.Errorf("-unknowncode.allow=499 did not reach the analyzer's flag: %q", got)
	}

	for _, tc := range []struct{ args, stderr string }{
		{"-sarif -json ./...", "flag provided but not defined: -json"},
		{"-sarif -unknowncode.allow=abc ./...", `invalid value "abc" for flag -unknowncode.allow: "abc" is not a status code from 100 to 999`},
		{"-sarif=maybe ./...", `invalid boolean value "maybe" for -sarif`},
		{"-sarif ./... -unknowncode=false", "statuslint: flag -unknowncode=false after the packages; flags go first: statuslint -sarif [flags] packages"},
		{"-sarif", "statuslint: -sarif needs packages to lint, e.g. statuslint -sarif ./..."},
	} {
		var stderr bytes.Buffer
		_, err := parseCmdline(&stderr, all, strings.Fields(tc.args))
		if !errors.Is(err, errUsage) {
			t.Errorf("%s: error %v, want a usage error", tc.args, err)
		}
		if !strings.Contains(stderr.String(), tc.stderr) {
			t.Errorf("%s: stderr does not say %q:\n%s", tc.args, tc.stderr, stderr.String())
		}
	}
}
