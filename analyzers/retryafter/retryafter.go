package retryafter

import (
	_ "embed"
	"strings"

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
// read Retry-After.
func probe(fn *respflow.Func, ev *respflow.Event) bool {
	for _, pc := range ev.Codes() {
		if pc.Code == 429 {
			return false
		}
	}
	for _, name := range []string{fn.Name, fn.Outer} {
		name = strings.ToLower(name)
		for _, word := range []string{"health", "ready", "readiness", "live", "probe", "ping"} {
			if strings.Contains(name, word) {
				return true
			}
		}
	}
	return false
}
