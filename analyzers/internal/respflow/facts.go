package respflow

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"
)

// statusSource says where a helper's status comes from.
type statusSource uint8

const (
	statusNone      statusSource = iota // the helper sends no status
	statusFromParam                     // a parameter chooses it
	statusConst                         // the helper fixes it
	statusUnknown                       // it sends one the model cannot name
)

// bodySource says what a helper writes to the body.
type bodySource uint8

const (
	bodyNone      bodySource = iota
	bodyFromParam            // a parameter's value
	bodyOwn                  // something of its own, of shape BodyShape
)

// helperFact summarises a function that is given a response: what it
// does to it on every path (Effect), or, when that depends on what it
// returns, on each outcome (Outcomes).
type helperFact struct {
	Writer int // parameter index of the response; -1 the receiver
	Effect effect
	// Outcomes, when set, replace Effect: what the helper does for each
	// value of its last result (OutcomeKind says whether that is a bool
	// or an error).
	OutcomeKind int
	Outcomes    []outcomeFact
}

// effect is what a helper does to the response on a set of paths. A call
// to the helper expands into these events at the call site, in this
// order: headers, status, body.
type effect struct {
	Headers    []string
	MayHeaders bool // some paths set more headers, or ones not known statically
	Status     statusEffect
	Body       bodyEffect
	Complete   bool // it sends a whole response through an API that does
	NoCommit   bool // its status and body go out later (fiber, gin's c.Status)
	// Opaque: the helper's effect differs by path or lets the response
	// escape; after a call the caller knows nothing.
	Opaque bool
}

// statusEffect is the status a helper sends.
type statusEffect struct {
	Source statusSource
	Param  int // statusFromParam: the parameter's index
	Code   int // statusConst: the code
}

// bodyEffect is what a helper writes to the body.
type bodyEffect struct {
	Source bodySource
	Param  int   // bodyFromParam: the parameter's index
	Shape  Shape // bodyOwn: what the body carries
	Nested Shape
	Keys   []string
	False  bool
	Params []int // parameters whose values reach the body
	FromP  Shape // leak shapes that come only from those parameters
}

// AFact marks helperFact as an analysis fact.
func (*helperFact) AFact() {}

func (h *helperFact) String() string {
	if len(h.Outcomes) > 0 {
		return h.outcomesString()
	}
	return h.Effect.String()
}

func (h *effect) String() string {
	if h.Opaque && h.Status.Source == statusNone && h.Body.Source == bodyNone && len(h.Headers) == 0 {
		return "helper(opaque)"
	}
	var parts []string
	if len(h.Headers) > 0 {
		parts = append(parts, "headers="+strings.Join(h.Headers, ","))
	}
	switch h.Status.Source {
	case statusFromParam:
		parts = append(parts, fmt.Sprintf("status=param%d", h.Status.Param))
	case statusConst:
		parts = append(parts, fmt.Sprintf("status=%d", h.Status.Code))
	case statusUnknown:
		parts = append(parts, "status=?")
	}
	switch h.Body.Source {
	case bodyFromParam:
		parts = append(parts, fmt.Sprintf("body=param%d", h.Body.Param))
	case bodyOwn:
		parts = append(parts, "body")
	}
	if h.Opaque {
		parts = append(parts, "opaque")
	}
	return "helper(" + strings.Join(parts, " ") + ")"
}

// constReturnsFact lists the constants a function returning an int
// returns on every path: a status-mapping function.
type constReturnsFact struct{ Codes []int }

// AFact marks constReturnsFact as an analysis fact.
func (*constReturnsFact) AFact() {}

func (c *constReturnsFact) String() string { return fmt.Sprintf("returns%v", c.Codes) }

// constReturns returns the codes fn returns when it returns only
// constants, computing it for functions of this package.
func (m *model) constReturns(fn *types.Func) []int {
	if fn.Pkg() != m.pass.Pkg {
		var fact constReturnsFact
		if m.pass.ImportObjectFact(fn, &fact) {
			return fact.Codes
		}
		return nil
	}
	if c, ok := m.consts[fn]; ok {
		return c
	}
	m.consts[fn] = nil
	decl := m.decls[fn]
	if decl == nil || decl.Body == nil {
		return nil
	}
	sig := fn.Signature()
	if sig.Results().Len() != 1 {
		return nil
	}
	if b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return nil
	}
	var codes []int
	ok := true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false
				return false
			}
			cs := m.constCodes(n.Results[0])
			if cs == nil {
				ok = false
			}
			for _, c := range cs {
				if !slices.Contains(codes, c) {
					codes = append(codes, c)
				}
			}
		}
		return ok
	})
	if !ok || len(codes) == 0 || len(codes) > 8 {
		return nil
	}
	m.consts[fn] = codes
	m.pass.ExportObjectFact(fn, &constReturnsFact{Codes: codes})
	return codes
}

// helper returns the summary of a function given a response, computing
// it for functions of this package; nil when there is none.
func (m *model) helper(fn *types.Func) *helperFact {
	if readsOnly(fn) {
		return nil // its summary, from the framework's own code, is not what it does to a handler
	}
	if fn.Pkg() != m.pass.Pkg {
		var fact helperFact
		if m.pass.ImportObjectFact(fn, &fact) {
			return &fact
		}
		return nil
	}
	if h, ok := m.helpers[fn]; ok {
		return h
	}
	decl := m.decls[fn]
	if decl == nil || decl.Body == nil {
		return nil
	}
	m.helpers[fn] = nil // a recursive call sees no summary: the caller escapes
	f := m.analyzeDecl(decl)
	h := f.summary
	m.helpers[fn] = h
	if h != nil {
		m.pass.ExportObjectFact(fn, h)
	}
	return h
}

