package main

import (
	"archive/tar"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

func TestParseList(t *testing.T) {
	text := `# comment
a  github:owner/repo@0123456789abcdef0123456789abcdef01234567  server  gin  ./...  # trailing comment

b  example.com/mod/v2@v2.3.4  .  net/http,chi  ./cmd/...,./api
`
	got, err := parseList("list", text)
	if err != nil {
		t.Fatal(err)
	}
	want := []service{
		{name: "a", line: "a github:owner/repo@0123456789abcdef0123456789abcdef01234567 server gin ./...",
			repo: "owner/repo", commit: "0123456789abcdef0123456789abcdef01234567", dir: "server", frameworks: "gin", patterns: []string{"./..."}},
		{name: "b", line: "b example.com/mod/v2@v2.3.4 . net/http,chi ./cmd/...,./api",
			module: "example.com/mod/v2", version: "v2.3.4", dir: ".", frameworks: "net/http,chi", patterns: []string{"./cmd/...", "./api"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseList:\ngot  %+v\nwant %+v", got, want)
	}
	if s := got[0].source(); s != "github:owner/repo@0123456789abcdef0123456789abcdef01234567" {
		t.Errorf("source() = %s", s)
	}
}

func TestParseListErrors(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"", "list: no services listed"},
		{"a b c", "list:1: want 5 fields"},
		{"A x@v1 . gin ./...", `list:1: service name "A"`},
		{"a github:o/r@abc123 . gin ./...", "full 40-digit commit"},
		{"a example.com/m . gin ./...", "want module@version"},
		{"a example.com/m@v1.0.0 ../up gin ./...", `dir "../up"`},
		{"a example.com/m@v1.0.0 /abs gin ./...", `dir "/abs"`},
		{"a example.com/m@v1.0.0 . gin ../...", `pattern "../..."`},
		{"a example.com/m@v1.0.0 . gin server", `pattern "server"`},
		{"a example.com/m@v1.0.0 . gin ./...\na example.com/m@v1.0.0 . gin ./...", "list:2: service a listed twice"},
	} {
		_, err := parseList("list", tc.text)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("parseList(%q) = %v, want an error with %q", tc.text, err, tc.want)
		}
	}
}

