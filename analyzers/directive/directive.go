package directive

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
)

//go:embed doc.go
var doc string

// Analyzer reports malformed //statuslint: directives.
var Analyzer = &analysis.Analyzer{
	Name:     "directive",
	Doc:      checkdoc.MustExtract(doc, "directive"),
	URL:      checkdoc.URL("directive"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{ignore.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	set := pass.ResultOf[ignore.Analyzer].(*ignore.Set)
	for _, d := range set.Directives {
		if d.Problem == "" || set.Generated(d.File) {
			continue
		}
		diag := analysis.Diagnostic{Pos: d.Pos, End: d.End, Message: d.Problem}
		if d.Fix != "" {
			diag.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "rewrite the directive",
				TextEdits: []analysis.TextEdit{{Pos: d.Pos, End: d.End, NewText: []byte(d.Fix)}},
			}}
		}
		pass.Report(diag)
	}
	return nil, nil
}
