// Package analyzers lists the statuslint checks.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/directive"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
	"github.com/statuslint/statuslint/analyzers/retryafter"
	"github.com/statuslint/statuslint/analyzers/unknowncode"
)

// All is every check, in the order of the README's table. Each is on by
// default unless Off names it.
//
// Not here yet: the leak checks (stackleak, errleak).
var All = []*analysis.Analyzer{
	// Numbers that are not HTTP status codes.
	unknowncode.Analyzer,

	// Headers a status needs, judged along each path of the response model.
	retryafter.Analyzer,

	// Malformed //statuslint:ignore directives, reported whatever checks run.
	directive.Analyzer,
}

// Off lists the checks that are off unless asked for (-NAME).
var Off = map[string]bool{}

func init() {
	for _, a := range All {
		guard.Wrap(a)
	}
	// The model is shared by the flow checks: a bug in it must cost one
	// error line too, not the run.
	guard.Wrap(respflow.Analyzer)
}
