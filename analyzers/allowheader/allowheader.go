package allowheader

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

// Analyzer reports 405 responses without Allow.
var Analyzer = &analysis.Analyzer{
	Name:     "allowheader",
	Doc:      checkdoc.MustExtract(doc, "allowheader"),
	URL:      checkdoc.URL("allowheader"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	return needheader.Run(pass, needheader.Rule{
		Header: "Allow",
		Codes:  []int{405},
		Remedy: "listing the methods the resource supports",
	})
}
