package entries

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/typeref"
)

// Probes: a health, readiness or liveness endpoint answers 503 to tell a
// load balancer or an orchestrator to stop sending traffic; those poll on
// their own schedule and read no Retry-After. A handler is known to be a
// probe when it is registered at a probe path in this package, when its
// name, its outer function's or its receiver type's names one (words,
// not substrings: HealthHandler.Readiness, livez, but not shipping or
// delivery), or, for one status at a time, when it answers from a health
// state: the status sits in a branch of a condition that reads one
// (defaultHealth.IsReady(), s.ready.Load(), err := db.Ping()) and the
// handler reads nothing of its request but its context.
//
// The name rule stays because registrations often live in another
// package (a router setup package), and a probe's condition does not
// always name its state (if !validateServices() in a Readiness method).

// probePaths are the last path segments of probe endpoints.
var probePaths = map[string]bool{
	"health": true, "healthz": true, "healthy": true, "healthcheck": true, "health-check": true, "health_check": true,
	"ready": true, "readyz": true, "readiness": true, "livez": true, "live": true, "liveness": true, "alive": true,
	"ping": true, "status": true, "heartbeat": true,
}

// probeWords are the words of names that say a probe.
var probeWords = map[string]bool{
	"health": true, "healthz": true, "healthy": true, "unhealthy": true, "healthcheck": true,
	"ready": true, "readyz": true, "readiness": true, "livez": true, "liveness": true, "alive": true,
	"probe": true, "ping": true,
}

// isProbePath reports whether a route path is a probe's: its last segment
// names one and it has no parameters (/jobs/{id}/status is a resource).
func isProbePath(path string) bool {
	if path == "" || strings.ContainsAny(path, "{}:*<>") {
		return false
	}
	path = strings.TrimSuffix(path, "/")
	seg := path[strings.LastIndex(path, "/")+1:]
	return probePaths[strings.ToLower(seg)]
}

// findProbes records the handlers registered at a probe path, and the
// literals a factory of this package returns when its call is the handler
// (mux.Handle("/readyz", newReadiness(db))).
func (m *reader) findProbes(s *survey) {
	for _, r := range s.regs {
		if !isProbePath(r.path) {
			continue
		}
		if key := m.handlerKey(r.handler); key != nil {
			m.entries.probes[key] = true
			continue
		}
		call, ok := unconvert(m.pass.TypesInfo, r.handler).(*ast.CallExpr)
		if !ok {
			continue
		}
		fn := typeref.Callee(m.pass.TypesInfo, call)
		d := s.decls[fn]
		if fn == nil || d == nil {
			continue
		}
		ast.Inspect(d.Body, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				for _, res := range x.Results {
					if lit, ok := unconvert(m.pass.TypesInfo, res).(*ast.FuncLit); ok {
						m.entries.probes[lit] = true
					}
				}
			}
			return true
		})
	}
	m.entries.litIn = s.lits
}

// knownProbe reports whether the function n is registered at a probe
// path or named for one.
func (m *reader) knownProbe(n ast.Node) bool {
	var key any = n
	if d, ok := n.(*ast.FuncDecl); ok {
		key, _ = m.pass.TypesInfo.Defs[d.Name].(*types.Func)
	}
	return m.entries.probes[key] || m.probeNamed(n)
}

// healthBranches returns the branches of the function n chosen by a
// health state: the body of each if whose condition reads one.
func (m *reader) healthBranches(n ast.Node) [][2]token.Pos {
	var health [][2]token.Pos
	ast.Inspect(funcBody(n), func(x ast.Node) bool {
		switch s := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if m.healthCond(n, s) {
				health = append(health, [2]token.Pos{s.Body.Pos(), s.End()})
			}
		}
		return true
	})
	return health
}

func funcBody(n ast.Node) *ast.BlockStmt {
	switch x := n.(type) {
	case *ast.FuncDecl:
		return x.Body
	case *ast.FuncLit:
		return x.Body
	}
	return nil
}

// probeNamed reports whether the function, the declaration a literal is
// in, or either's receiver type is named for a probe.
func (m *reader) probeNamed(n ast.Node) bool {
	for n != nil {
		if d, ok := n.(*ast.FuncDecl); ok {
			if namesProbe(d.Name.Name) {
				return true
			}
			if d.Recv != nil && len(d.Recv.List) == 1 {
				if id := typeName(d.Recv.List[0].Type); id != nil && namesProbe(id.Name) {
					return true
				}
			}
			return false
		}
		lit, _ := n.(*ast.FuncLit)
		n = m.entries.litIn[lit]
	}
	return false
}

// typeName returns the name of a receiver type: T, *T, T[P].
func typeName(e ast.Expr) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.Ident:
			return x
		default:
			return nil
		}
	}
}

