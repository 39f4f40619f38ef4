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
			if code, ok := interimStatus(ev); ok {
				rep.Report(analysis.Diagnostic{
					Pos: ev.Pos, End: ev.End,
					Message: ev.Via + " with " + catalog.Phrase(code) + " sends it as an interim response, and the response that follows is 200 OK; " +
						"send the final status the body is meant for, and a 1xx alone with WriteHeader before it",
				})
				continue
			}
			if code, ok := chainedInterim(fn, ev); ok {
				rep.Report(analysis.Diagnostic{
					Pos: ev.Pos, End: ev.End,
					Message: ev.Via + " after Status(" + catalog.Phrase(code) + ") sends the 1xx as the whole response, without the body, and a client waits for a final response that never comes; " +
						"send the final status the body is meant for",
				})
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

// interimStatus returns the 1xx code, on some path, of the call that
// sends both this body and its status (http.Error, c.JSON(100, v), a
// helper given the status): net/http writes a 1xx other than 101 at once
// as an interim response and waits for a final one, which the body's
// write then makes a 200 OK. 101 is final: a body after it is dropped,
// which the status-in-force rule in run reports.
func interimStatus(ev *respflow.Event) (int, bool) {
	st := ev.Sibling(respflow.Status)
	if st == nil {
		return 0, false
	}
	sc, ok := st.SendsWhere(isInterim)
	return sc.Code, ok
}

// chainedInterim returns the 1xx code, on some path, of a status chosen
// in the same chain as this body and sent only after the handler returns
// (fiber's c.Status(100).JSON(v)). fasthttp has no interim responses: it
// writes the 1xx as the one response, and leaves the body out.
func chainedInterim(fn *respflow.Func, ev *respflow.Event) (int, bool) {
	if !ev.NoCommit {
		return 0, false
	}
	for _, x := range fn.Events {
		if x.Kind != respflow.Status || x.Pos != ev.Pos || !x.NoCommit {
			continue
		}
		if sc, ok := x.SendsWhere(isInterim); ok {
			return sc.Code, true
		}
	}
	return 0, false
}

func isInterim(code int) bool { return code >= 100 && code < 200 && code != 101 }

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
