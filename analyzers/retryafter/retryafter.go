package retryafter

import (
	_ "embed"
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/report"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
	"github.com/statuslint/statuslint/catalog"
)

//go:embed doc.go
var doc string

// Analyzer reports 429 and 503 responses without Retry-After.
var Analyzer = &analysis.Analyzer{
	Name:     "retryafter",
	Doc:      checkdoc.MustExtract(doc, "retryafter"),
	URL:      checkdoc.URL("retryafter"),
	Run:      run,
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
}

const header = "Retry-After"

func run(pass *analysis.Pass) (any, error) {
	r := report.New(pass)
	defer r.Done()
	for _, fn := range pass.ResultOf[respflow.Analyzer].(*respflow.Result).Funcs {
		for _, ev := range fn.Events {
			if ev.Kind != respflow.Status {
				continue
			}
			code := missing(fn, ev)
			if code == 0 {
				continue
			}
			d := analysis.Diagnostic{Pos: ev.Pos, End: ev.End}
			if late := lateHeader(fn, ev); late != nil {
				d.Message = fmt.Sprintf("Retry-After is set after the %s status went out, so net/http drops it; set it before %s", catalog.Phrase(code), ev.Via)
				d.Related = []analysis.RelatedInformation{{Pos: late.Pos, End: late.End, Message: "Retry-After set here, too late"}}
			} else {
				d.Message = fmt.Sprintf("%s sent without a Retry-After header%s; set it before %s so clients know when to retry", catalog.Phrase(code), through(ev), ev.Via)
			}
			r.Report(d)
		}
	}
	return nil, nil
}

// missing returns the 429 or 503 that ev sends with no Retry-After set
// before it on any path where it sends that code, or 0. A header set on
// some paths only is taken as deliberate (no delay known, no header).
func missing(fn *respflow.Func, ev *respflow.Event) int {
	for _, code := range []int{429, 503} {
		sends, set := false, false
		for _, pc := range ev.Codes() {
			if pc.Code != code || pc.Path.Committed() != respflow.No {
				continue
			}
			sends = true
			set = set || pc.Path.MaySet(header)
		}
		if sends && !set && !(ev.NoCommit && setAnywhere(fn)) {
			return code
		}
	}
	return 0
}

func setAnywhere(fn *respflow.Func) bool {
	for _, e := range fn.Events {
		if e.Kind == respflow.SetHeader && (e.Header == header || e.Header == "") {
			return true
		}
	}
	return false
}

// lateHeader finds a Retry-After set after ev's status went out.
func lateHeader(fn *respflow.Func, ev *respflow.Event) *respflow.Event {
	for _, e := range fn.Events {
		if e.Kind != respflow.SetHeader || e.Header != header || e.Pos <= ev.Pos {
			continue
		}
		for _, p := range e.Paths {
			if _, at, _ := p.Sent(); at == ev.Pos && p.Committed() == respflow.Yes {
				return e
			}
		}
	}
	return nil
}

func through(ev *respflow.Event) string {
	if ev.Helper != nil {
		return " (through " + ev.Helper.Name() + ")"
	}
	return ""
}
