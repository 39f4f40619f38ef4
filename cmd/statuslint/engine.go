package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// The default engine is the go command's: statuslint runs
//
//	go vet -vettool=<this binary> -json [flags] packages
//
// and renders what comes back. go vet runs the checks once per package,
// in a process of its own, hands facts from package to package, and
// keeps every package's result in the Go build cache, so that a re-run
// on an unchanged tree answers from the cache and no process ever holds
// more than one package's syntax. The in-process driver (inprocess.go)
// is the fallback where the go command cannot do this.

// engineChoice says how to run: on go vet (goCmd and self set), or in
// this process, and why.
type engineChoice struct {
	goCmd, self string
	// fallback, when set, is why the analysis runs in this process.
	fallback string
}

// chooseEngine picks go vet unless the go command cannot load the
// packages the way this build does.
func chooseEngine() (engineChoice, error) {
	if d := os.Getenv("GOPACKAGESDRIVER"); d != "" && d != "off" {
		return engineChoice{fallback: "GOPACKAGESDRIVER is set, so packages are loaded through it"}, nil
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return engineChoice{}, errors.New("cannot find the go command on PATH; statuslint runs it to load the packages")
	}
	self, err := os.Executable()
	if err != nil {
		return engineChoice{goCmd: goCmd, fallback: fmt.Sprintf("cannot find this executable for go vet (%v)", err)}, nil
	}
	var stderr bytes.Buffer
	cmd := exec.Command(goCmd, "env", "GOMOD", "GOWORK")
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		// The go command cannot run here at all (a go.mod asking for a
		// newer Go than can be had, a bad GOFLAGS): loading packages in
		// this process would run it too and fail the same way.
		if line := goCommandFailure(stderr.String()); line != "" {
			return engineChoice{}, errors.New(line)
		}
		return engineChoice{goCmd: goCmd, fallback: fmt.Sprintf("go env failed (%v)", err)}, nil
	}
	gomod, gowork, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
	if gomod == os.DevNull && (gowork == "" || gowork == "off") {
		return engineChoice{goCmd: goCmd, fallback: "this directory is in no module (no go.mod here or above)"}, nil
	}
	return engineChoice{goCmd: goCmd, self: self}, nil
}

// runVet runs go vet -json with the checks' flags and collects what it
// reports.
//
// go vet refuses to analyze anything when one of the packages does not
// load (a missing import, a //go:embed pattern that matches no file).
// Those errors are kept, and the packages that do load are vetted in a
// second run, so that one broken package does not hide every finding.
func runVet(ch engineChoice, opts *options) (*result, error) {
	r, err := runVetAll(ch, opts)
	if err != nil {
		return nil, err
	}
	if err := analyzePartial(r, opts); err != nil {
		return nil, err
	}
	return r, nil
}

func runVetAll(ch engineChoice, opts *options) (*result, error) {
	r, loadFailed, err := vetOnce(ch, opts, opts.patterns)
	if err != nil || !loadFailed {
		return r, err
	}
	loadable, depsFailed, all, dirs, err := listLoadable(ch, opts)
	if err != nil {
		return r, nil // nothing to gain: keep the first run's errors
	}
	attribute(r, dirs)
	for _, pkg := range depsFailed {
		r.unanalyzed = append(r.unanalyzed, problem{pkg, "build", pkg + ": not analyzed: a package it imports did not build"})
	}
	if len(loadable) == 0 || len(loadable) == all {
		return r, nil
	}
	rest, _, err := vetOnce(ch, opts, loadable)
	if err != nil {
		return nil, err
	}
	r.findings = rest.findings
	for _, p := range rest.problems {
		r.addProblem(p)
	}
	return r, nil
}

