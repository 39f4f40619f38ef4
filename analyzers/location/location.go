package location

import (
	_ "embed"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/needheader"
	"github.com/statuslint/statuslint/analyzers/internal/report"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
)

//go:embed doc.go
var doc string

// Analyzer reports redirects without Location and empty 201s.
var Analyzer = &analysis.Analyzer{
	Name:     "location",
	Doc:      checkdoc.MustExtract(doc, "location"),
	URL:      checkdoc.URL("location"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
}

const header = "Location"

func run(pass *analysis.Pass) (any, error) {
	rep := report.New(pass)
	defer rep.Done()
	needheader.Check(pass, rep, needheader.Rule{
		Header: header,
		Codes:  []int{301, 302, 303, 307, 308},
		Remedy: "so the client can follow, or use http.Redirect",
	})
	for fn := range respflow.Funcs(pass) {
		for _, ev := range fn.Events {
			if ev.SentWithout(fn, header, 201) == 0 || hasContent(ev.Sibling(respflow.Body)) || hasBody(fn, ev) {
				continue
			}
			rep.Reportf(ev.Pos, "201 Created sent with neither a Location header nor a body; set Location to the new resource's URL before %s, or return the resource in the body", ev.Via)
		}
	}
	return nil, nil
}

// hasBody reports whether, after the 201, a body may follow or the
// response escapes where it may get one.
func hasBody(fn *respflow.Func, ev *respflow.Event) bool {
	for _, e := range fn.After(ev) {
		if e.Kind == respflow.Body && hasContent(e) || e.Kind == respflow.Escape {
			return true
		}
	}
	return false
}

// hasContent reports whether body event e writes content the code chose:
// c.JSON(201, v) does; the status text fiber's SendStatus(201) writes by
// itself and echo's NoContent(201) describe no resource.
func hasContent(e *respflow.Event) bool {
	return e != nil && e.Value != nil
}