func TestParseFindings(t *testing.T) {
	dir := filepath.FromSlash("/tmp/svc")
	out := `{
	"example.com/svc": {
		"errleak": [
			{"posn": "/tmp/svc/b.go:9:2", "message": "leak"},
			{"posn": "/tmp/svc/a.go:10:3", "message": "leak"}
		],
		"retryafter": [{"posn": "/tmp/svc/a.go:2:1", "message": "no retry-after"}]
	},
	"example.com/svc [example.com/svc.test]": {
		"errleak": [{"posn": "/tmp/svc/a.go:10:3", "message": "leak"}]
	}
}`
	got, err := parseFindings([]byte(out), dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []finding{
		{file: "a.go", line: 2, col: 1, check: "retryafter", message: "no retry-after"},
		{file: "a.go", line: 10, col: 3, check: "errleak", message: "leak"},
		{file: "b.go", line: 9, col: 2, check: "errleak", message: "leak"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseFindings:\ngot  %+v\nwant %+v", got, want)
	}

	// A package that did not build, or was analyzed only in part, is no
	// failed check: the other findings stand.
	got, err = parseFindings([]byte(`{"p": {"build": {"error": "no Go files"}}, "q": {"partial": {"error": "q: analyzed without its //go:embed files"}, "errleak": [{"posn": "/tmp/svc/q.go:1:1", "message": "leak"}]}}`), dir)
	if err != nil || len(got) != 1 {
		t.Errorf("build and partial entries: got %+v, %v", got, err)
	}

	_, err = parseFindings([]byte(`{"p": {"errleak": {"error": "boom\nmore"}}}`), dir)
	if err == nil || err.Error() != "errleak failed on p: boom" {
		t.Errorf("a failed check: got %v", err)
	}
}

func TestSplitPos(t *testing.T) {
	for _, tc := range []struct {
		pos       string
		file      string
		line, col int
	}{
		{"/a/b.go:3:4", "/a/b.go", 3, 4},
		{"b.go:3", "b.go", 3, 0},
		{"b.go", "b.go", 0, 0},
		{`C:\a\b.go:3:4`, `C:\a\b.go`, 3, 4},
	} {
		file, line, col := splitPos(tc.pos)
		if file != tc.file || line != tc.line || col != tc.col {
			t.Errorf("splitPos(%q) = %q %d %d, want %q %d %d", tc.pos, file, line, col, tc.file, tc.line, tc.col)
		}
	}
}

func TestRender(t *testing.T) {
	services, err := parseList("list", `a example.com/a@v1.0.0 . gin ./...
b example.com/b@v1.0.0 . chi ./...
c github:o/c@0123456789abcdef0123456789abcdef01234567 . fiber-v2 ./...
`)
	if err != nil {
		t.Fatal(err)
	}
	cov := &coverage{}
	if err := json.Unmarshal([]byte(`{"packages":[{"path":"example.com/a","entries":3,"entriesOpaque":1,"helpers":1,"helpersOpaque":0,
		"escapes":[{"pos":"a.go:5:2","func":"list","reason":"writer passed to lib.Render, not summarised"}]}]}`), cov); err != nil {
		t.Fatal(err)
	}
	results := []result{
		{findings: []finding{
			{file: "a.go", line: 2, col: 1, check: "retryafter", message: "no retry-after"},
			{file: "a.go", line: 10, col: 3, check: "errleak", message: "leak"},
		}, coverage: cov},
		{failed: "statuslint: a.go:1:1: undefined: x"},
		{skipped: "o/c is not fetched"},
	}
	got := render(services, results, true)
	want := `# statuslint on the pinned real-world set (realworld/services.txt), written by make realworld.
# A finding is SERVICE: FILE:LINE:COL: CHECK: MESSAGE, the file relative to the service's module.

service  findings  errleak  retryafter  opaque share
a               2        1           1  opaque 1 of 4 (25.0%)
b          failed                       -
c         skipped                       -
total           2        1           1  opaque 1 of 4 (25.0%)

== a  example.com/a@v1.0.0  dir .  gin  ./...
findings: 2 (errleak 1, retryafter 1)
coverage: entries 3 (opaque 1), helpers 1 (opaque 0): opaque 1 of 4 (25.0%)
a: a.go:2:1: retryafter: no retry-after
a: a.go:10:3: errleak: leak
a: a.go:5:2: escape: list: writer passed to lib.Render, not summarised

== b  example.com/b@v1.0.0  dir .  chi  ./...
failed: statuslint: a.go:1:1: undefined: x

== c  github:o/c@0123456789abcdef0123456789abcdef01234567  dir .  fiber-v2  ./...
skipped: o/c is not fetched
`
	if got != want {
		t.Errorf("render:\n%s\nwant:\n%s", got, want)
	}
}

func TestUntar(t *testing.T) {
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, h := range []*tar.Header{
		{Name: "server/", Typeflag: tar.TypeDir, Mode: 0o755},
		{Name: "server/go.mod", Typeflag: tar.TypeReg, Mode: 0o444, Size: 11},
		{Name: "server/link", Typeflag: tar.TypeSymlink, Linkname: "/etc/passwd"},
	} {
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Size > 0 {
			tw.Write([]byte("module x\n\n\n"))
		}
	}
	tw.Close()
	dest := t.TempDir()
	if err := untar(bytes.NewReader(buf.Bytes()), dest); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(dest, "server", "go.mod"))
	if err != nil || fi.Mode().Perm()&0o200 == 0 {
		t.Errorf("go.mod: %v, mode %v: want a writable file", err, fi.Mode())
	}
	if _, err := os.Lstat(filepath.Join(dest, "server", "link")); !os.IsNotExist(err) {
		t.Errorf("the symlink was written: %v", err)
	}

	buf.Reset()
	tw = tar.NewWriter(&buf)
	tw.WriteHeader(&tar.Header{Name: "../escape", Typeflag: tar.TypeReg, Mode: 0o644})
	tw.Close()
	if err := untar(bytes.NewReader(buf.Bytes()), dest); err == nil || !strings.Contains(err.Error(), "unsafe path") {
		t.Errorf("../escape: got %v, want an unsafe path error", err)
	}
}

// fakeStatuslint writes a script that answers as statuslint would: its
// usage (naming the coverage command when withCoverage), findings for
// -json, and coverage -json. In a directory named "broken" it fails to
// load, as a service with a type error does.
func fakeStatuslint(t *testing.T, withCoverage bool) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the fake binary is a shell script")
	}
	usage := "usage: statuslint [-flag] packages"
	if withCoverage {
		usage += "\n  statuslint coverage ./..."
	}
	script := `#!/bin/sh
dir=$(pwd)
case "$(basename "$dir")" in broken)
	echo "$dir/a.go:3:9: undefined: x" >&2; echo "more" >&2; exit 1;;
esac
case "$1" in
"") echo "` + usage + `" >&2; exit 2;;
coverage) echo '{"packages":[{"path":"p","entries":2,"entriesOpaque":1,"helpers":0,"helpersOpaque":0,"escapes":[{"pos":"'"$dir"'/a.go:4:2","func":"h","reason":"writer passed to lib.Render, not summarised"}]}]}';;
*) echo '{"p":{"errleak":[{"posn":"'"$dir"'/a.go:7:3","message":"leak"}]}}'; exit 3;;
esac
`
	bin := filepath.Join(t.TempDir(), "statuslint")
	if err := os.WriteFile(bin, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return bin
}

