// Command nothing is the baseline of make bench: a multichecker with one
// analyzer that requires the same golang.org/x/tools passes as statuslint
// (inspect and ctrlflow, which the response model builds on) and does
// nothing with them. Because ctrlflow exports facts, the driver runs it on
// every dependency too, as it does for statuslint, so
//
//	nothing ./...    vs    statuslint ./...
//
// differ only by statuslint's own work: the response model and the checks.
// Its test keeps Requires in step with analyzers.All.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

// Analyzer loads and type-checks like statuslint, computes the passes
// statuslint requires, and reports nothing.
var Analyzer = &analysis.Analyzer{
	Name:     "nothing",
	Doc:      "require what statuslint requires and report nothing (the make bench baseline)",
	Requires: []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { multichecker.Main(Analyzer) }
