package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/analyzers"
)

// update rewrites testdata/demo.golden with what golangci-lint reports.
var update = flag.Bool("update", false, "rewrite testdata/demo.golden with the findings golangci-lint reports on the demo")

// demoGolden holds the findings golangci-lint must report on the demo API
// (testdata/demo) with .golangci.example.yml, one a line, as
// "file:line:col: check: message" with the file relative to the demo.
// Related information comes out as findings of its own, as
// "check(related information): message". A check that adds findings to
// the demo adds its lines there (or runs the test with -update, and
// reviews the difference).
const demoGolden = "testdata/demo.golden"

func demoFindings(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(demoGolden)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

// TestGolangciLint builds golangci-lint with the plugin (the first build
// takes minutes; later ones reuse the Go build cache and skip the link
// when nothing changed) and runs it the way users do.
func TestGolangciLint(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping in -short mode: builds golangci-lint, and may download it through the Go module proxy")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	// Under the repository (gitignored) so that re-runs are fast.
	cache := filepath.Join(root, ".cache")
	bin := filepath.Join(cache, "custom-gcl", "custom-gcl")
	hash, version, err := build(root, bin)
	if err != nil {
		t.Fatal(err)
	}
	if want := "version 2.15.0-statuslint-" + hash + " "; !strings.Contains(version, want) {
		t.Fatalf("version %q does not contain %q: golangci-lint would reuse results cached for other statuslint source", version, want)
	}
	config := filepath.Join(root, ".golangci.example.yml")
	run := func(t *testing.T, dir, config string) (findings []string, stderr string, exit int) {
		t.Helper()
		return runGCL(t, bin, filepath.Join(cache, "golangci-lint"), dir, config)
	}

	t.Run("demo", func(t *testing.T) {
		got, stderr, exit := run(t, filepath.Join(root, "testdata", "demo"), config)
		if exit != 1 {
			t.Errorf("exit code %d, want 1 (issues found); stderr:\n%s", exit, stderr)
		}
		if *update {
			if err := os.WriteFile(demoGolden, []byte(strings.Join(got, "\n")+"\n"), 0o666); err != nil {
				t.Fatal(err)
			}
		}
		compare(t, got, demoFindings(t))
	})

	// enable turns on the checks that are off by default: the demo has a
	// mistake for each, found on top of the default findings.
	t.Run("enable", func(t *testing.T) {
		var off []string
		for _, a := range analyzers.All {
			if analyzers.Off[a.Name] {
				off = append(off, a.Name)
			}
		}
		if len(off) == 0 {
			t.Skip("no check is off by default")
		}
		data, err := os.ReadFile(config)
		if err != nil {
			t.Fatal(err)
		}
		enabled := bytes.Replace(data, []byte("enable: []"), []byte("enable: ["+strings.Join(off, ", ")+"]"), 1)
		if bytes.Equal(enabled, data) {
			t.Fatal(`.golangci.example.yml has no "enable: []" to fill in`)
		}
		enabledConfig := filepath.Join(t.TempDir(), ".golangci.yml")
		if err := os.WriteFile(enabledConfig, enabled, 0o666); err != nil {
			t.Fatal(err)
		}
		got, stderr, exit := run(t, filepath.Join(root, "testdata", "demo"), enabledConfig)
		if exit != 1 {
			t.Errorf("exit code %d, want 1 (issues found); stderr:\n%s", exit, stderr)
		}
		found := map[string]bool{}
		for _, g := range got {
			_, rest, _ := strings.Cut(g, ": ")
			check, _, _ := strings.Cut(rest, ":")
			found[check] = true
			if !slices.Contains(demoFindings(t), g) && !analyzers.Off[strings.TrimSuffix(check, "(related information)")] {
				t.Errorf("enabling %s changed a finding of a default check:\n%s", strings.Join(off, ", "), g)
			}
		}
		for _, name := range off {
			if !found[name] {
				t.Errorf("enable: [%s] found nothing for %s on the demo", strings.Join(off, ", "), name)
			}
		}
	})

	t.Run("nolint", func(t *testing.T) {
		dir := writeModule(t, map[string]string{"api.go": `package api

import "net/http"

func reported(w http.ResponseWriter) {
	w.WriteHeader(230)
}

func nolint(w http.ResponseWriter) {
	w.WriteHeader(231) //nolint:statuslint // golangci-lint drops every statuslint finding on this line
}

func ignored(w http.ResponseWriter) {
	//statuslint:ignore unknowncode our own directive works under golangci-lint too
	w.WriteHeader(232)
}

func allowed(w http.ResponseWriter) {
	w.WriteHeader(499) // in the example configuration's allow list
}
`})
		got, stderr, exit := run(t, dir, config)
		if exit != 1 {
			t.Errorf("exit code %d, want 1 (issues found); stderr:\n%s", exit, stderr)
		}
		compare(t, got, []string{
			"api.go:6:16: unknowncode: status 230 is not a registered HTTP status code; tools that classify by number see only a 2xx: send 200 OK and carry your own code in the body",
		})
	})

	// The command vscode-go runs for "go.lintTool": "golangci-lint-v2" on
	// the package of the open file, with "go.lintFlags" giving the
	// configuration; it reads file:line:col: lines from stdout.
	t.Run("vscode", func(t *testing.T) {
		dir := filepath.Join(root, "testdata", "demo", "api")
		vscode := func(extra ...string) []string {
			cmd := exec.Command(bin, append([]string{"run", "--config=" + config,
				"--issues-exit-code=0", "--output.text.print-issued-lines=false", "--show-stats=false",
				"--output.text.path=stdout", "--path-mode=abs", "--allow-parallel-runners"}, extra...)...)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+filepath.Join(cache, "golangci-lint"), "GOWORK=off")
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("%s: %v", cmd, err)
			}
			var ours []string // the other linters of the configuration report too
			for line := range strings.Lines(string(out)) {
				if text, ok := strings.CutSuffix(strings.TrimSuffix(line, "\n"), " (statuslint)"); ok {
					ours = append(ours, text)
				}
			}
			return ours
		}
		var want []string
		for _, f := range demoFindings(t) {
			if file, rest, ok := strings.Cut(f, ":"); ok && strings.HasPrefix(file, "api/") {
				want = append(want, filepath.Join(dir, strings.TrimPrefix(file, "api/"))+":"+rest)
			}
		}
		compare(t, vscode(), want)
		// --fast-only keeps only linters that need no type information;
		// statuslint needs it, so it does not run.
		if got := vscode("--fast-only"); len(got) > 0 {
			t.Errorf("statuslint ran under --fast-only:\n%s", strings.Join(got, "\n"))
		}
	})

	t.Run("bad settings", func(t *testing.T) {
		data, err := os.ReadFile(config)
		if err != nil {
			t.Fatal(err)
		}
		bad := bytes.Replace(data, []byte("allow: [499]"), []byte("alow: [499]"), 1)
		if bytes.Equal(bad, data) {
			t.Fatal(`.golangci.example.yml has no "allow: [499]" to misspell`)
		}
		badConfig := filepath.Join(t.TempDir(), ".golangci.yml")
		if err := os.WriteFile(badConfig, bad, 0o666); err != nil {
			t.Fatal(err)
		}
		_, stderr, exit := run(t, filepath.Join(root, "testdata", "demo"), badConfig)
		if exit == 0 || exit == 1 {
			t.Errorf("exit code %d, want a failure other than 1 (issues found)", exit)
		}
		want := `plugin(statuslint): newPlugin statuslint settings: unknowncode: unknown option "alow"; its options are allow`
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not contain %q:\n%s", want, stderr)
		}
	})
}

