package headerorder

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
				if ev.Complete || ev.Header == "" || strings.HasPrefix(ev.Header, "Trailer:") || ev.Helper != nil && ev.Sibling(respflow.Status) != nil {
					continue
				}
				// A late header call of a helper that also sends a status is
				// reported once, as a status that cannot change.
				s, ok := ev.CommittedBefore()
				if !ok || ownedElsewhere(ev.Header, s.Code) || ev.MaySetBefore("Trailer") {
					continue // the late header may be one of the declared trailers
				}
				verb := "set"
				if ev.Kind == respflow.DelHeader {
					verb = "deleted"
				}
				rep.Report(analysis.Diagnostic{
					Pos: ev.Pos, End: ev.End,
					Message: fmt.Sprintf("%s header %s after the response was committed by %s, so net/http drops the change; set headers before WriteHeader and the first Write", ev.Header, verb, what(pass, s)),
					Related: []analysis.RelatedInformation{{Pos: s.At, Message: "response committed here"}},
				})
			case respflow.Status:
				if ev.NoCommit {
					continue
				}
				s, ok := ev.CommittedBefore()
				if !ok {
					for _, at := range ev.AnsweredOnSome() {
						if missingReturn(fn.Node, at, ev.Pos) {
							rep.Report(analysis.Diagnostic{
								Pos: ev.Pos, End: ev.End,
								Message: fmt.Sprintf("%s runs after the response written on line %d, whose branch does not return: on that path the client gets the first answer and this one is lost; return after writing", ev.Via, pass.Fset.Position(at).Line),
								Related: []analysis.RelatedInformation{{Pos: at, Message: "response written here, with no return after it"}},
							})
							break
						}
					}
					continue
				}
				rep.Report(analysis.Diagnostic{
					Pos: ev.Pos, End: ev.End,
					Message: fmt.Sprintf("%s cannot change the status: the response was already committed by %s (net/http ignores it and logs a superfluous WriteHeader call); decide the status before writing", ev.Via, what(pass, s)),
					Related: []analysis.RelatedInformation{{Pos: s.At, Message: "response committed here"}},
				})
			}
		}
	}
	return nil, nil
}

func ownedElsewhere(header string, code int) bool {
	for _, c := range owned[header] {
		if c == code {
			return true
		}
	}
	return false
}

func what(pass *analysis.Pass, s respflow.Sent) string {
	line := pass.Fset.Position(s.At).Line
	if s.Implicit {
		return fmt.Sprintf("the body write on line %d, an implicit 200 OK", line)
	}
	return fmt.Sprintf("the status sent on line %d", line)
}