// vetOnce runs go vet once. loadFailed reports a run that analyzed
// nothing because some package did not load.
func vetOnce(ch engineChoice, opts *options, patterns []string) (r *result, loadFailed bool, err error) {
	args := []string{"vet", "-vettool=" + ch.self, "-json"}
	if opts.tags != "" {
		args = append(args, "-tags="+opts.tags)
	}
	args = append(args, opts.checkFlags...)
	args = append(args, patterns...)
	cmd := exec.Command(ch.goCmd, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if opts.progress != nil {
		cmd.Env = append(os.Environ(), progressEnv+"="+opts.progress.file)
		cmd.Stderr = io.MultiWriter(&stderr, opts.progress)
	}
	err = cmd.Run()
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return nil, false, fmt.Errorf("running go vet: %v", err)
	}
	r = &result{}
	analyzed := stdout.Len() > 0
	if err := readVetJSON(r, &stdout); err != nil {
		return nil, false, err
	}
	readVetStderr(r, stderr.Bytes())
	if exitErr != nil && len(r.problems) == 0 && len(r.warnings) > 0 {
		// go vet failed and said only what looked like warnings: then
		// they are all there is to show.
		for _, b := range r.warnings {
			addBlock(r, b)
		}
		r.warnings = nil
	}
	if exitErr != nil && len(r.problems) == 0 {
		r.addProblem(problem{text: fmt.Sprintf("go vet failed (%v) and said nothing more", exitErr)})
	}
	return r, exitErr != nil && !analyzed, nil
}

// listLoadable lists the packages of the patterns that load, with their
// dependencies, those that do not only because a dependency does not,
// and how many there are in all, and names the package of each
// directory.
func listLoadable(ch engineChoice, opts *options) (loadable, depsFailed []string, all int, dirs map[string]string, err error) {
	args := []string{"list", "-e", "-f", "{{if .Error}}-{{else if .DepsErrors}}d{{else}}+{{end}} {{.ImportPath}} {{.Dir}}"}
	if opts.tags != "" {
		args = append(args, "-tags="+opts.tags)
	}
	out, err := exec.Command(ch.goCmd, append(args, opts.patterns...)...).Output()
	if err != nil {
		return nil, nil, 0, nil, err
	}
	dirs = map[string]string{}
	for line := range strings.Lines(string(out)) {
		f := strings.SplitN(strings.TrimRight(line, "\r\n"), " ", 3)
		if len(f) < 2 {
			continue
		}
		all++
		switch f[0] {
		case "+":
			loadable = append(loadable, f[1])
		case "d":
			depsFailed = append(depsFailed, f[1])
		}
		if len(f) == 3 && f[2] != "" {
			dirs[f[2]] = f[1]
		}
	}
	return loadable, depsFailed, all, dirs, nil
}

// attribute gives a package to the problems go vet printed before it
// started, without a "# path" header (a //go:embed pattern that matches
// no file, say), by the directory of the file each names, so that -json
// lists them under the package's "build".
func attribute(r *result, dirs map[string]string) {
	cwd, err := os.Getwd()
	if err != nil {
		return
	}
	for i, p := range r.problems {
		if p.pkg != "" || !positionLine.MatchString(p.text) {
			continue
		}
		file, _, _ := strings.Cut(p.text, ".go:")
		file += ".go"
		if !filepath.IsAbs(file) {
			file = filepath.Join(cwd, file)
		}
		if pkg, ok := dirs[filepath.Dir(file)]; ok {
			r.problems[i].pkg, r.problems[i].key = pkg, "build"
		}
	}
}

// goCommandFailure is the go command's own error in what it printed
// on standard error, as one line: its first line that is not progress,
// with the lines indented under it appended. It is "" when the go
// command said nothing of its own.
func goCommandFailure(stderr string) string {
	var msg []string
	for line := range strings.Lines(stderr) {
		line = strings.TrimRight(line, "\r\n")
		switch {
		case isProgress(line) || strings.TrimSpace(line) == "":
		case len(msg) == 0 && strings.HasPrefix(line, "go: "):
			msg = append(msg, line)
		case len(msg) > 0 && (strings.HasPrefix(line, "\t") || strings.HasPrefix(line, " ")):
			msg = append(msg, strings.TrimSpace(line))
		case len(msg) > 0:
			return strings.Join(msg, "; ")
		}
	}
	return strings.Join(msg, "; ")
}

// loadFailure is the one line to print for an error of go/packages: the
// go command's own, when it failed to run, without the wrapping
// ("err: exit status 1: stderr: ...").
func loadFailure(err error) string {
	if _, stderr, ok := strings.Cut(err.Error(), "stderr: "); ok {
		if line := goCommandFailure(stderr); line != "" {
			return line
		}
	}
	return err.Error()
}