// namesProbe reports whether a Go name has a probe word among its words.
func namesProbe(name string) bool {
	for _, w := range words(name) {
		if probeWords[w] {
			return true
		}
	}
	return false
}

// words splits a Go name into lower-case words: IsReady -> is, ready;
// newHTTPHealth -> new, http, health.
func words(name string) []string {
	var out []string
	rs := []rune(name)
	start := 0
	for i := 1; i <= len(rs); i++ {
		if i < len(rs) {
			prev, cur := rs[i-1], rs[i]
			split := !unicode.IsLetter(cur) && !unicode.IsDigit(cur) ||
				unicode.IsLower(prev) && unicode.IsUpper(cur) ||
				unicode.IsUpper(prev) && unicode.IsUpper(cur) && i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if !split {
				continue
			}
		}
		w := strings.ToLower(strings.TrimFunc(string(rs[start:i]), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		if w != "" {
			out = append(out, w)
		}
		start = i
	}
	return out
}

// healthCond reports whether an if statement's condition (with its init)
// reads a health state: a name in it, or in the value assigned in fn to
// a variable it reads, is a probe word.
func (m *reader) healthCond(fn ast.Node, s *ast.IfStmt) bool {
	info := m.pass.TypesInfo
	vars := map[*types.Var]bool{}
	found := false
	look := func(n ast.Node) {
		ast.Inspect(n, func(x ast.Node) bool {
			id, ok := x.(*ast.Ident)
			if !ok || found {
				return !found
			}
			if namesProbe(id.Name) {
				found = true
			}
			if v, ok := info.Uses[id].(*types.Var); ok && !v.IsField() {
				vars[v] = true
			}
			return true
		})
	}
	look(s.Cond)
	if s.Init != nil {
		look(s.Init)
	}
	if found || len(vars) == 0 {
		return found
	}
	ast.Inspect(funcBody(fn), func(x ast.Node) bool {
		as, ok := x.(*ast.AssignStmt)
		if !ok || found {
			return !found
		}
		for _, l := range as.Lhs {
			if v := localVar(info, l); v != nil && vars[v] {
				for _, rhs := range as.Rhs {
					look(rhs)
				}
			}
		}
		return true
	})
	return found
}

// readsRequest reports whether a handler reads its request beyond its
// context: any use of the *http.Request other than r.Context(), or of a
// framework context other than in a call that writes the response or
// c.Request.Context(), c.UserContext() and the like. written reports
// whether a position lies in a call that writes the response.
func (m *reader) readsRequest(n ast.Node, written func(token.Pos) bool) bool {
	info := m.pass.TypesInfo
	var ft *ast.FuncType
	switch x := n.(type) {
	case *ast.FuncDecl:
		ft = x.Type
	case *ast.FuncLit:
		ft = x.Type
	}
	reqs := map[types.Object]bool{}
	ctx := map[types.Object]bool{}
	for _, field := range ft.Params.List {
		for _, id := range field.Names {
			obj := info.Defs[id]
			if obj == nil {
				continue
			}
			switch t := obj.Type(); {
			case frameworks.IsRequest(t):
				reqs[obj] = true
			case frameworks.IsResponse(t) && !frameworks.IsWriterInterface(t):
				ctx[obj] = true
			}
		}
	}
	if len(reqs) == 0 && len(ctx) == 0 {
		return false
	}
	reads := false
	var stack []ast.Node
	ast.Inspect(funcBody(n), func(x ast.Node) bool {
		if x == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, x)
		id, ok := x.(*ast.Ident)
		if !ok || reads {
			return !reads
		}
		obj := info.Uses[id]
		if !reqs[obj] && !ctx[obj] {
			return true
		}
		if contextOnly(stack) || ctx[obj] && written(id.Pos()) {
			return true
		}
		reads = true
		return false
	})
	return reads
}

// contextOnly reports whether the identifier on top of the stack is read
// only for its context: r.Context(), c.Request.Context(),
// c.Request().Context(), c.UserContext().
func contextOnly(stack []ast.Node) bool {
	i := len(stack) - 2
	var child ast.Node = stack[len(stack)-1]
	for i >= 1 {
		sel, ok := stack[i].(*ast.SelectorExpr)
		if !ok || sel.X != child {
			return false
		}
		call, isCall := stack[i-1].(*ast.CallExpr)
		switch sel.Sel.Name {
		case "Context", "UserContext":
			return isCall && call.Fun == sel
		case "Request":
			if isCall && call.Fun == sel {
				child, i = call, i-2
			} else {
				child, i = sel, i-1
			}
			continue
		}
		return false
	}
	return false
}