// runGCL runs golangci-lint on dir's packages with only statuslint
// enabled, and returns the findings as "file:line:col: text" with the
// file relative to dir.
func runGCL(t *testing.T, bin, cacheDir, dir, config string) ([]string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, "run",
		"--config", config,
		"--enable-only", "statuslint", // the other default linters have opinions on the demo too
		"--max-issues-per-linter=0", "--max-same-issues=0",
		"--output.json.path=stdout", "--output.text.path=stderr", "--show-stats=false",
		"--path-mode=abs", "--allow-parallel-runners",
		"./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOLANGCI_LINT_CACHE="+cacheDir, "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	exit := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		exit = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if exit != 1 && exit != 0 {
		return nil, stderr.String(), exit
	}
	var report struct {
		Issues []struct {
			FromLinter, Text string
			Pos              struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &report); err != nil {
		t.Fatalf("decoding golangci-lint's JSON output: %v\n%s\nstderr:\n%s", err, stdout.Bytes(), stderr.Bytes())
	}
	var findings []string
	for _, is := range report.Issues {
		if is.FromLinter != "statuslint" {
			t.Errorf("finding from linter %q, want only statuslint: %s", is.FromLinter, is.Text)
		}
		file, err := filepath.Rel(dir, is.Pos.Filename)
		if err != nil {
			t.Fatal(err)
		}
		findings = append(findings, fmt.Sprintf("%s:%d:%d: %s", filepath.ToSlash(file), is.Pos.Line, is.Pos.Column, is.Text))
	}
	return findings, stderr.String(), exit
}

// compare reports every missing and every unexpected finding, counting
// repeats: two findings can share a related position.
func compare(t *testing.T, got, want []string) {
	t.Helper()
	count := map[string]int{}
	for _, g := range got {
		count[g]++
	}
	for _, w := range want {
		count[w]--
	}
	for _, w := range want {
		if count[w] < 0 {
			t.Errorf("missing finding:\n%s", w)
			count[w]++
		}
	}
	for _, g := range got {
		if count[g] > 0 {
			t.Errorf("unexpected finding (if it is right, add it to %s):\n%s", demoGolden, g)
			count[g]--
		}
	}
}

func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/gcltest\n\ngo 1.26\n"
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestSourceHash: the salt changes with every file the plugin is built
// from (prose in an embedded doc.go, the catalog), and with nothing else.
func TestSourceHash(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			switch rel {
			case ".git", ".cache", "bin":
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(tmp, rel), 0o777)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(tmp, rel), data, 0o666)
	})
	if err != nil {
		t.Fatal(err)
	}
	base, err := sourceHash(tmp)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		file    string
		changes bool
	}{
		{"analyzers/unknowncode/doc.go", true},
		{"catalog/catalog.go", true},
		{"cmd/gclplugin/gclplugin.go", true},
		{"go.sum", true},
		{"tools/custom-gcl/main.go", true},
		{"README.md", false},
		{"cmd/statuslint/main.go", false},
		{"testdata/demo/api/api.go", false},
	} {
		path := filepath.Join(tmp, filepath.FromSlash(tc.file))
		orig, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		extra := "\n// changed\n"
		if strings.HasSuffix(tc.file, "go.sum") {
			extra = "example.com/unused v1.0.0/go.mod h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n"
		}
		if err := os.WriteFile(path, append(slices.Clip(orig), extra...), 0o666); err != nil {
			t.Fatal(err)
		}
		got, err := sourceHash(tmp)
		if err != nil {
			t.Fatal(err)
		}
		if changed := got != base; changed != tc.changes {
			t.Errorf("changing %s: hash changed = %v, want %v", tc.file, changed, tc.changes)
		}
		if err := os.WriteFile(path, orig, 0o666); err != nil {
			t.Fatal(err)
		}
	}
}
