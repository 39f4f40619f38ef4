package respflow

import (
	"go/ast"
	"go/token"
)

// probeInfo is what a Func knows of being a probe.
type probeInfo struct {
	known  bool           // registered at a probe path, or named for one
	health [][2]token.Pos // branches chosen by a health state
}

// admit reports whether the function n, whose result is r, belongs in
// the model's result: not when it serves only a fake server. It records
// on r what the entries analyzer knows of it.
func (m *model) admit(n ast.Node, r *Func) bool {
	if m.entries.Fake(n) {
		return false
	}
	r.probe = m.probeOf(n, r)
	return true
}

// probeOf returns what the function n (with its result r) knows of being
// a probe, or nil. It looks at the function's branches only when it may
// send a 503.
func (m *model) probeOf(n ast.Node, r *Func) *probeInfo {
	if m.entries.Probe(n) {
		return &probeInfo{known: true}
	}
	sends := false
	for _, ev := range r.Events {
		if _, ok := ev.SendsWhere(func(code int) bool { return code == 503 }); ok && ev.Kind == Status {
			sends = true
			break
		}
	}
	if !sends {
		return nil
	}
	health := m.entries.HealthBranches(n, r.written)
	if len(health) == 0 {
		return nil
	}
	return &probeInfo{health: health}
}

// written reports whether pos lies in a call that writes the response.
func (f *Func) written(pos token.Pos) bool {
	for _, ev := range f.Events {
		if ev.Pos <= pos && pos < ev.End {
			return true
		}
	}
	return false
}

// AnswersProbe reports whether a Status event of the function answers a
// health, readiness or liveness probe (the entries analyzer says which):
// the function is registered at a probe path or named for one, or the
// event sits in a branch chosen by a health state in a handler that
// reads nothing else.
func (f *Func) AnswersProbe(ev *Event) bool {
	p := f.probe
	if p == nil {
		return false
	}
	if p.known {
		return true
	}
	for _, r := range p.health {
		if r[0] <= ev.Pos && ev.Pos < r[1] {
			return true
		}
	}
	return false
}
