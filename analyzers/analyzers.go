// Package analyzers lists the statuslint checks.
package analyzers

import (
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/allowheader"
	"github.com/statuslint/statuslint/analyzers/bodystatus"
	"github.com/statuslint/statuslint/analyzers/contract"
	"github.com/statuslint/statuslint/analyzers/directive"
	"github.com/statuslint/statuslint/analyzers/errleak"
	"github.com/statuslint/statuslint/analyzers/errorbody"
	"github.com/statuslint/statuslint/analyzers/headerorder"
	"github.com/statuslint/statuslint/analyzers/location"
	"github.com/statuslint/statuslint/analyzers/methodstatus"
	"github.com/statuslint/statuslint/analyzers/postredirect"
	"github.com/statuslint/statuslint/analyzers/retryafter"
	"github.com/statuslint/statuslint/analyzers/stackleak"
	"github.com/statuslint/statuslint/analyzers/unknowncode"
	"github.com/statuslint/statuslint/analyzers/unmodelled"
	"github.com/statuslint/statuslint/analyzers/wwwauth"
)

// All is every check, in the order of the README's table. Each is on by
// default unless Off names it.
var All = []*analysis.Analyzer{
	// The status itself.
	errorbody.Analyzer,   // an error sent as 2xx
	unknowncode.Analyzer, // numbers that are not HTTP status codes

	// Headers a status needs, judged along each path of the response model.
	retryafter.Analyzer,
	allowheader.Analyzer,
	location.Analyzer,

	// What a status allows, and when it can still change.
	bodystatus.Analyzer,
	headerorder.Analyzer,
	postredirect.Analyzer,

	// What a body must not carry.
	stackleak.Analyzer,
	errleak.Analyzer,

	// Contested advice: off unless asked for.
	methodstatus.Analyzer,
	wwwauth.Analyzer,

	// The handlers against the service's OpenAPI document: does nothing
	// until -contract.spec names one.
	contract.Analyzer,

	// Code the others cannot read: a framework version with no adapter.
	unmodelled.Analyzer,

	// Malformed //statuslint:ignore directives, reported whatever checks run.
	directive.Analyzer,
}

// Off lists the checks that are off unless asked for (-NAME). Each is
// right by the RFCs, but enough services decide otherwise on purpose
// that a default-on finding would be noise to them. The drivers here
// (statuslint, go vet -vettool, the golangci-lint plugin) read it; a
// Bazel nogo build lists its checks itself and leaves these out.
var Off = map[string]bool{
	"methodstatus": true, // 501 for methods a server never implements is sometimes deliberate
	"wwwauth":      true, // many JSON APIs document their auth scheme instead of challenging
}

// Every check guards its own Run (guard.Run in the Analyzer), and so does
// every analyzer of this module a check requires: the response model, the
// directive parser, the contract's inventory and the route interpreter.
// The guard then holds when a build imports a check's package alone, as
// Bazel's nogo does; guard's TestEveryAnalyzerGuarded walks the Requires
// graph to keep it so.
