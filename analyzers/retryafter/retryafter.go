package retryafter

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/needheader"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
)

//go:embed doc.go
var doc string

// Analyzer reports 429 and 503 responses without Retry-After.
var Analyzer = &analysis.Analyzer{
	Name:     "retryafter",
	Doc:      checkdoc.MustExtract(doc, "retryafter"),
	URL:      checkdoc.URL("retryafter"),
	Run:      run,
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	return needheader.Run(pass, needheader.Rule{
		Header: "Retry-After",
		Codes:  []int{429, 503},
		Remedy: "so clients know when to retry",
	})
}
