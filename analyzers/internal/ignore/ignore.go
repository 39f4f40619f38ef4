// Package ignore parses //statuslint:ignore directives once per package.
//
// A directive names one or more checks and gives a reason:
//
//	//statuslint:ignore retryafter,allowheader the gateway adds both headers
//
// It suppresses those checks' findings on its own line and on the line
// below it. The parsed set is the Result of Analyzer; every check reads it
// through package report, and the directive check reports the malformed ones.
package ignore

import (
	"fmt"
	"go/ast"
	"go/token"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/guard"
)

// Prefix starts every statuslint directive.
const Prefix = "//statuslint:"

// CheckNames lists every check a directive may name. A test in package
// analyzers keeps it equal to the names in analyzers.All.
var CheckNames = []string{
	"allowheader", "bodystatus", "contract", "errleak", "errorbody", "headerorder", "location",
	"methodstatus", "postredirect", "retryafter", "stackleak", "unknowncode", "unmodelled", "wwwauth",
}

// Directive is one //statuslint: comment.
type Directive struct {
	Pos    token.Pos
	End    token.Pos
	File   string // file name as the file set knows it
	line   int
	Names  []string
	reason string
	// Problem says what is wrong with a malformed directive; a malformed
	// directive suppresses nothing.
	Problem string
	// Fix, when set, is the directive as it should have been written:
	// the whole comment's replacement.
	Fix string
}

// Set is every directive in a package, in source order.
type Set struct {
	Directives []*Directive
	generated  map[string]bool
}

// Generated reports whether the named file is generated code, whose
// findings nobody can act on.
func (s *Set) Generated(file string) bool { return s.generated[file] }

// Suppresses reports whether well-formed directive d silences check
// name at file:line.
func (d *Directive) Suppresses(name, file string, line int) bool {
	return d.Problem == "" && d.File == file && (d.line == line || d.line == line-1) &&
		slices.Contains(d.Names, name)
}

// Analyzer parses the directives; it reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:       "statuslintignore",
	Doc:        "parse //statuslint:ignore directives for the statuslint checks",
	Run:        guard.Run(run),
	ResultType: reflect.TypeFor[*Set](),
}

func run(pass *analysis.Pass) (any, error) {
	set := &Set{generated: map[string]bool{}}
	for _, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		if ast.IsGenerated(f) {
			set.generated[name] = true
		}
		for _, group := range f.Comments {
			for _, c := range group.List {
				var d *Directive
				if strings.HasPrefix(c.Text, Prefix) {
					d = parse(c.Text)
				} else if d = lookalike(c.Text); d == nil {
					continue
				}
				d.Pos, d.End = c.Pos(), c.End()
				d.File, d.line = name, pass.Fset.Position(c.Pos()).Line
				set.Directives = append(set.Directives, d)
			}
		}
	}
	return set, nil
}

// parse reads one comment that starts with Prefix. Positions are left
// for the caller.
func parse(text string) *Directive {
	d := &Directive{}
	rest := strings.TrimPrefix(text, Prefix)
	verb, args, _ := strings.Cut(rest, " ")
	if verb == "" && strings.HasPrefix(strings.TrimLeft(rest, " \t"), "ignore") {
		fixed := Prefix + strings.TrimLeft(rest, " \t")
		d.Problem = fmt.Sprintf("a space after %q makes this no directive; write %s", Prefix, fixed)
		d.Fix = fixed
		return d
	}
	if verb != "ignore" {
		d.Problem = fmt.Sprintf("unknown directive %q: the only statuslint directive is //statuslint:ignore NAME[,NAME] reason", Prefix+verb)
		return d
	}
	fields := strings.Fields(args)
	if len(fields) == 0 {
		d.Problem = "//statuslint:ignore needs the checks to silence and a reason: //statuslint:ignore NAME[,NAME] reason"
		return d
	}
	list, n := joinList(fields)
	for name := range strings.SplitSeq(list, ",") {
		if !slices.Contains(CheckNames, name) {
			d.Problem = fmt.Sprintf("//statuslint:ignore names unknown check %q; known checks: %s", name, strings.Join(CheckNames, ", "))
			return d
		}
		d.Names = append(d.Names, name)
	}
	if len(fields) == n {
		d.Problem = "//statuslint:ignore needs a reason after the check names, so the next reader knows why the finding is wrong"
		d.Names = nil
		return d
	}
	d.reason = strings.Join(fields[n:], " ")
	if n > 1 {
		// "unknowncode, retryafter": the names are clear, but a space
		// in the list is where the reason starts.
		d.Fix = Prefix + "ignore " + list + " " + d.reason
		d.Problem = "the check names of a directive are separated by commas alone, no spaces; write " + d.Fix
		d.Names, d.reason = nil, ""
	}
	return d
}

// joinList reads the comma-separated list of check names at the start
// of fields, allowing spaces around the commas, and returns it without
// them and the number of fields it took.
func joinList(fields []string) (string, int) {
	list, n := fields[0], 1
	for n < len(fields) && (strings.HasSuffix(list, ",") || strings.HasPrefix(fields[n], ",")) {
		list += fields[n]
		n++
	}
	return list, n
}

// lookalike returns a directive written with a space after the //
// ("// statuslint:ignore unknowncode reason"), which Go reads as an
// ordinary comment, or nil for any other comment. Prose that mentions
// statuslint:ignore is told apart by what follows: only a known check
// name makes it a directive.
func lookalike(text string) *Directive {
	rest, ok := strings.CutPrefix(text, "//")
	if !ok {
		return nil
	}
	trimmed := strings.TrimLeft(rest, " \t")
	if trimmed == rest || !strings.HasPrefix(trimmed, "statuslint:ignore ") {
		return nil
	}
	fields := strings.Fields(strings.TrimPrefix(trimmed, "statuslint:ignore "))
	if len(fields) == 0 {
		return nil
	}
	list, n := joinList(fields)
	for name := range strings.SplitSeq(list, ",") {
		if !slices.Contains(CheckNames, name) {
			return nil
		}
	}
	fixed := Prefix + "ignore " + list
	if len(fields) > n {
		fixed += " " + strings.Join(fields[n:], " ")
	}
	d := &Directive{Fix: fixed}
	d.Problem = "a space after // makes this an ordinary comment that silences nothing; write " + fixed
	if len(fields) == n {
		d.Problem += " and a reason"
		d.Fix = ""
	}
	return d
}
