package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestVetStderr: what go vet prints on standard error becomes one line
// per error, the package headers kept only where the error names no file.
func TestVetStderr(t *testing.T) {
	stderr := `go: downloading example.com/dep v1.0.0
# example.com/m/broken
broken/b.go:6:9: undefined: missing
# example.com/m/usebroken
broken/b.go:6:9: undefined: missing
# runtime/cgo
gcc: error: unrecognized option
# example.com/m/ui
ui/ui.go:5:12: pattern dist/*: no matching files found
`
	r := &result{}
	readVetStderr(r, []byte(stderr))
	var got []string
	for _, p := range r.problems {
		got = append(got, p.pkg+" | "+p.text)
	}
	want := []string{
		"example.com/m/broken | broken/b.go:6:9: undefined: missing",
		"runtime/cgo | # runtime/cgo",
		"runtime/cgo | gcc: error: unrecognized option",
		"example.com/m/ui | ui/ui.go:5:12: pattern dist/*: no matching files found",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCWarnings: a cgo package whose C compiler only warned is no
// problem; one where it also failed is.
func TestCWarnings(t *testing.T) {
	stderr := `# example.com/m/sqlite
sqlite3-binding.c: In function 'sqlite3SelectNew':
sqlite3-binding.c:128049:10: warning: function may return address of local variable [-Wreturn-local-addr]
128049 |   return pNew;
       |          ^~~~
sqlite3-binding.c:128009:10: note: declared here
In file included from w/w.go:4:
cc1: warning: command-line option '-std=c99' is valid for C/ObjC but not for C++
# example.com/m/cbroken
c/c.go:5:2: warning: #warning "x" [-Wcpp]
c/c.go:6:2: error: #error "y"
`
	r := &result{}
	readVetStderr(r, []byte(stderr))
	var got []string
	for _, p := range r.problems {
		got = append(got, p.pkg+" | "+p.text)
	}
	want := []string{
		"example.com/m/cbroken | c/c.go:5:2: warning: #warning \"x\" [-Wcpp]",
		"example.com/m/cbroken | c/c.go:6:2: error: #error \"y\"",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(r.warnings) != 1 || r.warnings[0].pkg != "example.com/m/sqlite" {
		t.Errorf("warnings: %+v, want the sqlite package's", r.warnings)
	}
}

// TestFailedPrerequisites: the checks that fail because the model failed
// make one line per package, and none where the model's own error is
// printed.
func TestFailedPrerequisites(t *testing.T) {
	r := &result{}
	addCheckError(r, "example.com/a", "errorbody", "failed prerequisites: respflow@example.com/a, statuslintignore@example.com/a")
	addCheckError(r, "example.com/a", "retryafter", "failed prerequisites: respflow@example.com/a, statuslintignore@example.com/a")
	addCheckError(r, "example.com/b", "errorbody", "failed prerequisites: respflow@example.com/b")
	addCheckError(r, "example.com/c", "unknowncode", "internal error in check unknowncode while reading c.go:3: boom (please report it)")
	readVetStderr(r, []byte("# example.com/b\ninternal error in check respflow while reading b.go:9: boom (please report it)\n"))
	var got []string
	for _, p := range r.problems {
		got = append(got, p.text)
	}
	want := []string{
		"example.com/a: not analyzed: respflow, statuslintignore failed",
		"example.com/c: internal error in check unknowncode while reading c.go:3: boom (please report it)",
		"# example.com/b",
		"internal error in check respflow while reading b.go:9: boom (please report it)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParsePosition(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want position
	}{
		{"/src/api.go:8:17", position{"/src/api.go", 8, 17}},
		{`C:\src\api.go:8:17`, position{`C:\src\api.go`, 8, 17}},
		{"-", position{"-", 0, 0}},
	} {
		if got := parsePosition(tc.in); got != tc.want {
			t.Errorf("parsePosition(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

// TestApplyFixes: identical edits from a file seen twice are one; an
// overlapping fix is left out and its finding remains; a finding with no
// fix remains.
func TestApplyFixes(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a.go")
	src := "package a\n\nvar x = 301\nvar y = 302\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fix := func(start, end int, text string) []suggestedFix {
		return []suggestedFix{{message: "fix", edits: []edit{{file, start, end, text}}}}
	}
	at301 := strings.Index(src, "301")
	at302 := strings.Index(src, "302")
	findings := []finding{
		{check: "a", message: "301", fixes: fix(at301, at301+3, "308")},
		{check: "a", message: "301 again, from the test variant", fixes: fix(at301, at301+3, "308")},
		{check: "b", message: "overlaps", fixes: fix(at301+1, at301+2, "9")},
		{check: "a", message: "302", fixes: fix(at302, at302+3, "307")},
		{check: "c", message: "no fix"},
	}
	var diff strings.Builder
	out, err := applyFixes(&diff, findings, true)
	if err != nil {
		t.Fatal(err)
	}
	if out.applied != 3 || out.overlapped != 1 || out.files != 1 || len(out.remaining) != 2 {
		t.Errorf("applied %d, overlapped %d, files %d, remaining %d; want 3, 1, 1, 2", out.applied, out.overlapped, out.files, len(out.remaining))
	}
	if !strings.Contains(diff.String(), "+var x = 308\n+var y = 307\n") {
		t.Errorf("diff:\n%s", diff.String())
	}
	if data, _ := os.ReadFile(file); string(data) != src {
		t.Errorf("-diff changed the file:\n%s", data)
	}
	if _, err := applyFixes(&diff, findings, false); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(file); string(data) != "package a\n\nvar x = 308\nvar y = 307\n" {
		t.Errorf("after -fix:\n%s", data)
	}
}

// TestGoCommandFailure: the go command's own error is one line, its
// progress left out and its indented detail joined on.
func TestGoCommandFailure(t *testing.T) {
	for _, tc := range []struct{ stderr, want string }{
		{"go: downloading go1.99.0 (linux/amd64)\ngo: download go1.99.0: reading https://proxy/x.zip: 403 Forbidden\n\tserver response: not available.\n",
			"go: download go1.99.0: reading https://proxy/x.zip: 403 Forbidden; server response: not available."},
		{"go: go.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local)\n", "go: go.mod requires go >= 1.99 (running go 1.26.8; GOTOOLCHAIN=local)"},
		{"go: downloading example.com/dep v1.0.0\n", ""},
		{"broken/b.go:6:9: undefined: missing\n", ""},
	} {
		if got := goCommandFailure(tc.stderr); got != tc.want {
			t.Errorf("goCommandFailure(%q) = %q, want %q", tc.stderr, got, tc.want)
		}
	}
}

// TestPartialReason: a package whose problems are all in its test files,
// or all //go:embed patterns, can be analyzed without them; any other
// problem, or the two mixed, cannot.
func TestPartialReason(t *testing.T) {
	p := func(texts ...string) []problem {
		var ps []problem
		for _, s := range texts {
			ps = append(ps, problem{"example.com/p", "build", s})
		}
		return ps
	}
	for _, tc := range []struct {
		problems []problem
		want     string
	}{
		{p("p/p_test.go:3:9: undefined: old", "p/x_test.go:1:1: expected 'package'"), "analyzed without its test files, which do not compile"},
		{p("p/p.go:5:12: pattern dist/*: no matching files found"), "analyzed without its //go:embed files, which are missing"},
		{p("p/p.go:6:9: undefined: missing"), ""},
		{p("p/p_test.go:3:9: undefined: old", "p/p.go:6:9: undefined: missing"), ""},
		{p("p/p_test.go:3:9: undefined: old", "p/p.go:5:12: pattern dist/*: no matching files found"), ""},
	} {
		if got := partialReason(tc.problems); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.problems, got, tc.want)
		}
	}
	for in, want := range map[string]string{"[example.com/p]": "example.com/p", "example.com/p [example.com/p.test]": "example.com/p", "example.com/p_test [example.com/p.test]": "example.com/p", "example.com/p": "example.com/p"} {
		if got := basePackage(in); got != want {
			t.Errorf("basePackage(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGoCommandFailureFirst: the go command's own error comes first, and
// a failure it repeats under every package's header is shown once.
func TestGoCommandFailureFirst(t *testing.T) {
	var b strings.Builder
	b.WriteString("go: downloading go1.99.0 (linux/amd64)\ngo: go.mod requires go >= 1.99\n")
	for i := range 188 {
		fmt.Fprintf(&b, "# example.com/m/p%d\n/tmp/go-build/statuslint: exit status 1\n", i)
	}
	r := &result{}
	readVetStderr(r, []byte(b.String()))
	var got []string
	for _, p := range r.problems {
		got = append(got, p.text)
	}
	want := []string{"go: go.mod requires go >= 1.99", "# example.com/m/p0", "/tmp/go-build/statuslint: exit status 1"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
