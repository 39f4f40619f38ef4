package headerorder

import (
	_ "embed"
	"fmt"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/report"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
)

//go:embed doc.go
var doc string

// Analyzer reports headers and statuses set after the response went out.
var Analyzer = &analysis.Analyzer{
	Name:     "headerorder",
	Doc:      checkdoc.MustExtract(doc, "headerorder"),
	URL:      checkdoc.URL("headerorder"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
}

// owned are late headers another check reports with its status.
var owned = map[string][]int{
	"Retry-After": {429, 503},
	"Allow":       {405},
	"Location":    {301, 302, 303, 307, 308},
}

func run(pass *analysis.Pass) (any, error) {
	rep := report.New(pass)
	defer rep.Done()
	for fn := range respflow.Funcs(pass) {
		for _, ev := range fn.Events {
			switch ev.Kind {
			case respflow.SetHeader, respflow.DelHeader:
				if ev.Complete || ev.Header == "" || strings.HasPrefix(ev.Header, "Trailer:") || setsStatusToo(fn, ev) {
					continue
				}
				code, at, body, ok := committed(ev)
				if !ok || ownedElsewhere(ev.Header, code) || trailerDeclared(ev) {
					continue
				}
				verb := "set"
				if ev.Kind == respflow.DelHeader {
					verb = "deleted"
				}
				rep.Report(analysis.Diagnostic{
					Pos: ev.Pos, End: ev.End,
					Message: fmt.Sprintf("%s header %s after the response was committed by %s, so net/http drops the change; set headers before WriteHeader and the first Write", ev.Header, verb, what(pass, at, body)),
					Related: []analysis.RelatedInformation{{Pos: at, Message: "response committed here"}},
				})
			case respflow.Status:
				if ev.NoCommit {
					continue
				}
				_, at, body, ok := committed(ev)
				if !ok {
					continue
				}
				rep.Report(analysis.Diagnostic{
					Pos: ev.Pos, End: ev.End,
					Message: fmt.Sprintf("%s cannot change the status: the response was already committed by %s (net/http ignores it and logs a superfluous WriteHeader call); decide the status before writing", ev.Via, what(pass, at, body)),
					Related: []analysis.RelatedInformation{{Pos: at, Message: "response committed here"}},
				})
			}
		}
	}
	return nil, nil
}

// committed reports whether every path to ev already sent the status
// line, with the status, where it went out and whether a body write did
// it; ok is false when some path did not, or it is not known.
func committed(ev *respflow.Event) (code int, at token.Pos, byBody, ok bool) {
	if len(ev.Paths) == 0 {
		return 0, token.NoPos, false, false
	}
	for i, p := range ev.Paths {
		if p.Committed() != respflow.Yes {
			return 0, token.NoPos, false, false
		}
		c, pos, implicit := p.Sent()
		if pos == token.NoPos || i > 0 && pos != at {
			return 0, token.NoPos, false, false // committed at different places: say nothing rather than guess
		}
		code, at, byBody = c, pos, implicit
	}
	return code, at, byBody, true
}

// setsStatusToo reports whether a helper call that sets a header also
// sends a status: the late call is reported once, as a status that
// cannot change, not once more for each header it sets.
func setsStatusToo(fn *respflow.Func, ev *respflow.Event) bool {
	if ev.Helper == nil {
		return false
	}
	for _, e := range fn.Events {
		if e.Kind == respflow.Status && e.Pos == ev.Pos && e.Helper == ev.Helper {
			return true
		}
	}
	return false
}

func ownedElsewhere(header string, code int) bool {
	for _, c := range owned[header] {
		if c == code {
			return true
		}
	}
	return false
}

// trailerDeclared reports whether a Trailer header was set before ev on
// some path: the late header may be one of the declared trailers.
func trailerDeclared(ev *respflow.Event) bool {
	for _, p := range ev.Paths {
		if p.MaySet("Trailer") {
			return true
		}
	}
	return false
}

func what(pass *analysis.Pass, at token.Pos, byBody bool) string {
	line := pass.Fset.Position(at).Line
	if byBody {
		return fmt.Sprintf("the body write on line %d, an implicit 200 OK", line)
	}
	return fmt.Sprintf("the status sent on line %d", line)
}
