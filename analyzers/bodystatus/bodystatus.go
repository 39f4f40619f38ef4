package bodystatus

import (
	_ "embed"
	"go/token"

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
			if ev.Kind != respflow.Body || !userContent(pass, ev) {
				continue
			}
			code, at := noBodyStatus(ev)
			if code == 0 {
				continue
			}
			d := analysis.Diagnostic{Pos: ev.Pos, End: ev.End}
			if at == ev.Pos {
				d.Message = ev.Via + " writes a body, which a " + catalog.Phrase(code) + " cannot carry; send the status alone, or 200 OK with the body"
			} else {
				d.Message = "body written after " + catalog.Phrase(code) + ", which cannot carry one: the bytes are dropped; remove the write, or send 200 OK with the body"
				d.Related = []analysis.RelatedInformation{{Pos: at, Message: "status chosen here"}}
			}
			rep.Report(d)
		}
	}
	return nil, nil
}

// noBodyStatus returns the bodiless status in force at a body write on
// every path reaching it, and where it was chosen; 0 if there is none.
func noBodyStatus(ev *respflow.Event) (int, token.Pos) {
	code, at := 0, token.NoPos
	for _, p := range ev.Paths {
		c, pos, implicit := p.Sent()
		info, ok := catalog.Lookup(c)
		if implicit || !ok || info.BodyAllowed || !p.Fresh() && pos == token.NoPos {
			return 0, token.NoPos
		}
		if code != 0 && code != c {
			return 0, token.NoPos
		}
		code, at = c, pos
	}
	return code, at
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
