package errleak

import (
	_ "embed"
	"fmt"
	"go/types"

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
	Name:      "errleak",
	Doc:       checkdoc.MustExtract(doc, "errleak"),
	URL:       checkdoc.URL("errleak"),
	Run:       guard.Run(run),
	Requires:  []*analysis.Analyzer{respflow.Analyzer, ignore.Analyzer},
	FactTypes: []analysis.Fact{(*leaksParam)(nil)},
}

// leaksParam marks a helper that writes the text of an error it is
// given into a 5xx body.
type leaksParam struct {
	Params []int // the error parameters, by index
	// Reported: a caller in the helper's package hands it an error whose
	// text is not fixed, and the helper was reported there, once; its
	// calls are not reported again.
	Reported bool
}

// AFact marks leaksParam as an analysis fact.
func (*leaksParam) AFact() {}

func (l *leaksParam) String() string {
	if l.Reported {
		return fmt.Sprintf("leaksParam(%v reported)", l.Params)
	}
	return fmt.Sprintf("leaksParam(%v)", l.Params)
}

// leakHelper is a helper of this package that writes the text of an
// error parameter into a 5xx body.
type leakHelper struct {
	fn    *types.Func
	ev    *respflow.Event
	code  int
	fact  leaksParam
	calls []*respflow.Event // calls in this package handing it a leaking error
}

func run(pass *analysis.Pass) (any, error) {
	rep := report.New(pass)
	defer rep.Done()
	once := rep.Once()
	defer once.Flush()
	var helpers []*leakHelper
	byFn := map[*types.Func]*leakHelper{}
	type finding struct {
		ev   *respflow.Event
		code int
	}
	var calls []finding // leaks at calls of helpers, judged once the helpers are known
	// handed are the calls of each helper that hand it text or errors
	// whose text is not fixed, by helper.
	handed := map[*types.Func][]*respflow.Event{}
	for fn := range respflow.Funcs(pass) {
		for _, ev := range fn.Events {
			if ev.Kind != respflow.Body || ev.DebugOnly || ev.Value == nil {
				continue
			}
			own := leaks(ev, false)
			if own && ev.Helper != nil {
				handed[ev.Helper] = append(handed[ev.Helper], ev)
			}
			s, ok := ev.InForce()
			if !ok || s.Code < 500 || s.Code > 599 {
				continue
			}
			switch {
			case own:
				if ev.Helper != nil {
					calls = append(calls, finding{ev, s.Code})
					continue
				}
				if obj := fn.Obj(); obj != nil && !fn.Entry && byFn[obj] == nil {
					// A helper's own leak is its own finding, not its callers'.
					once.Root(obj, leak(ev, s.Code), "")
					h := &leakHelper{fn: obj, ev: ev, code: s.Code, fact: leaksParam{Reported: true}}
					helpers = append(helpers, h)
					byFn[obj] = h
				} else {
					once.Report(leak(ev, s.Code))
				}
			case leaks(ev, true):
				// The text comes from an error the function is given: the
				// leak is written here, whoever the caller is.
				obj := fn.Obj()
				params := errorParams(obj, ev.Value.Params())
				if obj == nil || len(params) == 0 || byFn[obj] != nil {
					continue
				}
				h := &leakHelper{fn: obj, ev: ev, code: s.Code, fact: leaksParam{Params: params}}
				helpers = append(helpers, h)
				byFn[obj] = h
			}
		}
	}
	for _, h := range helpers {
		h.calls = handed[h.fn]
		if len(h.fact.Params) > 0 && len(h.calls) > 0 {
			h.fact.Reported = true
			for _, c := range h.calls {
				once.Use(h.fn, c.Pos)
			}
			once.Root(h.fn, analysis.Diagnostic{Pos: h.ev.Pos, End: h.ev.End,
				Message: fmt.Sprintf("raw error text sent in a %s body%s: %s writes the text of the error it is given; log the error server-side and send a generic message with a request ID",
					catalog.Phrase(h.code), h.ev.Through(), h.fn.Name())}, "an error handed to it here")
		}
		if h.fn.Exported() {
			fact := h.fact
			pass.ExportObjectFact(h.fn, &fact)
		}
	}
	for _, c := range calls {
		var fact leaksParam
		if c.ev.Helper.Pkg() != pass.Pkg && pass.ImportObjectFact(c.ev.Helper, &fact) && fact.Reported {
			continue // reported in the helper's package
		}
		once.Via(c.ev.Helper, leak(c.ev, c.code)) // dropped when reported in the helper
	}
	return nil, nil
}

// leak is the finding of raw error text in ev's body, sent with code.
func leak(ev *respflow.Event, code int) analysis.Diagnostic {
	return analysis.Diagnostic{Pos: ev.Pos, End: ev.End,
		Message: fmt.Sprintf("raw error text sent in a %s body%s; log the error server-side and send a generic message with a request ID", catalog.Phrase(code), ev.Through())}
}

// leaks reports whether the body carries the text of an error whose text
// the code did not fix. With params unset it counts what the function
// writes of its own; with params set, what it writes of the errors its
// parameters hand it.
func leaks(ev *respflow.Event, params bool) bool {
	v := ev.Value
	from := ^v.FromParams
	if params {
		from = v.FromParams
	}
	if (v.Shape|v.Nested)&respflow.LeakText&from != 0 {
		return true
	}
	// An error value becomes text only where it is formatted; encoded as
	// JSON an error interface is {} and says nothing.
	return v.Shape&respflow.LeakValue&from != 0 && ev.Source == respflow.SrcFormat
}

// errorParams returns those of params that are of an error type.
func errorParams(fn *types.Func, params []int) []int {
	if fn == nil {
		return nil
	}
	sig := fn.Signature()
	var out []int
	for _, i := range params {
		if i < sig.Params().Len() && types.Implements(sig.Params().At(i).Type(), errorType) {
			out = append(out, i)
		}
	}
	return out
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
