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
)

// Prefix starts every statuslint directive.
const Prefix = "//statuslint:"

// CheckNames lists every check a directive may name. A test in package
// analyzers keeps it equal to the names in analyzers.All.
var CheckNames = []string{
	"allowheader", "bodystatus", "contract", "errleak", "errorbody", "headerorder", "location",
	"methodstatus", "postredirect", "retryafter", "stackleak", "unknowncode", "unmodelled",
	"wwwauth",
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
	Run:        run,
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
				if !strings.HasPrefix(c.Text, Prefix) {
					continue
				}
				d := parse(c.Text)
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
	if verb != "ignore" {
		d.Problem = fmt.Sprintf("unknown directive %q: the only statuslint directive is //statuslint:ignore NAME[,NAME] reason", Prefix+verb)
		return d
	}
	fields := strings.Fields(args)
	if len(fields) == 0 {
		d.Problem = "//statuslint:ignore needs the checks to silence and a reason: //statuslint:ignore NAME[,NAME] reason"
		return d
	}
	for n := range strings.SplitSeq(fields[0], ",") {
		if !slices.Contains(CheckNames, n) {
			d.Problem = fmt.Sprintf("//statuslint:ignore names unknown check %q; known checks: %s", n, strings.Join(CheckNames, ", "))
			return d
		}
		d.Names = append(d.Names, n)
	}
	if len(fields) == 1 {
		d.Problem = "//statuslint:ignore needs a reason after the check names, so the next reader knows why the finding is wrong"
		return d
	}
	d.reason = strings.Join(fields[1:], " ")
	return d
}
