package respflow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/cfg"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
)

// solve runs the dataflow over the function's CFG: it records on every
// event the path classes reaching it and returns the paths that leave
// the function. ok is false when the function is too tangled to finish,
// in which case it is treated as opaque.
func (f *funcState) solve(g *cfg.CFG, fresh bool, method string) (exits, errExits []exit, ok bool) {
	// Extraction finds the variables that choose a status; once they are
	// known, extract again so that their assignments are followed too.
	for range 2 {
		before := len(f.tracked)
		for _, b := range g.Blocks {
			if b.Live {
				f.extract(b.Nodes)
			}
		}
		if len(f.tracked) == before {
			break
		}
	}
	f.indexCases()
	entry := &state{fresh: fresh, method: method, statusParam: -1, bodyParam: -1}
	in, ok := fixpoint(g, stateSet{entry}, budgetPerBlock*len(g.Blocks),
		func(b *cfg.Block, in stateSet) stateSet { return f.transfer(b, in, false) },
		f.refine)
	if !ok {
		return nil, nil, false
	}
	// Replay once more, now that every block's input is final, recording
	// the paths on the events and collecting the exits.
	for _, b := range g.Blocks {
		if !b.Live || len(in[b.Index]) == 0 {
			continue
		}
		out := f.transfer(b, in[b.Index], true)
		if ret := b.Return(); ret != nil {
			failing := f.inError(ret.Pos())
			for _, st := range out {
				ex := exit{state: st, ret: ret, err: failing}
				if failing {
					errExits = append(errExits, ex)
				} else {
					exits = append(exits, ex)
				}
			}
		}
	}
	return exits, errExits, true
}

// budgetPerBlock bounds the solver's work: a function whose blocks are
// taken off the work list more than this many times each, on average,
// is given up as too tangled.
const budgetPerBlock = 64

// fixpoint runs the worklist from g's first block, whose input is entry,
// until no block's input grows: in[b] is the set of path classes that
// reach block b. transfer gives the paths leaving a block, edge those of
// them that take its successor i. ok is false when budget steps (blocks
// taken off the list) were not enough.
func fixpoint(g *cfg.CFG, entry stateSet, budget int,
	transfer func(b *cfg.Block, in stateSet) stateSet,
	edge func(b *cfg.Block, i int, out stateSet) []*state) (in []stateSet, ok bool) {
	in = make([]stateSet, len(g.Blocks))
	in[0] = entry
	work := []*cfg.Block{g.Blocks[0]}
	queued := make([]bool, len(g.Blocks))
	queued[0] = true
	for len(work) > 0 {
		if budget--; budget < 0 {
			return nil, false
		}
		b := work[0]
		work = work[1:]
		queued[b.Index] = false
		out := transfer(b, in[b.Index])
		for i, succ := range b.Succs {
			next := in[succ.Index]
			before := next.key()
			for _, p := range edge(b, i, out) {
				next = next.add(p)
			}
			if next.key() != before {
				in[succ.Index] = next
				if !queued[succ.Index] {
					queued[succ.Index] = true
					work = append(work, succ)
				}
			}
		}
	}
	return in, true
}

// transfer applies a block's ops to each path.
func (f *funcState) transfer(b *cfg.Block, in stateSet, record bool) stateSet {
	paths := make([]*state, len(in))
	for i, p := range in {
		paths[i] = p.clone()
	}
	for _, n := range b.Nodes {
		for _, o := range f.ops[n] {
			var next []*state
			for _, p := range paths {
				next = append(next, f.apply(p, o, record)...)
			}
			paths = next
		}
	}
	var out stateSet
	for _, p := range paths {
		out = out.add(p)
	}
	return out
}

// apply performs one op on a path; an assignment of a value from a set of
// constants forks it.
func (f *funcState) apply(p *state, o op, record bool) []*state {
	if o.fork != nil {
		var out []*state
		for _, br := range o.fork.branches {
			paths := []*state{p.clone()}
			for _, bo := range br.ops {
				var next []*state
				for _, q := range paths {
					next = append(next, f.apply(q, bo, record)...)
				}
				paths = next
			}
			for _, q := range paths {
				q.setVar(o.fork.key, br.value, true)
				q.failedCall = q.failedCall || br.failure
			}
			out = append(out, paths...)
		}
		return out
	}
	if o.ev == nil {
		if len(o.codes) <= 1 {
			code := 0
			if len(o.codes) == 1 {
				code = o.codes[0]
			}
			p.setVar(o.v.Pos(), code, len(o.codes) == 1)
			return []*state{p}
		}
		var out []*state
		for _, c := range o.codes {
			q := p.clone()
			q.setVar(o.v.Pos(), c, true)
			out = append(out, q)
		}
		return out
	}
	e := o.ev
	if record && !slices.ContainsFunc(e.states, func(q *state) bool { return q.key() == p.key() }) {
		// Paths that arrive alike (two classes at a loop head that the
		// loop's body makes equal) are one class here too.
		snap := p.clone()
		if e.Kind == Status {
			snap.eventCode = f.evalStatus(e, p)
		}
		e.states = append(e.states, snap)
	}
	switch e.Kind {
	case Escape:
		p.opaque = true
	case SetHeader:
		p.setHeader(e.Header)
	case DelHeader:
		p.delHeader(e.Header)
	case Status:
		if p.committed == yes {
			break // superfluous: the first status stands
		}
		code := f.evalStatus(e, p)
		if code >= 100 && code < 200 && code != 101 {
			break // an interim response: the final one is still to come
		}
		p.chosen, p.status, p.statusPos, p.implicit = true, code, e.Pos, false
		p.statusParam = -1
		if e.StatusExpr != nil && e.Helper == nil {
			p.statusParam = f.paramIndex(e.StatusExpr)
		} else if e.Helper != nil && e.StatusExpr != nil {
			p.statusParam = f.paramIndex(e.StatusExpr)
		}
		if !e.NoCommit {
			p.committed = yes
		}
	case Body:
		if p.committed != yes && !p.chosen {
			p.chosen, p.status, p.statusPos, p.implicit = true, 200, e.Pos, true
			p.statusParam = -1
		}
		if !e.NoCommit {
			p.committed = yes
		}
		p.body, p.bodyPos = yes, e.Pos
		if e.Value != nil {
			p.bodyShape |= e.Value.Shape
			p.bodyNested |= e.Value.Nested
			for _, k := range e.Value.Keys {
				p.bodyKeys = addSorted(p.bodyKeys, k)
			}
			p.bodyFalse = p.bodyFalse || e.Value.FalseFlag
			for _, x := range e.Value.params {
				p.bodyParams = addSorted(p.bodyParams, x)
			}
			p.bodyFromP |= e.Value.FromParams
			p.bodyParam = -1
			if len(e.Value.Exprs) == 1 {
				p.bodyParam = f.paramIndex(e.Value.Exprs[0])
			}
		}
	}
	if e.Complete {
		p.complete = true
	}
	return []*state{p}
}

