// Package report is the one path by which every check reports: it drops
// findings in generated files and findings silenced by a
// //statuslint:ignore directive, and at the end reports the directives
// naming the check that silenced nothing. Once, on top of it, reports
// each finding once at its root cause (a helper, a constant) rather than
// at every place it leads to.
package report

import (
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/ignore"
)

// Reporter filters one check's diagnostics for one package.
type Reporter struct {
	pass *analysis.Pass
	set  *ignore.Set
	used map[*ignore.Directive]bool
}

// New returns the Reporter for pass. The pass's analyzer must require
// ignore.Analyzer.
func New(pass *analysis.Pass) *Reporter {
	return &Reporter{
		pass: pass,
		set:  pass.ResultOf[ignore.Analyzer].(*ignore.Set),
		used: map[*ignore.Directive]bool{},
	}
}

// Report reports d unless it is in generated code, in a test file, or
// silenced. Handlers in tests are fakes of other servers, often broken on
// purpose to test a client; what they send is not the service's answer.
func (r *Reporter) Report(d analysis.Diagnostic) {
	pos := r.pass.Fset.Position(d.Pos)
	if r.set.Generated(pos.Filename) || strings.HasSuffix(pos.Filename, "_test.go") {
		return
	}
	silenced := false
	for _, dir := range r.set.Directives {
		if dir.Suppresses(r.pass.Analyzer.Name, pos.Filename, pos.Line) {
			r.used[dir] = true
			silenced = true
		}
	}
	if !silenced {
		r.pass.Report(d)
	}
}

// Reportf reports a diagnostic at pos with a formatted message.
func (r *Reporter) Reportf(pos token.Pos, format string, args ...any) {
	r.Report(analysis.Diagnostic{Pos: pos, Message: fmt.Sprintf(format, args...)})
}

// Done reports every well-formed directive naming this check that
// silenced nothing; call it once, after the check's last Report.
func (r *Reporter) Done() {
	name := r.pass.Analyzer.Name
	for _, dir := range r.set.Directives {
		if dir.Problem != "" || r.used[dir] || r.set.Generated(dir.File) || strings.HasSuffix(dir.File, "_test.go") {
			continue
		}
		for _, n := range dir.Names {
			if n == name {
				r.pass.Report(analysis.Diagnostic{
					Pos: dir.Pos, End: dir.End,
					Message: fmt.Sprintf("//statuslint:ignore %s silences nothing here; remove it or move it onto the line it is meant for", name),
				})
			}
		}
	}
}
