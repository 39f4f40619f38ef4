package respflow

import (
	"cmp"
	"go/token"
	"slices"
	"strconv"
	"strings"
)

// tri is a three-valued answer: yes, no, or maybe when it is not known,
// because the paths of a merged class disagree, the response escaped, or
// it may have begun before the function.
type tri uint8

const (
	no tri = iota
	yes
	maybe
)

func joinTri(a, b tri) tri {
	if a == b {
		return a
	}
	return maybe
}

// state is the state of the response on one class of paths, just before
// an event. Paths that differ in what the checks ask about are kept apart
// (up to a bound), so that a status chosen in one case of a switch is
// judged with the headers set in that case only.
type state struct {
	opaque    bool // the response escaped or started unknown: nothing is known
	committed tri  // the status line went out (WriteHeader, a first body write)
	chosen    bool // a status was chosen, committed or not (gin's c.Status, fiber)
	status    int  // the status chosen: a code, or -1 when unknown
	statusPos token.Pos
	implicit  bool // the status is the implicit 200 of a first body write
	body      tri
	bodyPos   token.Pos
	must      []string // headers set on every path of the class, sorted
	may       []string // headers set on some path of the class, sorted; "*" for a name not known
	vars      []varVal // tracked local status variables with a known value, by position
	method    string   // the request method on this path, "" when unknown
	fresh     bool     // the response started here: nothing was sent before the function
	complete  bool     // an API that sends a whole response ran
	// failedCall: the path took the failure outcome of a guard-like helper
	// (its error was non-nil, or it returned false).
	failedCall bool

	// For helper summaries: the parameter that chose the status or the
	// body (-1 none), and the shapes written.
	statusParam int
	bodyParam   int
	bodyShape   Shape
	bodyNested  Shape
	bodyKeys    []string // keys of the literals written, sorted
	bodyFalse   bool     // a literal written sets success/ok to false
	bodyParams  []int    // parameters whose values reach the body, sorted
	bodyFromP   Shape    // leak shapes that come only from parameters

	eventCode int // for a Status event: the code it sends on this path
}

type varVal struct {
	v    token.Pos // the variable's declaration
	code int
}

// commitState reports whether the status line was already sent.
func (p *state) commitState() tri {
	if p.opaque || !p.fresh && p.committed == no {
		return maybe
	}
	return p.committed
}

// sentStatus returns the status chosen before the event (-1 unknown, 0 none),
// where it was chosen, and whether it is the implicit 200 of a body write.
func (p *state) sentStatus() (code int, pos token.Pos, implicit bool) {
	if p.opaque {
		return -1, token.NoPos, false
	}
	if !p.chosen {
		if !p.fresh {
			return -1, token.NoPos, false
		}
		return 0, token.NoPos, false
	}
	return p.status, p.statusPos, p.implicit
}

// maySet reports whether header name may have been set on this path: it
// was set on some path of the class, or a header with a name not known
// statically was, or the path is opaque. Checks that report a missing
// header ask this, so that any doubt keeps them silent.
func (p *state) maySet(name string) bool {
	return p.opaque || !p.fresh || slices.Contains(p.may, name) || slices.Contains(p.may, "*")
}

// startedHere reports whether the response started in this function, so that
// what it did not do was not done before either.
func (p *state) startedHere() bool { return p.fresh && !p.opaque }

// Method returns the request method known on this path, or "".
func (p *state) Method() string { return p.method }

func (p *state) clone() *state {
	q := *p
	q.must = slices.Clone(p.must)
	q.may = slices.Clone(p.may)
	q.vars = slices.Clone(p.vars)
	q.bodyKeys = slices.Clone(p.bodyKeys)
	q.bodyParams = slices.Clone(p.bodyParams)
	return &q
}

// key identifies a state for deduplication; it runs in the solver's
// inner loop, so it appends rather than formats.
func (p *state) key() string {
	b := make([]byte, 0, 128)
	flag := func(v bool) {
		if v {
			b = append(b, '1')
		} else {
			b = append(b, '0')
		}
	}
	num := func(n int) { b = strconv.AppendInt(b, int64(n), 10); b = append(b, '|') }
	list := func(s []string) {
		for _, x := range s {
			b = append(b, x...)
			b = append(b, ',')
		}
		b = append(b, '|')
	}
	flag(p.opaque)
	flag(p.chosen)
	flag(p.implicit)
	flag(p.fresh)
	flag(p.complete)
	flag(p.bodyFalse)
	flag(p.failedCall)
	num(int(p.committed))
	num(p.status)
	num(int(p.statusPos))
	num(int(p.body))
	num(int(p.bodyPos))
	num(p.statusParam)
	num(p.bodyParam)
	num(int(p.bodyShape))
	num(int(p.bodyNested))
	num(int(p.bodyFromP))
	list(p.must)
	list(p.may)
	list(p.bodyKeys)
	b = append(b, p.method...)
	b = append(b, '|')
	for _, x := range p.bodyParams {
		num(x)
	}
	b = append(b, '|')
	for _, v := range p.vars {
		num(int(v.v))
		num(v.code)
	}
	return string(b)
}

