package respflow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// This file answers the question the routes command and the contract
// check ask of a handler: which statuses can its paths send, where is
// each chosen, and which headers go with it.

// Unknown is the Code of the SentStatus that stands for the paths whose
// status the model cannot name: a status from an expression it cannot
// evaluate, or a path on which the response escaped.
const Unknown = -1

// SentStatus is one status some path of a function can send.
type SentStatus struct {
	Code int // a status code, or Unknown
	// Sites are where the status is chosen (for Unknown: where the paths
	// went opaque or chose a status not known), in source order.
	Sites []Site
	// Must are the headers set before the status on every path that
	// sends it; May those set on some path, "*" standing for a header
	// whose name is not known and for a path on which anything may have
	// been set already (an opaque one, or one that started outside the
	// function).
	Must, May []string
	// Certain: on some path the status is sure to be the one sent;
	// otherwise every path that chooses it may have sent another first.
	Certain bool
}

// Site is one place a status is chosen.
type Site struct {
	Pos token.Pos
	Via string // the API or helper: "http.Error", "writeJSON"
	// Helper is the helper whose summary chose the status, nil for a
	// direct call.
	Helper *types.Func
	// Implicit: the implicit 200 OK of a first body write.
	Implicit bool
}

// Statuses returns the statuses the function's paths can send, by code
// ascending, with Unknown last when some path is not known (among them
// the errors returned to an adapter with a status the model cannot
// name). A function
// the dataflow could not solve has only Unknown. Paths that return
// without writing anything (net/http then sends 200) are not seen: the
// model records events, not exits.
func (f *Func) Statuses() []SentStatus {
	if f.Unsolved {
		return []SentStatus{{Code: Unknown, Sites: []Site{{Pos: f.Node.Pos(), Via: "too tangled to follow"}}, May: []string{"*"}}}
	}
	var out []SentStatus
	find := func(code int) *SentStatus {
		for i := range out {
			if out[i].Code == code {
				return &out[i]
			}
		}
		out = append(out, SentStatus{Code: code})
		return &out[len(out)-1]
	}
	seen := map[*SentStatus]bool{} // statuses whose Must was started
	add := func(code int, site Site, p *state, certain bool, later []string) {
		s := find(code)
		if !slices.ContainsFunc(s.Sites, func(x Site) bool { return x.Pos == site.Pos && x.Implicit == site.Implicit }) {
			s.Sites = append(s.Sites, site)
		}
		s.Certain = s.Certain || certain
		if p == nil {
			s.May = addSorted(s.May, "*")
			return
		}
		must := p.must
		if !p.startedHere() {
			must = nil
			s.May = addSorted(s.May, "*")
		}
		if !seen[s] {
			seen[s] = true
			s.Must = slices.Clone(must)
		} else {
			s.Must = slices.DeleteFunc(s.Must, func(h string) bool { return !slices.Contains(must, h) })
		}
		for _, h := range p.may {
			s.May = addSorted(s.May, h)
		}
		for _, h := range later {
			s.May = addSorted(s.May, h)
		}
	}
	later := f.headersSet() // for statuses that go out only later
	for _, e := range f.Events {
		site := Site{Pos: e.Pos, Via: e.Via, Helper: e.Helper}
		var after []string
		if e.NoCommit && !e.returned {
			after = later // a status sent later, with whatever is set meanwhile
		}
		switch e.Kind {
		case Escape:
			add(Unknown, site, nil, false, nil)
		case Status:
			for _, sc := range e.Sends() {
				switch {
				case sc.Code <= 0:
					add(Unknown, site, sc.state, false, after)
				case sc.Code >= 100 && sc.Code < 200 && sc.Code != 101:
					// An interim response: the final one is still to come.
				default:
					add(sc.Code, site, sc.state, sc.state.commitState() == no, after)
				}
			}
		case Body:
			for _, p := range e.states {
				code, _, _ := p.sentStatus()
				if code != 0 || p.commitState() == yes {
					continue // a status chosen before: recorded at its own event
				}
				site.Implicit = true
				add(200, site, p, p.commitState() == no, after)
			}
		}
	}
	for _, site := range f.unknownReturns {
		add(Unknown, site, nil, false, nil)
	}
	slices.SortStableFunc(out, func(a, b SentStatus) int {
		switch {
		case a.Code == b.Code:
			return 0
		case a.Code == Unknown:
			return 1
		case b.Code == Unknown:
			return -1
		}
		return a.Code - b.Code
	})
	for i := range out {
		slices.SortStableFunc(out[i].Sites, func(a, b Site) int { return int(a.Pos - b.Pos) })
		out[i].Must = slices.DeleteFunc(out[i].Must, func(h string) bool { return h == "*" })
	}
	return out
}

// headersSet lists the headers the function sets anywhere, "*" for one
// whose name is not known.
func (f *Func) headersSet() []string {
	var hs []string
	for _, e := range f.Events {
		if e.Kind == SetHeader {
			h := e.Header
			if h == "" {
				h = "*"
			}
			hs = addSorted(hs, h)
		}
	}
	return hs
}

// Handler returns the model of a route's handler: the declared function
// fn, or the literal lit, of this package; nil when the package has none
// (the handler never touches its response, or is not in this package).
func (r *Result) Handler(fn *types.Func, lit *ast.FuncLit) *Func {
	for _, f := range r.funcs {
		switch n := f.Node.(type) {
		case *ast.FuncDecl:
			if fn != nil && n.Name.Pos() == fn.Origin().Pos() {
				return f
			}
		case *ast.FuncLit:
			if lit != nil && n == lit {
				return f
			}
		}
	}
	return nil
}