// summarize builds a function's helperFact from the paths that leave it:
// those that return normally, and those that return from a failure
// branch. A helper's fallback for a failure (an http.Error when
// marshalling failed) does not describe what it normally does, unless
// the helper is a guard: it writes only when it fails, and says so in
// what it returns.
func (f *funcState) summarize(exits, errExits []exit) *helperFact {
	normal := exits
	if len(normal) == 0 {
		normal = errExits
	}
	// Likewise a path on which a helper it called failed (a marshal error
	// that WriteError returned before writing): unless the function tells
	// its caller so, in what it returns, that path is its fallback too.
	if outcomeKind(f.signature()) == outcomeNone {
		var ok []exit
		for _, ex := range normal {
			if !ex.state.failedCall {
				ok = append(ok, ex)
			}
		}
		if len(ok) > 0 {
			normal = ok
		}
	}
	h := f.summarizeStates(states(normal))
	if h == nil {
		return nil
	}
	// A guard: one side writes nothing (it answers only when it fails,
	// or only when it succeeds and passes the failure up).
	guard := len(exits) > 0 && len(errExits) > 0 && (writesNothing(h) || writesNothing(f.summarizeStates(states(errExits))))
	if kind := outcomeKind(f.signature()); kind != outcomeNone && (h.Effect.Opaque || guard) {
		if outs := f.summarizeOutcomes(append(slices.Clone(exits), errExits...), kind); outs != nil {
			return &helperFact{Writer: h.Writer, OutcomeKind: kind, Outcomes: outs}
		}
	}
	return h
}

func writesNothing(h *helperFact) bool {
	if h == nil {
		return false
	}
	e := &h.Effect
	return !e.Opaque && e.Status.Source == statusNone && e.Body.Source == bodyNone && len(e.Headers) == 0 && !e.MayHeaders
}

func states(exits []exit) []*state {
	out := make([]*state, len(exits))
	for i, ex := range exits {
		out[i] = ex.state
	}
	return out
}

// signature is the function's type.
func (f *funcState) signature() *types.Signature {
	info := f.m.pass.TypesInfo
	switch n := f.node.(type) {
	case *ast.FuncDecl:
		if fn, ok := info.Defs[n.Name].(*types.Func); ok {
			return fn.Signature()
		}
	case *ast.FuncLit:
		if sig, ok := info.TypeOf(n).(*types.Signature); ok {
			return sig
		}
	}
	return types.NewSignatureType(nil, nil, nil, nil, nil, false)
}

// summarizeStates summarises what every state leaving the function did.
func (f *funcState) summarizeStates(exits []*state) *helperFact {
	writer := f.writerIndex()
	if writer == -2 {
		return nil
	}
	h := &effect{}
	if len(exits) == 0 {
		return &helperFact{Writer: writer, Effect: effect{Opaque: true}}
	}
	first := exits[0]
	h.Headers = first.must
	for i, p := range exits {
		if p.opaque || p.committed == maybe || p.body == maybe || p.chosen != first.chosen || p.implicit != first.implicit ||
			p.committed != first.committed || p.body != first.body {
			return &helperFact{Writer: writer, Effect: effect{Opaque: true}}
		}
		if i > 0 {
			var common []string
			for _, x := range h.Headers {
				if slices.Contains(p.must, x) {
					common = append(common, x)
				}
			}
			h.Headers = common
		}
	}
	for _, p := range exits {
		if len(p.may) != len(h.Headers) {
			h.MayHeaders = true
		}
		h.Complete = h.Complete || p.complete
		h.NoCommit = h.NoCommit || (p.chosen && p.committed == no)
	}
	if first.chosen && !first.implicit {
		h.Status.Source = statusUnknown
		switch {
		case all(exits, func(p *state) bool { return p.statusParam >= 0 && p.statusParam == first.statusParam }):
			h.Status.Source, h.Status.Param = statusFromParam, first.statusParam
		case all(exits, func(p *state) bool { return p.statusParam < 0 && p.status > 0 && p.status == first.status }):
			h.Status.Source, h.Status.Code = statusConst, first.status
		}
	}
	if first.body == yes {
		h.Body.Source = bodyOwn
		if all(exits, func(p *state) bool { return p.bodyParam >= 0 && p.bodyParam == first.bodyParam }) {
			h.Body.Source, h.Body.Param = bodyFromParam, first.bodyParam
		}
		for _, p := range exits {
			h.Body.Shape |= p.bodyShape
			h.Body.Nested |= p.bodyNested
			h.Body.False = h.Body.False || p.bodyFalse
			h.Body.FromP |= p.bodyFromP
			for _, x := range p.bodyParams {
				if !slices.Contains(h.Body.Params, x) {
					h.Body.Params = append(h.Body.Params, x)
				}
			}
			for _, k := range p.bodyKeys {
				if !slices.Contains(h.Body.Keys, k) {
					h.Body.Keys = append(h.Body.Keys, k)
				}
			}
		}
	}
	return &helperFact{Writer: writer, Effect: *h}
}

func all(ps []*state, pred func(*state) bool) bool {
	for _, p := range ps {
		if !pred(p) {
			return false
		}
	}
	return true
}