func TestRunner(t *testing.T) {
	bin := fakeStatuslint(t, true)
	if !hasCoverage(bin) {
		t.Fatal("hasCoverage: false for a binary whose usage names the coverage command")
	}
	if hasCoverage(fakeStatuslint(t, false)) {
		t.Error("hasCoverage: true for a binary without it")
	}
	r := &runner{bin: bin, goCmd: "go", coverage: true}
	dir := t.TempDir()
	fs, err := r.lint(dir, []string{"./..."})
	if err != nil {
		t.Fatal(err)
	}
	if want := []finding{{file: "a.go", line: 7, col: 3, check: "errleak", message: "leak"}}; !reflect.DeepEqual(fs, want) {
		t.Errorf("lint: got %+v, want %+v", fs, want)
	}
	c, err := r.measureCoverage(dir, []string{"./..."})
	if err != nil {
		t.Fatal(err)
	}
	if got := share(c); got != "opaque 1 of 2 (50.0%)" {
		t.Errorf("share: %s", got)
	}
	if es := escapes(c); len(es) != 1 || es[0].pos() != "a.go:4:2" || es[0].check != "h" {
		t.Errorf("escapes: %+v, want one at a.go:4:2 in h", es)
	}

	broken := filepath.Join(t.TempDir(), "broken")
	if err := os.Mkdir(broken, 0o755); err != nil {
		t.Fatal(err)
	}
	_, err = r.lint(broken, []string{"./..."})
	if want := "statuslint: " + broken + "/a.go:3:9: undefined: x"; err == nil || err.Error() != want {
		t.Errorf("lint of a broken package: got %v, want %s", err, want)
	}

	// A whole run of a service whose copy is there already: the failure is
	// recorded with the file named relative to the module.
	r.cache = t.TempDir()
	services, err := parseList("list", "svc example.com/svc@v1.0.0 broken net/http ./...\n")
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Join(r.cache, "svc")
	if err := os.MkdirAll(filepath.Join(root, "broken"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, ".realworld-source"), []byte(services[0].line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if res := r.run(services[0]); res.failed != "statuslint: a.go:3:9: undefined: x" {
		t.Errorf("run: failed = %q, want the first error line with a relative file", res.failed)
	}
}