func isProgress(line string) bool {
	return strings.HasPrefix(line, "go: downloading ") || strings.HasPrefix(line, "go: finding ") || strings.HasPrefix(line, "go: extracting ")
}

// jsonDiagnostic is a diagnostic as the analysis drivers print it with
// -json; statuslint -json prints the same.
type jsonDiagnostic struct {
	Category       string        `json:"category,omitempty"`
	Posn           string        `json:"posn"`
	End            string        `json:"end"`
	Message        string        `json:"message"`
	SuggestedFixes []jsonFix     `json:"suggested_fixes,omitempty"`
	Related        []jsonRelated `json:"related,omitempty"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonRelated struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

type jsonError struct {
	Err string `json:"error"`
}

// readVetJSON reads go vet -json's standard output: one object per
// package, {"ID": {"check": [diagnostics] or {"error": "..."}}}.
func readVetJSON(r *result, stdout io.Reader) error {
	dec := json.NewDecoder(stdout)
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("reading go vet -json output: %v", err)
		}
		for _, id := range sortedKeys(tree) {
			for _, check := range sortedKeys(tree[id]) {
				raw := tree[id][check]
				var diags []jsonDiagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					var e jsonError
					if json.Unmarshal(raw, &e) != nil || e.Err == "" {
						return fmt.Errorf("reading go vet -json output: %s %s: %s", id, check, raw)
					}
					addCheckError(r, id, check, e.Err)
					continue
				}
				for _, d := range diags {
					r.findings = append(r.findings, fromJSON(id, check, d))
				}
			}
		}
	}
}

// addCheckError records a check's failure. A check fails with "failed
// prerequisites" when a pass it builds on failed (the response model,
// say), and every check that builds on it says so: the failing pass's
// own error is what to show, and go vet does not pass it on (the tool
// prints it on its standard error, see vettool.go). So those are
// folded into one line per package, kept only if nothing better is
// said about the package.
func addCheckError(r *result, pkg, check, msg string) {
	if rest, ok := strings.CutPrefix(msg, "failed prerequisites: "); ok {
		var names []string
		for n := range strings.SplitSeq(rest, ", ") {
			n, _, _ = strings.Cut(n, "@")
			names = append(names, n)
		}
		r.addProblem(problem{pkg, strings.Join(names, ","), fmt.Sprintf("%s: not analyzed: %s failed", pkg, strings.Join(names, ", "))})
		return
	}
	r.addProblem(problem{pkg, check, fmt.Sprintf("%s: %s", pkg, msg)})
}

func fromJSON(pkg, check string, d jsonDiagnostic) finding {
	f := finding{
		pkg: pkg, check: check,
		pos: parsePosition(d.Posn), end: parsePosition(d.End),
		message: strings.TrimPrefix(d.Message, check+": "), // see nameChecks
	}
	for _, rel := range d.Related {
		f.related = append(f.related, related{parsePosition(rel.Posn), parsePosition(rel.End), rel.Message})
	}
	for _, fix := range d.SuggestedFixes {
		sf := suggestedFix{message: fix.Message}
		for _, e := range fix.Edits {
			sf.edits = append(sf.edits, edit{e.Filename, e.Start, e.End, e.New})
		}
		f.fixes = append(f.fixes, sf)
	}
	return f
}

// positionLine matches an error that starts with a file position, as the
// compiler and the type checker print them.
var positionLine = regexp.MustCompile(`^\S+\.go:\d+(:\d+)?: `)

// readVetStderr turns what go vet printed on standard error into
// problems. The go command heads each package's output with "# path";
// the header is kept only where the lines under it do not name their
// file (a cgo or embed failure, say). Progress lines ("go: downloading")
// are not problems, and neither is a package whose lines are all the C
// compiler's warnings (see cWarnings): those are kept apart in
// r.warnings.
func readVetStderr(r *result, stderr []byte) {
	// The go command's own failure (a toolchain it cannot switch to, a
	// go.sum entry missing) comes first, in one line: what is printed per
	// package after it is its consequence.
	if b := stderrBlocks(stderr); len(b) > 0 && b[0].header == "" {
		if line := goCommandFailure(strings.Join(b[0].lines, "\n")); line != "" {
			r.addProblem(problem{text: line})
		}
	}
	for _, b := range stderrBlocks(stderr) {
		if b.header != "" && cWarnings(b.lines) {
			r.warnings = append(r.warnings, b)
			continue
		}
		addBlock(r, b)
	}
	// A line of its own about a package supersedes the folded "failed
	// prerequisites" line for it.
	var keep []problem
	for _, p := range r.problems {
		if strings.HasSuffix(p.text, " failed") && strings.Contains(p.text, ": not analyzed: ") && saysMore(r.problems, p) {
			continue
		}
		keep = append(keep, p)
	}
	r.problems = keep
}

// A stderrBlock is what the go command printed under one "# path"
// header, or before the first (header and pkg empty).
type stderrBlock struct {
	pkg, header string
	lines       []string
}

// stderrBlocks splits go vet's standard error at its "# path" headers,
// leaving out blank and progress lines.
func stderrBlocks(stderr []byte) []stderrBlock {
	var blocks []stderrBlock
	cur := stderrBlock{}
	sc := bufio.NewScanner(bytes.NewReader(stderr))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "":
			continue
		case strings.HasPrefix(line, "# "):
			if cur.header != "" || len(cur.lines) > 0 {
				blocks = append(blocks, cur)
			}
			cur = stderrBlock{pkg: strings.TrimPrefix(line, "# "), header: line}
			continue
		case isProgress(line):
			continue
		}
		cur.lines = append(cur.lines, line)
	}
	if cur.header != "" || len(cur.lines) > 0 {
		blocks = append(blocks, cur)
	}
	return blocks
}

// addBlock records a block's lines as build problems of its package.
func addBlock(r *result, b stderrBlock) {
	if b.header != "" && r.hasAll(b.lines) {
		return // said already, about the package that caused it
	}
	header := b.header
	for _, line := range b.lines {
		if header != "" && !positionLine.MatchString(line) {
			r.addProblem(problem{b.pkg, "build", header})
		}
		header = ""
		if positionLine.MatchString(line) {
			line = strings.TrimPrefix(line, "./") // as findings name files in this directory
		}
		r.addProblem(problem{b.pkg, "build", line})
	}
}

// hasAll reports whether every one of lines is a problem already.
func (r *result) hasAll(lines []string) bool {
	for _, line := range lines {
		if !slices.ContainsFunc(r.problems, func(p problem) bool { return p.text == strings.TrimPrefix(line, "./") }) {
			return false
		}
	}
	return true
}

var (
	// cWarning is a C compiler's warning or note, at a position or
	// about the compiler's own options ("cc1: warning: ...").
	cWarning = regexp.MustCompile(`^(\S+:\d+(:\d+)?|cc1|cc1plus|clang|gcc): (warning|note): `)
	// cContext is what gcc and clang print around a warning: the source
	// line and its caret, "In function", "In file included from".
	cContext = regexp.MustCompile(`^(\s|\d+ \||\S+: In (function|member function|instantiation of)|\S+: At top level:|In file included from |\d+ warnings? generated\.$)`)
)

// cWarnings reports whether the lines a package printed are C compiler
// warnings and nothing else: at least one warning, no error, and no
// line the compiler would not print beside a warning. The go command
// shows a cgo package's compiler output even when the build succeeds,
// on a cold cache only; it is not a reason to call the package broken.
func cWarnings(lines []string) bool {
	warned := false
	for _, line := range lines {
		switch {
		case cWarning.MatchString(line):
			warned = true
		case cContext.MatchString(line):
		default:
			return false
		}
	}
	return warned
}

func saysMore(problems []problem, folded problem) bool {
	base, _, _ := strings.Cut(folded.pkg, " ")
	for _, p := range problems {
		if p != folded && p.pkg != "" && strings.HasPrefix(p.pkg, base) && !strings.Contains(p.text, ": not analyzed: ") {
			return true
		}
	}
	return false
}
