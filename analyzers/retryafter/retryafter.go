package retryafter

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

// Analyzer reports 429 and 503 responses without Retry-After.
var Analyzer = &analysis.Analyzer{
	Name:     "retryafter",
	Doc:      checkdoc.MustExtract(doc, "retryafter"),
	URL:      checkdoc.URL("retryafter"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	return needheader.Run(pass, needheader.Rule{
		Header: "Retry-After",
		Codes:  []int{429, 503},
		Remedy: "so clients know when to retry",
		Silent: probe,
	})
}

// probe reports whether a 503 answers a health or readiness probe: load
// balancers and orchestrators poll those on their own schedule and never
// read Retry-After. The model decides what a probe is (its registration,
// its name, or a branch on a health state); a 429 is a rate limit even
// there.
func probe(fn *respflow.Func, ev *respflow.Event) bool {
	if _, ok := ev.SendsWhere(func(code int) bool { return code == 429 }); ok {
		return false
	}
	return fn.AnswersProbe(ev)
}
