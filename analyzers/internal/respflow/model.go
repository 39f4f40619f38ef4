package respflow

import (
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/statuslint/statuslint/analyzers/internal/entries"
	"github.com/statuslint/statuslint/analyzers/internal/errfacts"
	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
)

// model is the per-package state of the analysis.
type model struct {
	pass    *analysis.Pass
	cfgs    *ctrlflow.CFGs
	decls   map[*types.Func]*ast.FuncDecl
	fns     map[ast.Node]*funcState
	helpers map[*types.Func]*helperFact
	consts  map[*types.Func][]int
	entries *entries.Result  // where responses start, and what each function serves
	errs    *errfacts.Result // the errors that carry a status or a fixed text
}

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	if !frameworks.Relevant(pass.Pkg) {
		return res, nil
	}
	m := &model{
		pass:    pass,
		cfgs:    pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs),
		decls:   map[*types.Func]*ast.FuncDecl{},
		fns:     map[ast.Node]*funcState{},
		helpers: map[*types.Func]*helperFact{},
		consts:  map[*types.Func][]int{},
		entries: pass.ResultOf[entries.Analyzer].(*entries.Result),
		errs:    pass.ResultOf[errfacts.Analyzer].(*errfacts.Result),
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	var order []ast.Node
	for n := range ins.PreorderSeq((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := n.(type) {
		case *ast.FuncDecl:
			if obj, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok && n.Body != nil {
				m.decls[obj] = n
				order = append(order, n)
			}
		case *ast.FuncLit:
			order = append(order, n)
		}
	}
	var outer *ast.FuncDecl
	for _, n := range order {
		guard.Enter(pass, n.Pos())
		var f *funcState
		var obj *types.Func
		name, outerName := "func literal", ""
		if d, ok := n.(*ast.FuncDecl); ok {
			outer = d
		} else if outer != nil && outer.Pos() <= n.Pos() && n.End() <= outer.End() {
			outerName = outer.Name.Name
		}
		switch n := n.(type) {
		case *ast.FuncDecl:
			obj = pass.TypesInfo.Defs[n.Name].(*types.Func)
			m.constReturns(obj)
			if m.helper(obj) == nil {
				f = m.analyzeDecl(n)
			} else {
				f = m.fns[n]
			}
			name = n.Name.Name
		case *ast.FuncLit:
			f = m.analyzeLit(n)
		}
		if f == nil || len(f.roots) == 0 {
			continue
		}
		r := f.result(name)
		r.Outer = outerName
		r.obj = obj
		if !m.admit(n, r) {
			continue
		}
		res.funcs = append(res.funcs, r)
	}
	return res, nil
}

// analyzeDecl builds (once) the model of a declared function.
func (m *model) analyzeDecl(decl *ast.FuncDecl) *funcState {
	if f, ok := m.fns[decl]; ok {
		return f
	}
	f := m.newFunc(decl, decl.Type, decl.Body)
	m.fns[decl] = f
	f.findLocals(nil)
	if len(f.roots) == 0 {
		return f
	}
	obj, _ := m.pass.TypesInfo.Defs[decl.Name].(*types.Func)
	f.entry = m.entries.Entry(decl)
	f.errorHandler, f.frameworkErrorsOnly, f.statusReturns = errorHandling(obj.Signature())
	f.method = m.entries.Method(decl)
	f.run(m.cfgs.FuncDecl(decl))
	return f
}

// analyzeLit builds the model of a function literal: a handler of its own
// when it has a handler's signature, else a closure over the enclosing
// function's response.
func (m *model) analyzeLit(lit *ast.FuncLit) *funcState {
	f := m.newFunc(lit, lit.Type, lit.Body)
	m.fns[lit] = f
	captured := map[types.Object]bool{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := m.pass.TypesInfo.Uses[id].(*types.Var); ok && !v.IsField() && isResponseType(v.Type()) &&
				(v.Pos() < lit.Pos() || v.Pos() >= lit.End()) && v.Parent() != m.pass.Pkg.Scope() {
				captured[v] = true
			}
		}
		return true
	})
	f.findLocals(captured)
	if len(f.roots) == 0 {
		return f
	}
	sig, _ := m.pass.TypesInfo.TypeOf(lit).(*types.Signature)
	f.entry = len(captured) == 0 && m.entries.Entry(lit)
	if sig != nil {
		f.errorHandler, f.frameworkErrorsOnly, f.statusReturns = errorHandling(sig)
	}
	f.method = m.entries.Method(lit)
	f.run(m.cfgs.FuncLit(lit))
	return f
}

// run solves the dataflow and keeps the helper summary.
func (f *funcState) run(g *cfg.CFG) {
	if g == nil {
		return
	}
	exits, errExits, ok := f.solve(g, f.entry, f.method)
	if !ok {
		f.unsolved = true // too tangled: say nothing about it
		f.summary = &helperFact{Writer: f.writerIndex(), Effect: effect{Opaque: true}}
		return
	}
	f.summary = f.summarize(exits, errExits)
}

// result turns the function's model into what checks read.
func (f *funcState) result(name string) *Func {
	r := &Func{Node: f.node, Name: name, Entry: f.entry, Unsolved: f.unsolved, writes: f.writes && !f.unsolved}
	if f.unsolved {
		return r
	}
	r.unknownReturns = f.unknownReturns
	seen := map[*Event]bool{}
	var collect func(ops []op)
	collect = func(ops []op) {
		for _, o := range ops {
			if o.fork != nil {
				for _, br := range o.fork.branches {
					collect(br.ops)
				}
			}
			if o.ev != nil && len(o.ev.states) > 0 && !seen[o.ev] {
				seen[o.ev] = true
				o.ev.ErrorBranch = f.inError(o.ev.Pos)
				o.ev.DebugOnly = f.inDebug(o.ev.Pos)
				r.Events = append(r.Events, o.ev)
			}
		}
	}
	for _, ops := range f.ops {
		collect(ops)
	}
	sort.SliceStable(r.Events, func(i, j int) bool { return r.Events[i].Pos < r.Events[j].Pos })
	return r
}
