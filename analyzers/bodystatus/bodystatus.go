package bodystatus

import (
	_ "embed"

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

// Analyzer reports bodies sent with statuses that allow none.
var Analyzer = &analysis.Analyzer{
	Name:     "bodystatus",
	Doc:      checkdoc.MustExtract(doc, "bodystatus"),
	URL:      checkdoc.URL("bodystatus"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
}

func run(pass *analysis.Pass) (any, error) {
	rep := report.New(pass)
	defer rep.Done()
	for fn := range respflow.Funcs(pass) {
		for _, ev := range fn.Events {
			if ev.Kind != respflow.Body || !userContent(pass, ev) || lateResponse(ev) {
				continue
			}
			s, ok := ev.InForce()
			if !ok || s.Implicit || bodyAllowed(s.Code) {
				continue
			}
			code, at := s.Code, s.At
			d := analysis.Diagnostic{Pos: ev.Pos, End: ev.End}
			if at == ev.Pos {
				d.Message = ev.Via + " writes a body, which a " + catalog.Phrase(code) + " cannot carry; send the status alone, or 200 OK with the body"
			} else {
				d.Message = "body written after " + catalog.Phrase(code) + ", which cannot carry one: the bytes are dropped; remove the write, or send 200 OK with the body"
				if at.IsValid() {
					d.Related = []analysis.RelatedInformation{{Pos: at, Message: "status chosen here"}}
				}
			}
			rep.Report(d)
		}
	}
	return nil, nil
}

// lateResponse reports whether the body is part of a whole response
// (http.Error, c.JSON) sent after the status already went out: the root
// cause is the late call, which headerorder reports on the same line as
// a status that cannot change; the dropped body is its consequence.
func lateResponse(ev *respflow.Event) bool {
	st := ev.Sibling(respflow.Status)
	if st == nil || st.NoCommit {
		return false
	}
	_, committed := st.CommittedBefore()
	return committed
}

// bodyAllowed reports whether a status may carry a body; codes the
// catalog does not hold are given the benefit of the doubt.
func bodyAllowed(code int) bool {
	info, ok := catalog.Lookup(code)
	return !ok || info.BodyAllowed
}

// userContent reports whether a body write sends content the code
// chose: not an API's own note (a redirect's link, SendStatus's text),
// and not a nil value.
func userContent(pass *analysis.Pass, ev *respflow.Event) bool {
	if ev.Value == nil || len(ev.Value.Exprs) == 0 {
		return false
	}
	for _, e := range ev.Value.Exprs {
		if tv, ok := pass.TypesInfo.Types[e]; !ok || !tv.IsNil() {
			return true
		}
	}
	return false
}
