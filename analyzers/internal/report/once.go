package report

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// Once reports each finding once, at its root cause. A wrong status or
// body is often chosen in one place (a helper, a constant) and reaches
// the response in many (its calls, its uses): the finding belongs where
// it is chosen, with the places it reaches as related information, and
// the findings at those places are dropped. A check records its findings
// in the order it makes them and calls Flush at the end; Flush reports
// them in that order.
type Once struct {
	rep   *Reporter
	items []onceItem
	uses  map[types.Object][]token.Pos
	order []types.Object          // roots with uses, in order of first use
	roots map[types.Object]bool   // roots with a finding of their own
	notes map[types.Object]string // what each root's uses say
}

type onceItem struct {
	d    analysis.Diagnostic
	root types.Object // the finding's root cause
	via  bool         // the finding is at a place root leads to
}

// Once returns an empty Once that reports through r.
func (r *Reporter) Once() *Once {
	return &Once{rep: r, uses: map[types.Object][]token.Pos{}, roots: map[types.Object]bool{}, notes: map[types.Object]string{}}
}

// Report records a finding that has no other root than its place.
func (o *Once) Report(d analysis.Diagnostic) {
	o.items = append(o.items, onceItem{d: d})
}

// Root records d as a finding at root, the root cause. Findings recorded
// with Via root are dropped, and root's uses are added to d as related
// information, each with the message use.
func (o *Once) Root(root types.Object, d analysis.Diagnostic, use string) {
	o.roots[root] = true
	if use != "" {
		o.notes[root] = use
	}
	o.items = append(o.items, onceItem{d: d, root: root})
}

// Via records d, a finding at a place that root (a helper, a constant)
// leads to: it is reported unless root has a finding of its own.
func (o *Once) Via(root types.Object, d analysis.Diagnostic) {
	o.items = append(o.items, onceItem{d: d, root: root, via: true})
}

// Use records pos as a place that root leads to.
func (o *Once) Use(root types.Object, pos token.Pos) {
	if _, ok := o.uses[root]; !ok {
		o.order = append(o.order, root)
	}
	o.uses[root] = append(o.uses[root], pos)
}

// Uses returns the places recorded for root, in the order recorded.
func (o *Once) Uses(root types.Object) []token.Pos { return o.uses[root] }

// Roots returns the roots that have uses, in the order of their first.
func (o *Once) Roots() []types.Object { return o.order }

// Flush reports the findings in the order recorded.
func (o *Once) Flush() {
	for _, it := range o.items {
		if it.via && it.root != nil && o.roots[it.root] {
			continue
		}
		d := it.d
		if !it.via && it.root != nil {
			if note := o.notes[it.root]; note != "" {
				for _, u := range o.uses[it.root] {
					d.Related = append(d.Related, analysis.RelatedInformation{Pos: u, Message: note})
				}
			}
		}
		o.rep.Report(d)
	}
	o.items = nil
}
