// Package needheader is the shared run of the checks that ask for a
// header with a status: retryafter (429, 503), allowheader (405),
// wwwauth (401) and location (3xx redirects). Each check is this
// question with its own codes, header and advice.
package needheader

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/report"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
	"github.com/statuslint/statuslint/catalog"
)

// Rule is one check's question.
type Rule struct {
	Header string // canonical, as net/http stores it ("Www-Authenticate")
	Name   string // as people write it ("WWW-Authenticate"); Header when empty
	Codes  []int
	// Remedy ends the message: what to do, e.g. "so clients know when to retry".
	Remedy string
	// Silent, if set, exempts an event (e.g. a Location set by the API itself).
	Silent func(fn *respflow.Func, ev *respflow.Event) bool
}

// Run reports every status in r.Codes sent without r.Header.
func Run(pass *analysis.Pass, r Rule) (any, error) {
	rep := report.New(pass)
	Check(pass, rep, r)
	rep.Done()
	return nil, nil
}

// Check is Run for a check that asks more than one question.
func Check(pass *analysis.Pass, rep *report.Reporter, r Rule) {
	name := r.Name
	if name == "" {
		name = r.Header
	}
	for fn := range respflow.Funcs(pass) {
		for _, ev := range fn.Events {
			code := ev.SentWithout(fn, r.Header, r.Codes...)
			if code == 0 || (r.Silent != nil && r.Silent(fn, ev)) {
				continue
			}
			d := analysis.Diagnostic{Pos: ev.Pos, End: ev.End}
			if late := fn.SetAfter(ev, r.Header); late != nil {
				d.Message = fmt.Sprintf("%s is set after the %s status went out, so net/http drops it; set it before %s", name, catalog.Phrase(code), ev.Via)
				d.Related = []analysis.RelatedInformation{{Pos: late.Pos, End: late.End, Message: name + " set here, too late"}}
			} else {
				d.Message = fmt.Sprintf("%s sent without %s %s header%s; set it before %s %s", catalog.Phrase(code), article(name), name, ev.Through(), ev.Via, r.Remedy)
			}
			rep.Report(d)
		}
	}
}

func article(h string) string {
	switch h[0] {
	case 'A', 'E', 'I', 'O', 'U':
		return "an"
	}
	return "a"
}