// evalStatus is the code a Status event sends on a path, -1 if unknown.
func (f *funcState) evalStatus(e *Event, p *state) int {
	if e.StatusExpr == nil {
		if e.code == 0 {
			return -1
		}
		return e.code
	}
	if cs := f.m.constCodes(e.StatusExpr); len(cs) == 1 {
		return cs[0]
	}
	if id, ok := ast.Unparen(e.StatusExpr).(*ast.Ident); ok {
		if v, ok := f.m.pass.TypesInfo.Uses[id].(*types.Var); ok {
			if c, ok := p.varCode(v.Pos()); ok {
				return c
			}
		}
	}
	return -1
}

// indexCases maps each case expression of a tagged switch to its tag, so
// that the edges out of "case 429:" can refine the tag's value.
func (f *funcState) indexCases() {
	f.cases = map[ast.Expr]ast.Expr{}
	ast.Inspect(f.body, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SwitchStmt:
			if s.Tag == nil {
				return true
			}
			for _, c := range s.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					f.cases[e] = s.Tag
				}
			}
		}
		return true
	})
}

// refine narrows the paths leaving block b by its successor i: for a
// condition, Succs[0] is taken when it holds and Succs[1] when not.
// Paths that contradict the condition are dropped; a path the code
// cannot take is not a finding.
func (f *funcState) refine(b *cfg.Block, i int, out stateSet) []*state {
	if len(b.Succs) != 2 || len(b.Nodes) == 0 {
		return out
	}
	cond, ok := b.Nodes[len(b.Nodes)-1].(ast.Expr)
	if !ok {
		return out
	}
	if kept, handled := f.refineOutcome(cond, i == 0, out); handled {
		return kept
	}
	x, y, eq, ok := f.comparison(cond)
	if !ok {
		return out
	}
	if at, ok := f.writeErr(x, y); ok {
		// The failure edge of a write whose error is tested: a write that
		// failed may have sent nothing (Encode marshals before it writes),
		// so the implicit 200 it would have sent is no longer certain.
		failing := (i == 0) == !eq
		if !failing {
			return out
		}
		var keep []*state
		for _, p := range out {
			if p.implicit && p.statusPos == at && p.committed == yes {
				p = p.clone()
				p.committed, p.body = maybe, maybe
			}
			keep = append(keep, p)
		}
		return keep
	}
	holds := i == 0
	if !eq {
		holds = !holds
	}
	info := f.m.pass.TypesInfo
	var keep []*state
	for _, p := range out {
		q := p
		if frameworks.IsRequestMethod(info, x) {
			m := methodName(info, y)
			switch {
			case m == "":
			case holds && p.method != "" && p.method != m:
				continue
			case holds:
				q = p.clone()
				q.method = m
			case p.method == m:
				continue
			}
		} else if id, ok := ast.Unparen(x).(*ast.Ident); ok {
			v, _ := info.Uses[id].(*types.Var)
			cs := f.m.constCodes(y)
			if v != nil && f.tracked[v] && len(cs) == 1 {
				cur, known := p.varCode(v.Pos())
				switch {
				case holds && known && cur != cs[0]:
					continue
				case holds:
					q = p.clone()
					q.setVar(v.Pos(), cs[0], true)
				case known && cur == cs[0]:
					continue
				}
			}
		}
		keep = append(keep, q)
	}
	return keep
}

// comparison splits "x == y", "x != y" or a switch case into the thing
// compared and the value, with eq false for !=.
func (f *funcState) comparison(cond ast.Expr) (x, y ast.Expr, eq, ok bool) {
	if tag, isCase := f.cases[cond]; isCase {
		return tag, cond, true, true
	}
	be, isBin := ast.Unparen(cond).(*ast.BinaryExpr)
	if !isBin || (be.Op != token.EQL && be.Op != token.NEQ) {
		return nil, nil, false, false
	}
	x, y = be.X, be.Y
	if tv, ok := f.m.pass.TypesInfo.Types[x]; ok && tv.Value != nil {
		x, y = y, x
	}
	return x, y, be.Op == token.EQL, true
}

// writeErr reports whether a comparison tests the error returned by a
// body write against nil, and where that write is.
func (f *funcState) writeErr(x, y ast.Expr) (token.Pos, bool) {
	info := f.m.pass.TypesInfo
	if tv, ok := info.Types[y]; !ok || !tv.IsNil() {
		return token.NoPos, false
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return token.NoPos, false
	}
	at, ok := f.errOf[info.Uses[id]]
	return at, ok
}
