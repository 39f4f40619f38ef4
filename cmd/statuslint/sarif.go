package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v2/sarif"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzers"
)

const (
	infoURI = "https://github.com/statuslint/statuslint"
	// srcRoot is the uriBaseId of every file in the repository: code
	// scanning resolves it to the checkout.
	srcRoot = "%SRCROOT%"
	// level is every check's default SARIF level: a finding is a likely
	// bug, not a certainty.
	level = "warning"
)

// runSARIF is statuslint -sarif: it loads and analyzes the packages with
// go/analysis/checker and prints one SARIF 2.1.0 log on stdout. It
// returns the exit code: 0 nothing found, 3 findings, 1 a package did not
// load or a check failed (which outranks findings: the log is then
// incomplete), 2 bad usage.
func runSARIF(stdout, stderr io.Writer, args []string) int {
	c, err := parseCmdline(stderr, analyzers.All, args)
	if err == flag.ErrHelp {
		return 0
	} else if err != nil {
		return 2
	}
	selected := c.selected(analyzers.All)
	pkgs, err := load(c.patterns, c.tests, needFacts(selected))
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return 1
	}
	problems := loadErrors(pkgs)
	graph, err := checker.Analyze(selected, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\n", err)
		return 1
	}
	for act := range graph.All() {
		// A package that did not load is skipped, which its load errors
		// already say; and a failed action fails every action that
		// depends on it: the first failure is the one to show.
		if act.Err != nil && len(act.Package.Errors) == 0 && !strings.HasPrefix(act.Err.Error(), "failed prerequisites") {
			problems = append(problems, fmt.Sprintf("%s: %v", act.Analyzer.Name, act.Err))
		}
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	log := newLog(root(pkgs), graph.Roots, problems)
	if err := log.PrettyWrite(stdout); err != nil {
		fmt.Fprintf(stderr, "statuslint: writing SARIF: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout)
	switch {
	case len(problems) > 0:
		return 1
	case len(log.Runs[0].Results) > 0:
		return 3
	}
	return 0
}

// load loads the packages as multichecker does.
func load(patterns []string, tests, allSyntax bool) ([]*packages.Package, error) {
	mode := packages.LoadSyntax | packages.NeedModule
	if allSyntax {
		mode = packages.LoadAllSyntax | packages.NeedModule
	}
	pkgs, err := packages.Load(&packages.Config{Mode: mode, Tests: tests}, patterns...)
	if err == nil && len(pkgs) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	return pkgs, err
}

// loadErrors lists the errors of the packages and their dependencies,
// each once, as packages.PrintErrors would print them.
func loadErrors(pkgs []*packages.Package) []string {
	var errs []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			errs = append(errs, s)
		}
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			add(e.Error())
		}
		if p.Module != nil && p.Module.Error != nil {
			add(p.Module.Error.Err)
		}
	})
	return errs
}

// needFacts reports whether any of the analyzers, or any they require,
// uses facts: then dependencies are analyzed from source too.
func needFacts(as []*analysis.Analyzer) bool {
	seen := map[*analysis.Analyzer]bool{}
	for len(as) > 0 {
		a := as[0]
		as = as[1:]
		if seen[a] {
			continue
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			return true
		}
		as = append(as, a.Requires...)
	}
	return false
}

// root is the directory the log's file URIs are relative to: the
// repository that holds the main module (what code scanning calls the
// checkout), else the main module's directory, else the working directory.
func root(pkgs []*packages.Package) string {
	dir, _ := os.Getwd()
	for _, p := range pkgs {
		if p.Module != nil && p.Module.Main && p.Module.Dir != "" {
			dir = p.Module.Dir
			break
		}
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

// newLog builds the SARIF log: a rule for every check, then the
// diagnostics of the root actions in file order, each once (a file of a
// package and of its test variant is analyzed twice).
func newLog(rootDir string, roots []*checker.Action, problems []string) *sarif.Report {
	log, _ := sarif.New(sarif.Version210) // cannot fail for 2.1.0
	run := sarif.NewRunWithInformationURI("statuslint", infoURI)
	run.Tool.Driver.WithVersion(version())
	run.WithOriginalUriBaseIds(map[string]*sarif.ArtifactLocation{
		srcRoot: sarif.NewSimpleArtifactLocation(fileURI(rootDir) + "/"),
	})
	for _, a := range analyzers.All {
		d := describe(a)
		run.AddRule(a.Name).
			WithName(a.Name).
			WithShortDescription(sarif.NewMultiformatMessageString(d.title)).
			WithFullDescription(sarif.NewMultiformatMessageString(d.body)).
			WithHelp(sarif.NewMultiformatMessageString(d.text()).WithMarkdown(d.markdown())).
			WithHelpURI(a.URL).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().
				WithLevel(level).
				WithEnabled(!analyzers.Off[a.Name]))
	}

	files := fileCache{}
	type key struct {
		rule, msg string
		loc       location
	}
	var results []*sarif.Result
	var keys []key
	seen := map[key]bool{}
	for _, act := range roots {
		for _, d := range act.Diagnostics {
			loc := files.locate(rootDir, act.Package.Fset, d.Pos, d.End)
			k := key{act.Analyzer.Name, d.Message, loc}
			if seen[k] {
				continue
			}
			seen[k] = true
			r := sarif.NewRuleResult(act.Analyzer.Name).
				WithLevel(level).
				WithMessage(sarif.NewTextMessage(d.Message)).
				WithLocations([]*sarif.Location{loc.sarif()})
			for _, rel := range d.Related {
				l := files.locate(rootDir, act.Package.Fset, rel.Pos, rel.End).sarif()
				r.AddRelatedLocation(l.WithMessage(sarif.NewTextMessage(rel.Message)))
			}
			results = append(results, r)
			keys = append(keys, k)
		}
	}
	// The roots come in no particular order; the log comes in file order.
	order := make([]int, len(results))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := keys[i], keys[j]
		if c := a.loc.compare(b.loc); c != 0 {
			return c
		}
		return strings.Compare(a.rule+a.msg, b.rule+b.msg)
	})
	for _, i := range order {
		run.AddResult(results[i])
	}

	inv := run.AddInvocation(len(problems) == 0)
	for _, p := range problems {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications,
			sarif.NewNotification().WithLevel("error").WithMessage(sarif.NewTextMessage(p)))
	}
	log.AddRun(run)
	return log
}

