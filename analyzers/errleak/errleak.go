package errleak

import (
	_ "embed"
	"fmt"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/report"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
	"github.com/statuslint/statuslint/catalog"
)

//go:embed doc.go
var doc string

// Analyzer reports raw error text in 5xx bodies.
var Analyzer = &analysis.Analyzer{
	Name:     "errleak",
	Doc:      checkdoc.MustExtract(doc, "errleak"),
	URL:      checkdoc.URL("errleak"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	rep := report.New(pass)
	defer rep.Done()
	for fn := range respflow.Funcs(pass) {
		for _, ev := range fn.Events {
			if ev.Kind != respflow.Body || ev.DebugOnly || !leaks(ev) {
				continue
			}
			code, ok := serverError(ev)
			if !ok {
				continue
			}
			rep.Report(analysis.Diagnostic{Pos: ev.Pos, End: ev.End,
				Message: fmt.Sprintf("raw error text sent in a %s body%s; log the error server-side and send a generic message with a request ID", catalog.Phrase(code), ev.Through())})
		}
	}
	return nil, nil
}

// leaks reports whether the body carries the text of an error whose text
// the code did not fix, other than through the function's own
// parameters (those are judged at each call).
func leaks(ev *respflow.Event) bool {
	v := ev.Value
	if v == nil {
		return false
	}
	own := func(s respflow.Shape) bool { return (v.Shape|v.Nested)&s&^v.FromParams != 0 }
	if own(respflow.LeakText) {
		return true
	}
	// An error value becomes text only where it is formatted; encoded as
	// JSON an error interface is {} and says nothing.
	return v.Shape&respflow.LeakValue&^v.FromParams != 0 && strings.HasPrefix(ev.Via, "fmt.")
}

// serverError returns the 5xx the body goes out with on every path.
func serverError(ev *respflow.Event) (int, bool) {
	code := 0
	for _, p := range ev.Paths {
		c, _, _ := ev.StatusFor(p)
		if c < 500 || c > 599 || code != 0 && c != code {
			return 0, false
		}
		code = c
	}
	return code, code != 0
}
