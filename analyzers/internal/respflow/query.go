package respflow

import (
	"go/token"
	"iter"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/guard"
)

// Funcs yields the package's functions that change a response and that
// the dataflow solved, to a check, telling the guard where the check is
// working so a panic names the file.
func Funcs(pass *analysis.Pass) iter.Seq[*Func] {
	return func(yield func(*Func) bool) {
		for _, fn := range pass.ResultOf[Analyzer].(*Result).funcs {
			if !fn.writes {
				continue
			}
			guard.Enter(pass, fn.Node.Pos())
			if !yield(fn) {
				return
			}
		}
	}
}

// All returns every function of the package given a response, in source
// order, those that only read it or let it escape included: what
// coverage counts.
func (r *Result) All() []*Func { return r.funcs }

// Escapes returns the function's Escape events that some path reaches.
func (f *Func) Escapes() []*Event {
	var out []*Event
	for _, e := range f.Events {
		if e.Kind == Escape {
			out = append(out, e)
		}
	}
	return out
}

// Sent is a status in force at an event: its code, where it was chosen,
// and whether it is the implicit 200 OK of a first body write.
type Sent struct {
	Code     int
	At       token.Pos // token.NoPos when paths chose it in different places
	Implicit bool
}

// InForce returns the status the response has at e on every path
// reaching it: for a Body event, the status chosen before it or, when
// none was, the implicit 200 OK of this write. ok is false when the paths
// disagree, when one does not know, or when a path that started outside
// the function lost where its status came from.
func (e *Event) InForce() (s Sent, ok bool) {
	for i, p := range e.states {
		c, at, imp := e.statusFor(p)
		if c <= 0 || !p.startedHere() && at == token.NoPos {
			return Sent{}, false
		}
		if i > 0 && (c != s.Code || imp != s.Implicit) {
			return Sent{}, false
		}
		if i > 0 && at != s.At {
			at = token.NoPos
		}
		s = Sent{Code: c, At: at, Implicit: imp}
	}
	return s, len(e.states) > 0
}

// CommittedBefore returns the status line that every path to e already
// sent, when all of them sent it at the same place; ok is false when some
// path did not, or it is not known.
func (e *Event) CommittedBefore() (s Sent, ok bool) {
	for i, p := range e.states {
		if p.commitState() != yes {
			return Sent{}, false
		}
		c, at, imp := p.sentStatus()
		if at == token.NoPos || i > 0 && at != s.At {
			return Sent{}, false // committed at different places: say nothing rather than guess
		}
		s = Sent{Code: c, At: at, Implicit: imp}
	}
	return s, len(e.states) > 0
}

// StateCode pairs a path class's state with the status an event sends on it.
type StateCode struct {
	state *state
	Code  int
}

// Method returns the request method of the path class, "" when any.
func (sc StateCode) Method() string { return sc.state.method }

// codes returns, for each path class, the status this Status event sends
// (-1 when unknown), paired with the state.
func (e *Event) codes() []StateCode {
	var out []StateCode
	for _, p := range e.states {
		out = append(out, StateCode{state: p, Code: p.eventCode})
	}
	return out
}

// Sends returns the path classes on which a Status event sets the
// status: those where nothing was sent before it.
func (e *Event) Sends() []StateCode {
	var out []StateCode
	for _, sc := range e.codes() {
		if sc.state.commitState() != yes {
			out = append(out, sc)
		}
	}
	return out
}

// SendsWhere returns a path class on which a Status event sets a status
// that match accepts.
func (e *Event) SendsWhere(match func(code int) bool) (StateCode, bool) {
	for _, sc := range e.Sends() {
		if match(sc.Code) {
			return sc, true
		}
	}
	return StateCode{}, false
}

// Sibling returns the event of kind k that the same call produced (the
// Status of an http.Error whose Body this is), or nil.
func (e *Event) Sibling(k Kind) *Event {
	for _, x := range e.call {
		if x != e && x.Kind == k {
			return x
		}
	}
	return nil
}

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
		for _, p := range e.states {
			if p.eventCode != code || p.commitState() != no {
				continue
			}
			sends = true
			set = set || p.maySet(header)
		}
		if sends && !set && !(e.NoCommit && fn.setsAnywhere(header)) {
			return code
		}
	}
	return 0
}

// setsAnywhere reports whether the function sets header (or a header
// whose name is not known) anywhere.
func (f *Func) setsAnywhere(header string) bool {
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
// That is control order, read from the dataflow, not from positions: an
// event earlier in the source that a loop runs again after e is among
// them. They come in the order they run in: first those that follow e
// in the source, then those a loop brings round again.
func (f *Func) After(e *Event) []*Event {
	var later, again []*Event
	for _, x := range f.Events {
		if x == e {
			continue
		}
		for _, p := range x.states {
			if _, at, _ := p.sentStatus(); at == e.Pos && (p.commitState() == yes || e.NoCommit) {
				if x.Pos < e.Pos {
					again = append(again, x)
				} else {
					later = append(later, x)
				}
				break
			}
		}
	}
	return append(later, again...)
}

// statusFor returns the status a Body event goes out with on path p: the
// one chosen before it, or, when none was, the implicit 200 OK of this
// very write. The code is -1 when not known.
func (e *Event) statusFor(p *state) (code int, at token.Pos, implicit bool) {
	c, pos, imp := p.sentStatus()
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

// MaySetBefore reports whether header may have been set before e on
// some path (or a header whose name is not known was, or a path is
// opaque).
func (e *Event) MaySetBefore(header string) bool {
	for _, p := range e.states {
		if p.maySet(header) {
			return true
		}
	}
	return false
}

// AnsweredOnSome returns, in source order, the places where a whole
// answer (a status and a body) already went out on some path class
// reaching e, each certain on that class: a second write there is a
// second response on that path.
func (e *Event) AnsweredOnSome() []token.Pos {
	var out []token.Pos
	for _, p := range e.states {
		if p.commitState() != yes || p.body != yes {
			continue
		}
		if _, at, _ := p.sentStatus(); at.IsValid() && !slices.Contains(out, at) {
			out = append(out, at)
		}
	}
	slices.Sort(out)
	return out
}