// location is a SARIF region in a file: the file relative to the root
// (or absolute when outside it), lines from 1, columns in UTF-16 code
// units from 1 as SARIF counts them by default.
type location struct {
	uri                                  string
	inRoot                               bool
	startLine, startCol, endLine, endCol int
}

func (l location) sarif() *sarif.Location {
	art := sarif.NewSimpleArtifactLocation(l.uri)
	if l.inRoot {
		art.WithUriBaseId(srcRoot)
	}
	return sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
		WithArtifactLocation(art).
		WithRegion(sarif.NewRegion().
			WithStartLine(l.startLine).WithStartColumn(l.startCol).
			WithEndLine(l.endLine).WithEndColumn(l.endCol)))
}

func (l location) compare(m location) int {
	if c := strings.Compare(l.uri, m.uri); c != 0 {
		return c
	}
	for _, d := range [...]int{l.startLine - m.startLine, l.startCol - m.startCol, l.endLine - m.endLine, l.endCol - m.endCol} {
		if d != 0 {
			return d
		}
	}
	return 0
}

// fileCache holds the files read to turn byte columns into UTF-16 ones.
type fileCache map[string][]byte

// locate turns a diagnostic's range into a location. A diagnostic with
// no end covers the rest of its line.
func (fc fileCache) locate(rootDir string, fset *token.FileSet, pos, end token.Pos) location {
	start := fset.Position(pos)
	l := location{uri: fileURI(start.Filename), startLine: start.Line, startCol: start.Column}
	if rel, err := filepath.Rel(rootDir, start.Filename); err == nil && filepath.IsLocal(rel) {
		l.uri, l.inRoot = relURI(rel), true
	}
	content, ok := fc[start.Filename]
	if !ok {
		content, _ = os.ReadFile(start.Filename) // without it, columns stay in bytes
		fc[start.Filename] = content
	}
	l.startCol = utf16Column(content, start)
	if e := fset.Position(end); end.IsValid() && e.Filename == start.Filename && e.Offset >= start.Offset {
		l.endLine, l.endCol = e.Line, utf16Column(content, e)
	} else {
		l.endLine, l.endCol = start.Line, lineEndColumn(content, start)
	}
	return l
}

// utf16Column converts the byte column of p to UTF-16 code units.
func utf16Column(content []byte, p token.Position) int {
	lineStart := p.Offset - (p.Column - 1)
	if content == nil || lineStart < 0 || p.Offset > len(content) {
		return p.Column
	}
	return utf16Len(content[lineStart:p.Offset]) + 1
}

// lineEndColumn is the UTF-16 column just past the last character of
// p's line.
func lineEndColumn(content []byte, p token.Position) int {
	lineStart := p.Offset - (p.Column - 1)
	if content == nil || lineStart < 0 || p.Offset > len(content) {
		return p.Column
	}
	line := content[lineStart:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	return utf16Len(bytes.TrimSuffix(line, []byte("\r"))) + 1
}

func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		n += max(utf16.RuneLen(r), 1) // an invalid byte becomes U+FFFD, one unit
		b = b[size:]
	}
	return n
}

// relURI is a relative file path as a URI reference: slashes, escaped.
func relURI(rel string) string {
	return (&url.URL{Path: filepath.ToSlash(rel)}).EscapedPath()
}

func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// version is the module version statuslint was built at: a tag when
// installed with go install module@version, "devel" from a checkout.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
