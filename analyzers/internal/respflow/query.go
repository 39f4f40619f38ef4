package respflow

import (
	"go/token"
	"iter"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/guard"
)

// Funcs yields the package's response-writing functions to a check,
// telling the guard where the check is working so a panic names the file.
func Funcs(pass *analysis.Pass) iter.Seq[*Func] {
	return func(yield func(*Func) bool) {
		for _, fn := range pass.ResultOf[Analyzer].(*Result).Funcs {
			guard.Enter(pass, fn.Node.Pos())
			if !yield(fn) {
				return
			}
		}
	}
}

// Questions the flow checks ask of an event, answered over its paths.

// SentWithout returns the code among codes that a Status event sends
// with header set before it on no path where it sends that code, or 0.
// A header set on some of those paths only is taken as deliberate (a
// Retry-After left out when no delay is known), so it is not reported.
// Statuses that go out later (NoCommit: fiber, gin's c.Status) count
// headers set anywhere in the function.
func (e *Event) SentWithout(fn *Func, header string, codes ...int) int {
	if e.Kind != Status {
		return 0
	}
	for _, code := range codes {
		sends, set := false, false
		for _, p := range e.Paths {
			if p.eventCode != code || p.Committed() != No {
				continue
			}
			sends = true
			set = set || p.MaySet(header)
		}
		if sends && !set && !(e.NoCommit && fn.SetsAnywhere(header)) {
			return code
		}
	}
	return 0
}

// SetsAnywhere reports whether the function sets header (or a header
// whose name is not known) anywhere.
func (f *Func) SetsAnywhere(header string) bool {
	for _, e := range f.Events {
		if e.Kind == SetHeader && (e.Header == header || e.Header == "") {
			return true
		}
	}
	return false
}

// SetAfter returns a SetHeader of header that runs after the status of
// Status event e went out, on a path through e: net/http drops it.
func (f *Func) SetAfter(e *Event, header string) *Event {
	for _, h := range f.After(e) {
		if h.Kind == SetHeader && h.Header == header {
			return h
		}
	}
	return nil
}

// After returns the events that run, on some path, after the status
// chosen by e was committed: their paths carry e as the status's origin.
func (f *Func) After(e *Event) []*Event {
	var out []*Event
	for _, x := range f.Events {
		if x == e || x.Pos < e.Pos {
			continue
		}
		for _, p := range x.Paths {
			if _, at, _ := p.Sent(); at == e.Pos && (p.Committed() == Yes || e.NoCommit) {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

// StatusFor returns the status a Body event goes out with on path p: the
// one chosen before it, or, when none was, the implicit 200 OK of this
// very write. The code is -1 when not known.
func (e *Event) StatusFor(p *Path) (code int, at token.Pos, implicit bool) {
	c, pos, imp := p.Sent()
	if c == 0 && e.Kind == Body {
		return 200, e.Pos, true
	}
	return c, pos, imp
}

// Through names the helper an event came through, for messages:
// " (through writeJSON)", or "" for a direct call.
func (e *Event) Through() string {
	if e.Helper != nil {
		return " (through " + e.Helper.Name() + ")"
	}
	return ""
}
