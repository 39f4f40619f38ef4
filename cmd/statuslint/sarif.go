package main

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v2/sarif"

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

// writeSARIF prints one SARIF 2.1.0 log of the findings and problems:
// file URIs relative to rootDir under %SRCROOT%.
func writeSARIF(w io.Writer, rootDir string, findings []finding, problems, partial []problem) error {
	var texts []string
	for _, p := range problems {
		texts = append(texts, p.text)
	}
	log := newLog(rootDir, findings, texts)
	// A package analyzed in part: a warning, as its results are there.
	inv := log.Runs[0].Invocations[0]
	for _, p := range partial {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications,
			sarif.NewNotification().WithLevel("warning").WithMessage(sarif.NewTextMessage(p.text)))
	}
	if err := log.PrettyWrite(w); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

// sarifRoot is the directory the log's file URIs are relative to: the
// repository that holds the module of dir (what code scanning calls the
// checkout), else the module's directory, else dir.
func sarifRoot(dir string) string {
	mod := dir
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			mod = d
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	for d := mod; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return mod
		}
	}
}

// newLog builds the SARIF log: a rule for every check, then the
// findings, sorted and each once, in file order.
func newLog(rootDir string, findings []finding, problems []string) *sarif.Report {
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
				WithEnabled(!analyzers.Off[a.Name])).
			WithProperties(ruleProperties(a.Name))
	}

	files := sourceCache{}
	for _, f := range findings {
		loc := files.locate(rootDir, f.pos, f.end)
		r := sarif.NewRuleResult(f.check).
			WithLevel(level).
			WithMessage(sarif.NewTextMessage(resultMessage(f))).
			WithLocations([]*sarif.Location{loc.sarif()})
		for i, rel := range f.related {
			l := files.locate(rootDir, rel.pos, rel.end).sarif()
			r.AddRelatedLocation(l.WithId(i + 1).WithMessage(sarif.NewTextMessage(rel.message)))
		}
		for _, fix := range f.fixes {
			r.AddFix(files.sarifFix(rootDir, fix))
		}
		run.AddResult(r)
	}

	inv := run.AddInvocation(len(problems) == 0)
	for _, p := range problems {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications,
			sarif.NewNotification().WithLevel("error").WithMessage(sarif.NewTextMessage(p)))
	}
	log.AddRun(run)
	return log
}

// security lists the checks whose findings are security weaknesses,
// with the CVSS-style score code scanning ranks them by
// (security-severity: 4.0-6.9 is medium) and their CWE. Both leak
// what a server knows about itself to whoever sent the request
// (CWE-209): a stack trace says more than an error's text.
var security = map[string]struct{ severity, cwe string }{
	"stackleak": {"5.3", "external/cwe/cwe-209"},
	"errleak":   {"4.3", "external/cwe/cwe-209"},
}

// ruleProperties are a rule's properties: for a security check, its
// security-severity and tags; else none.
func ruleProperties(check string) sarif.Properties {
	sec, ok := security[check]
	if !ok {
		return nil
	}
	return sarif.Properties{
		"security-severity": sec.severity,
		"tags":              []string{"security", sec.cwe},
	}
}

// resultMessage is a finding's message with a link to each related
// location, by its id, as SARIF embeds them ("[sent here](1)"), so that
// code scanning links the positions. A message with links has its own
// brackets and backslashes escaped.
func resultMessage(f finding) string {
	if len(f.related) == 0 {
		return f.message
	}
	esc := strings.NewReplacer(`\`, `\\`, `[`, `\[`, `]`, `\]`)
	var b strings.Builder
	b.WriteString(esc.Replace(f.message))
	for i, rel := range f.related {
		sep := ", "
		if i == 0 {
			sep = " ("
		}
		fmt.Fprintf(&b, "%s[%s](%d)", sep, esc.Replace(rel.message), i+1)
	}
	b.WriteString(")")
	return b.String()
}

// sarifFix is a suggested fix as SARIF has it: for each edit, the bytes
// it deletes (as a region in lines and columns, and in bytes) and the
// text it inserts.
func (sc sourceCache) sarifFix(rootDir string, fix suggestedFix) *sarif.Fix {
	out := sarif.NewFix().WithDescriptionText(fix.message)
	for _, e := range fix.edits {
		content := sc.content(e.file)
		start, end := offsetPosition(content, e.file, e.start), offsetPosition(content, e.file, e.end)
		l := sc.locate(rootDir, start, start)
		art := sarif.NewSimpleArtifactLocation(l.uri)
		if l.inRoot {
			art.WithUriBaseId(srcRoot)
		}
		region := sarif.NewRegion().
			WithStartLine(start.line).WithStartColumn(utf16Column(content, start)).
			WithEndLine(end.line).WithEndColumn(utf16Column(content, end)).
			WithByteOffset(e.start).WithByteLength(e.end - e.start)
		out.AddArtifactChanges(sarif.NewArtifactChange(art).WithReplacement(
			sarif.NewReplacement(region).WithInsertedContent(sarif.NewArtifactContent().WithText(e.text))))
	}
	return out
}

// offsetPosition is the line and byte column of a byte offset.
func offsetPosition(content []byte, file string, off int) position {
	off = min(max(off, 0), len(content))
	before := content[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := off - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return position{file, line, col}
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

// locate turns a finding's range into a location. A range that ends
// where it starts covers the rest of its line.
func (sc sourceCache) locate(rootDir string, pos, end position) location {
	l := location{uri: fileURI(pos.file), startLine: pos.line, startCol: pos.col}
	if rel, err := filepath.Rel(rootDir, pos.file); err == nil && filepath.IsLocal(rel) {
		l.uri, l.inRoot = relURI(rel), true
	}
	content := sc.content(pos.file)
	l.startCol = utf16Column(content, pos)
	if end.file == pos.file && end.compare(pos) > 0 {
		l.endLine, l.endCol = end.line, utf16Column(content, end)
	} else {
		l.endLine, l.endCol = pos.line, lineEndColumn(content, pos)
	}
	return l
}

// lineBytes returns the text of line n of content, from 1, without its
// newline, or false when content has no such line.
func lineBytes(content []byte, n int) ([]byte, bool) {
	if content == nil || n < 1 {
		return nil, false
	}
	for range n - 1 {
		i := bytes.IndexByte(content, '\n')
		if i < 0 {
			return nil, false
		}
		content = content[i+1:]
	}
	if i := bytes.IndexByte(content, '\n'); i >= 0 {
		content = content[:i]
	}
	return content, true
}

// utf16Column converts the byte column of p to UTF-16 code units;
// without the file's content it stays in bytes.
func utf16Column(content []byte, p position) int {
	line, ok := lineBytes(content, p.line)
	if !ok || p.col-1 > len(line) {
		return p.col
	}
	return utf16Len(line[:p.col-1]) + 1
}

// lineEndColumn is the UTF-16 column just past the last character of
// p's line.
func lineEndColumn(content []byte, p position) int {
	line, ok := lineBytes(content, p.line)
	if !ok {
		return p.col
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
