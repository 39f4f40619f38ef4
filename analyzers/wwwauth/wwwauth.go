package wwwauth

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/needheader"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
)

//go:embed doc.go
var doc string

// Analyzer reports 401 responses without WWW-Authenticate.
var Analyzer = &analysis.Analyzer{
	Name:     "wwwauth",
	Doc:      checkdoc.MustExtract(doc, "wwwauth"),
	URL:      checkdoc.URL("wwwauth"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	return needheader.Run(pass, needheader.Rule{
		Header: "Www-Authenticate",
		Name:   "WWW-Authenticate",
		Codes:  []int{401},
		Remedy: "naming the scheme the client should use",
	})
}
