package stackleak

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/report"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
)

//go:embed doc.go
var doc string

// Analyzer reports stack traces and panic values in bodies.
var Analyzer = &analysis.Analyzer{
	Name:     "stackleak",
	Doc:      checkdoc.MustExtract(doc, "stackleak"),
	URL:      checkdoc.URL("stackleak"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
}

const advice = "log it server-side and send a generic message with a request ID"

func run(pass *analysis.Pass) (any, error) {
	rep := report.New(pass)
	defer rep.Done()
	for fn := range respflow.Funcs(pass) {
		for _, ev := range fn.Events {
			if ev.Kind != respflow.Body || ev.Value == nil || ev.DebugOnly {
				continue
			}
			// What only the caller's arguments bring is judged at the call.
			v := ev.Value
			own := (v.Shape | v.Nested) &^ v.FromParams
			var what string
			switch {
			case own&respflow.StackTrace != 0:
				what = "a stack trace"
			case own&respflow.PanicValue != 0:
				what = "the value recovered from a panic"
			case own&respflow.PlusV != 0:
				what = "an error formatted with %+v or %#v (which prints its stack trace)"
			default:
				continue
			}
			rep.Report(analysis.Diagnostic{Pos: ev.Pos, End: ev.End,
				Message: what + " is written to the response body" + ev.Through() + ", exposing the server's internals; " + advice})
		}
	}
	return nil, nil
}