func (p *state) setHeader(name string) {
	if name == "" {
		name = "*"
	} else {
		p.must = addSorted(p.must, name)
	}
	p.may = addSorted(p.may, name)
}

func (p *state) delHeader(name string) {
	p.must = slices.DeleteFunc(p.must, func(s string) bool { return s == name })
	p.may = slices.DeleteFunc(p.may, func(s string) bool { return s == name })
}

func (p *state) varCode(v token.Pos) (int, bool) {
	for _, x := range p.vars {
		if x.v == v {
			return x.code, true
		}
	}
	return 0, false
}

func (p *state) setVar(v token.Pos, code int, known bool) {
	p.vars = slices.DeleteFunc(p.vars, func(x varVal) bool { return x.v == v })
	if known {
		p.vars = append(p.vars, varVal{v, code})
		slices.SortFunc(p.vars, func(a, b varVal) int { return int(a.v - b.v) })
	}
}

// addSorted inserts x into the sorted s, once.
func addSorted[T cmp.Ordered](s []T, x T) []T {
	i, found := slices.BinarySearch(s, x)
	if found {
		return s
	}
	return slices.Insert(s, i, x)
}

// join merges q into p, keeping only what holds on both.
func join(p, q *state) *state {
	r := p.clone()
	r.opaque = p.opaque || q.opaque
	r.committed = joinTri(p.committed, q.committed)
	r.chosen = p.chosen || q.chosen
	if p.status != q.status || p.chosen != q.chosen {
		r.status = -1
	}
	if p.statusPos != q.statusPos {
		r.statusPos = token.NoPos
	}
	r.implicit = p.implicit && q.implicit
	r.body = joinTri(p.body, q.body)
	if p.bodyPos != q.bodyPos {
		r.bodyPos = token.NoPos
	}
	r.must = slices.DeleteFunc(r.must, func(s string) bool { return !slices.Contains(q.must, s) })
	for _, h := range q.may {
		r.may = addSorted(r.may, h)
	}
	r.vars = slices.DeleteFunc(r.vars, func(x varVal) bool { c, ok := q.varCode(x.v); return !ok || c != x.code })
	if p.method != q.method {
		r.method = ""
	}
	r.fresh = p.fresh && q.fresh
	r.complete = p.complete || q.complete
	r.failedCall = p.failedCall || q.failedCall
	if p.statusParam != q.statusParam {
		r.statusParam = -1
	}
	if p.bodyParam != q.bodyParam {
		r.bodyParam = -1
	}
	r.bodyShape = p.bodyShape | q.bodyShape
	r.bodyNested = p.bodyNested | q.bodyNested
	for _, k := range q.bodyKeys {
		r.bodyKeys = addSorted(r.bodyKeys, k)
	}
	r.bodyFalse = p.bodyFalse || q.bodyFalse
	for _, x := range q.bodyParams {
		r.bodyParams = addSorted(r.bodyParams, x)
	}
	r.bodyFromP = p.bodyFromP | q.bodyFromP
	return r
}

// maxPaths bounds the path classes kept at a point; past it they are
// merged, which only ever makes answers less certain.
const maxPaths = 16

// stateSet is a deduplicated set of states, one per path class.
type stateSet []*state

func (s stateSet) add(p *state) stateSet {
	k := p.key()
	for _, q := range s {
		if q.key() == k {
			return s
		}
	}
	s = append(s, p)
	if len(s) > maxPaths {
		m := s[0]
		for _, q := range s[1:] {
			m = join(m, q)
		}
		s = stateSet{m}
	}
	return s
}

func (s stateSet) key() string {
	keys := make([]string, len(s))
	for i, p := range s {
		keys[i] = p.key()
	}
	slices.Sort(keys)
	return strings.Join(keys, "\n")
}
