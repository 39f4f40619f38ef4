package respflow

import (
	"go/token"
	"math/rand/v2"
	"slices"
	"testing"

	"golang.org/x/tools/go/cfg"
)

// randomState returns a state the solver could reach: a status is
// chosen before it is committed, the implicit 200 is a chosen 200, the
// headers set on every path are among those set on some, lists sorted.
func randomState(r *rand.Rand) *state {
	pick := func(xs ...int) int { return xs[r.IntN(len(xs))] }
	some := func(xs ...string) []string {
		var out []string
		for _, x := range xs {
			if r.IntN(2) == 0 {
				out = append(out, x)
			}
		}
		return out
	}
	p := &state{
		opaque:      r.IntN(4) == 0,
		fresh:       r.IntN(3) != 0,
		complete:    r.IntN(3) == 0,
		failedCall:  r.IntN(3) == 0,
		method:      []string{"", "GET", "POST"}[r.IntN(3)],
		statusParam: pick(-1, -1, 0, 1),
		bodyParam:   pick(-1, -1, 0),
		bodyShape:   Shape(r.IntN(4)),
		bodyNested:  Shape(r.IntN(2)),
		bodyFromP:   Shape(r.IntN(2)),
		bodyFalse:   r.IntN(4) == 0,
		bodyKeys:    some("code", "error", "message"),
	}
	if r.IntN(3) != 0 {
		p.chosen = true
		p.status = pick(-1, 200, 404, 429, 503)
		p.statusPos = token.Pos(pick(0, 10, 20))
		p.committed = tri(r.IntN(3))
		if p.status == 200 && r.IntN(2) == 0 {
			p.implicit = true
		}
	}
	if p.committed != no && r.IntN(2) == 0 {
		p.body = tri(1 + r.IntN(2))
		p.bodyPos = token.Pos(pick(0, 30))
	}
	for _, h := range some("Allow", "Location", "Retry-After") {
		p.must = addSorted(p.must, h)
	}
	p.may = slices.Clone(p.must)
	for _, h := range some("Allow", "Content-Type", "*") {
		p.may = addSorted(p.may, h)
	}
	for _, v := range []token.Pos{5, 6} {
		if r.IntN(2) == 0 {
			p.setVar(v, pick(200, 404, 429), true)
		}
	}
	for _, x := range []int{0, 1, 2} {
		if r.IntN(3) == 0 {
			p.bodyParams = addSorted(p.bodyParams, x)
		}
	}
	return p
}

// below reports whether q says no more than p, field by field: what
// the checks treat as certain on q is certain on p, and what may have
// happened on p may have happened on q. A join is above both its sides.
func below(p, q *state) bool {
	flat := func(a, b, top int) bool { return a == b || b == top }
	flatTri := func(a, b tri) bool { return a == b || b == maybe }
	subset := func(a, b []string) bool {
		for _, x := range a {
			if !slices.Contains(b, x) {
				return false
			}
		}
		return true
	}
	if p.opaque && !q.opaque || p.chosen && !q.chosen || q.implicit && !p.implicit || q.fresh && !p.fresh {
		return false
	}
	if p.complete && !q.complete || p.failedCall && !q.failedCall || p.bodyFalse && !q.bodyFalse {
		return false
	}
	if !flatTri(p.committed, q.committed) || !flatTri(p.body, q.body) {
		return false
	}
	if p.chosen == q.chosen && !flat(p.status, q.status, -1) || p.chosen != q.chosen && q.status != -1 {
		return false
	}
	if !flat(int(p.statusPos), int(q.statusPos), 0) || !flat(int(p.bodyPos), int(q.bodyPos), 0) {
		return false
	}
	if !flat(p.statusParam, q.statusParam, -1) || !flat(p.bodyParam, q.bodyParam, -1) || p.method != q.method && q.method != "" {
		return false
	}
	if !subset(q.must, p.must) || !subset(p.may, q.may) || !subset(p.bodyKeys, q.bodyKeys) {
		return false
	}
	for _, x := range p.bodyParams {
		if !slices.Contains(q.bodyParams, x) {
			return false
		}
	}
	if p.bodyShape&^q.bodyShape != 0 || p.bodyNested&^q.bodyNested != 0 || p.bodyFromP&^q.bodyFromP != 0 {
		return false
	}
	for _, v := range q.vars {
		if c, ok := p.varCode(v.v); !ok || c != v.code {
			return false
		}
	}
	return true
}

// TestJoinLaws: join is the least upper bound of a semilattice, as the
// solver needs it to be: the order in which paths meet at a block does
// not change what the block's input becomes, and the worklist ends.
func TestJoinLaws(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const n = 2000
	for range n {
		p, q, s := randomState(r), randomState(r), randomState(r)
		pk := p.key()
		if got := join(p, p).key(); got != pk {
			t.Fatalf("join(p, p) != p (idempotence)\np:    %s\njoin: %s", pk, got)
		}
		if a, b := join(p, q).key(), join(q, p).key(); a != b {
			t.Fatalf("join(p, q) != join(q, p) (commutativity)\np: %s\nq: %s\njoin(p, q): %s\njoin(q, p): %s", pk, q.key(), a, b)
		}
		if a, b := join(join(p, q), s).key(), join(p, join(q, s)).key(); a != b {
			t.Fatalf("join(join(p, q), s) != join(p, join(q, s)) (associativity)\np: %s\nq: %s\ns: %s\nleft:  %s\nright: %s", pk, q.key(), s.key(), a, b)
		}
		j := join(p, q)
		if !below(p, j) || !below(q, j) {
			t.Fatalf("join(p, q) is not above both (upper bound)\np: %s\nq: %s\njoin: %s", pk, q.key(), j.key())
		}
		if p.key() != pk {
			t.Fatalf("join changed its argument: %s became %s", pk, p.key())
		}
	}
}

// TestBottom: the least element is the empty set of path classes (no
// path reaches the point): adding a path to it gives that path, and a
// set joined with itself is unchanged.
func TestBottom(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var empty stateSet
	if empty.key() != "" {
		t.Errorf("the empty set has key %q", empty.key())
	}
	for range 200 {
		p := randomState(r)
		s := empty.add(p)
		if len(s) != 1 || s[0] != p {
			t.Fatalf("adding a path to no path gave %d paths", len(s))
		}
		if again := s.add(p.clone()); len(again) != 1 {
			t.Fatalf("adding the same path twice kept %d paths", len(again))
		}
	}
}

// TestMergeBound: past maxPaths distinct classes a point keeps one, the
// join of them all, which says no more than any of them.
func TestMergeBound(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 50 {
		var s stateSet
		var added []*state
		for len(added) <= maxPaths {
			p := randomState(r)
			if slices.ContainsFunc(added, func(q *state) bool { return q.key() == p.key() }) {
				continue
			}
			before := len(s)
			s = s.add(p)
			added = append(added, p)
			if len(added) <= maxPaths && len(s) != before+1 {
				t.Fatalf("class %d of %d was not kept apart: %d classes", len(added), maxPaths, len(s))
			}
		}
		if len(s) != 1 {
			t.Fatalf("%d distinct classes left %d, want them merged into 1", len(added), len(s))
		}
		for _, p := range added {
			if !below(p, s[0]) {
				t.Fatalf("the merged class says more than one it merged\nclass:  %s\nmerged: %s", p.key(), s[0].key())
			}
		}
	}
	// The order the classes come in does not change the merged class.
	var a, b stateSet
	var ps []*state
	for len(ps) <= maxPaths {
		p := randomState(r)
		if !slices.ContainsFunc(ps, func(q *state) bool { return q.key() == p.key() }) {
			ps = append(ps, p)
		}
	}
	for i := range ps {
		a = a.add(ps[i])
		b = b.add(ps[len(ps)-1-i])
	}
	if a.key() != b.key() {
		t.Errorf("the merged class depends on the order of arrival:\n%s\n%s", a.key(), b.key())
	}
}

// loopCFG is a CFG of two blocks: the entry, and a loop body that
// comes back to itself.
func loopCFG() *cfg.CFG {
	entry := &cfg.Block{Index: 0, Live: true}
	body := &cfg.Block{Index: 1, Live: true}
	entry.Succs = []*cfg.Block{body}
	body.Succs = []*cfg.Block{body}
	return &cfg.CFG{Blocks: []*cfg.Block{entry, body}}
}

func fresh() stateSet {
	return stateSet{{fresh: true, statusParam: -1, bodyParam: -1}}
}

func every(_ *cfg.Block, _ int, out stateSet) []*state { return out }

// TestBudget: a loop whose paths keep changing is given up after the
// budget's steps; one that settles is solved, with no more classes at
// its head than the bound.
func TestBudget(t *testing.T) {
	g := loopCFG()
	budget := budgetPerBlock * len(g.Blocks)

	// Each pass through the body sets the next of five headers: the
	// classes at the loop head multiply, then merge, and settle.
	names := []string{"Allow", "Cache-Control", "Content-Type", "Location", "Retry-After"}
	n := 0
	in, ok := fixpoint(g, fresh(), budget, func(b *cfg.Block, in stateSet) stateSet {
		var out stateSet
		for _, p := range in {
			q := p.clone()
			if b.Index == 1 {
				q.setHeader(names[n%len(names)])
				n++
			}
			out = out.add(q)
		}
		return out
	}, every)
	if !ok {
		t.Fatalf("a loop over five headers ran out of budget after %d steps", budget)
	}
	if len(in[1]) > maxPaths {
		t.Errorf("the loop body's input has %d classes, over the bound of %d", len(in[1]), maxPaths)
	}

	// A counter that never settles (each pass a new status position, so
	// no class is ever the same as one seen) runs out of budget.
	steps := 0
	_, ok = fixpoint(g, fresh(), budget, func(b *cfg.Block, in stateSet) stateSet {
		steps++
		var out stateSet
		for _, p := range in {
			q := p.clone()
			q.chosen, q.status = true, 200
			q.bodyPos = token.Pos(steps) // a join keeps it only when equal: the merged class changes every pass
			out = out.add(q)
		}
		return out
	}, func(b *cfg.Block, i int, out stateSet) []*state {
		// Replace rather than join: the input is always new.
		return out
	})
	if ok {
		t.Fatalf("a loop whose input never settles was solved")
	}
	if steps != budget {
		t.Errorf("gave up after %d steps, want the budget, %d", steps, budget)
	}

	// A straight line settles at once, well within the budget.
	steps = 0
	_, ok = fixpoint(g, fresh(), budget, func(b *cfg.Block, in stateSet) stateSet {
		steps++
		return in
	}, every)
	if !ok || steps != 2 {
		t.Errorf("an unchanging loop: ok=%v after %d steps, want true after 2", ok, steps)
	}
}
