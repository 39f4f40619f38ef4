package respflow

import (
	"fmt"
	"go/token"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"
)

// modelOf hands a package's model to a test.
var modelOf = &analysis.Analyzer{
	Name:       "respflowmodel",
	Doc:        "hand the response model to a test (tests only)",
	Requires:   []*analysis.Analyzer{Analyzer},
	ResultType: reflect.TypeFor[*Result](),
	Run: func(pass *analysis.Pass) (any, error) {
		return pass.ResultOf[Analyzer].(*Result), nil
	},
}

// loaded holds the models of the golden topics, loaded once for the
// tests that read them.
var loaded struct {
	sync.Mutex
	res  map[string]*Result
	fset *token.FileSet
}

// models runs the model over the golden topics (testdata/src/respflow/
// dump/*), in one load, and returns each package's result by path.
func models(t *testing.T) (map[string]*Result, *token.FileSet) {
	t.Helper()
	loaded.Lock()
	defer loaded.Unlock()
	if loaded.res == nil {
		loaded.res, loaded.fset = load(t)
	}
	return loaded.res, loaded.fset
}

func load(t *testing.T) (map[string]*Result, *token.FileSet) {
	t.Helper()
	dir := fixtures.Dir(t)
	topics, err := filepath.Glob(filepath.Join(dir, "src", "respflow", "dump", "*"))
	if err != nil || len(topics) == 0 {
		t.Fatalf("no dump topics: %v", err)
	}
	var patterns []string
	for _, topic := range topics {
		patterns = append(patterns, "respflow/dump/"+filepath.Base(topic))
	}
	out := map[string]*Result{}
	var fset *token.FileSet
	for _, r := range analysistest.Run(t, dir, modelOf, patterns...) {
		res, ok := r.Result.(*Result)
		if !ok || r.Err != nil {
			t.Fatalf("%s: no model (%v)", r.Pass.Pkg.Path(), r.Err)
		}
		out[r.Pass.Pkg.Path()] = res
		fset = r.Pass.Fset
	}
	return out, fset
}

// TestInvariants checks what the checks rely on in the model of every
// golden topic: each state the solver records could be reached (its
// status and body come from events of the function), a status is a code
// or said to be unknown, and nothing after an escape is taken as certain.
// It runs here, not in the analyzer, so that a run pays nothing for it.
func TestInvariants(t *testing.T) {
	res, fset := models(t)
	for path, r := range res {
		for _, fn := range r.All() {
			for _, problem := range invariants(fn) {
				pos := fset.Position(fn.Node.Pos())
				t.Errorf("%s: %s (%s:%d): %s", path, fn.Name, filepath.Base(pos.Filename), pos.Line, problem)
			}
		}
	}
}

func invariants(fn *Func) []string {
	var out []string
	bad := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	if fn.Unsolved && len(fn.Events) > 0 {
		bad("unsolved, yet it has %d events", len(fn.Events))
	}
	// The places a status or a body can come from on a path.
	var origins []token.Pos
	for _, e := range fn.Events {
		if e.Kind == Status || e.Kind == Body {
			origins = append(origins, e.Pos)
		}
	}
	from := func(p token.Pos) bool { return p == token.NoPos || slices.Contains(origins, p) }
	known := func(code int) bool { return code == -1 || code >= 100 && code <= 999 }
	sortedSet := func(s []string) bool {
		return slices.IsSorted(s) && len(slices.Compact(slices.Clone(s))) == len(s)
	}
	for _, e := range fn.Events {
		at := fmt.Sprintf("%s at offset %d", e.Kind, e.Pos)
		if len(e.states) > maxPaths {
			bad("%s: %d path classes, over the bound of %d", at, len(e.states), maxPaths)
		}
		var keys []string
		anyOpaque := false
		for _, p := range e.states {
			k := p.key()
			if slices.Contains(keys, k) {
				bad("%s: the same path class twice", at)
			}
			keys = append(keys, k)
			// Reachable: what the state says was sent came from this function.
			if !from(p.statusPos) {
				bad("%s: a status chosen at offset %d, where the function has no event", at, p.statusPos)
			}
			if !from(p.bodyPos) {
				bad("%s: a body written at offset %d, where the function has no event", at, p.bodyPos)
			}
			if !p.chosen && (p.status != 0 || p.statusPos != token.NoPos || p.implicit) {
				bad("%s: no status chosen, yet status %d at offset %d", at, p.status, p.statusPos)
			}
			if p.implicit && p.status != 200 {
				bad("%s: an implicit status of %d, not 200", at, p.status)
			}
			if p.committed != no && !p.chosen {
				bad("%s: committed=%d with no status chosen", at, p.committed)
			}
			if !sortedSet(p.must) || !sortedSet(p.may) || !sortedSet(p.bodyKeys) || !slices.IsSorted(p.bodyParams) {
				bad("%s: a list that is not a sorted set: must=%q may=%q keys=%q params=%v", at, p.must, p.may, p.bodyKeys, p.bodyParams)
			}
			for _, h := range p.must {
				if !slices.Contains(p.may, h) {
					bad("%s: %s set on every path but not on some", at, h)
				}
			}
			// Known, or said to be unknown.
			if p.chosen && !known(p.status) {
				bad("%s: status %d is neither a code nor unknown (-1)", at, p.status)
			}
			if e.Kind == Status && !known(p.eventCode) {
				bad("%s: sends %d, neither a code nor unknown (-1)", at, p.eventCode)
			}
			// After an escape, nothing is certain.
			if p.opaque {
				anyOpaque = true
				if code, _, _ := p.sentStatus(); p.commitState() != maybe || code != -1 || !p.maySet("X-Sanity") || p.startedHere() {
					bad("%s: an opaque path gives a certain answer (committed %d, status %d)", at, p.commitState(), code)
				}
			}
		}
		if anyOpaque {
			if _, ok := e.InForce(); ok {
				bad("%s: a status in force on every path, though one is opaque", at)
			}
			if _, ok := e.CommittedBefore(); ok {
				bad("%s: a status committed on every path, though one is opaque", at)
			}
		}
	}
	if fn.Unsolved {
		return out
	}
	// A status is certain only through a path on which nothing escaped and
	// nothing was sent before; headers set on every path are among those
	// set on some.
	for _, s := range fn.Statuses() {
		if !known(s.Code) {
			bad("Statuses: %d is neither a code nor Unknown", s.Code)
		}
		for _, h := range s.Must {
			if !slices.Contains(s.May, h) {
				bad("Statuses: %d must have %s but may not", s.Code, h)
			}
		}
		if !s.Certain {
			continue
		}
		certain := false
		for _, site := range s.Sites {
			for _, e := range fn.Events {
				if e.Pos != site.Pos || e.Kind != Status && e.Kind != Body {
					continue
				}
				for _, p := range e.states {
					certain = certain || !p.opaque && p.commitState() == no
				}
			}
		}
		if !certain {
			bad("Statuses: %d is certain, but no path to where it is sent is clear of escapes and earlier statuses", s.Code)
		}
	}
	return out
}

// TestAfterInControlOrder: After follows the paths, so a header set at
// the top of a loop counts as set after the status sent at its bottom,
// from the second pass on; a loop left after the status does not.
func TestAfterInControlOrder(t *testing.T) {
	res, fset := models(t)
	r := res["respflow/dump/order"]
	if r == nil {
		t.Fatal("no model of respflow/dump/order")
	}
	fn := func(name string) *Func {
		for _, f := range r.All() {
			if f.Name == name {
				return f
			}
		}
		t.Fatalf("no function %s", name)
		return nil
	}
	lines := func(evs []*Event) []int {
		var out []int
		for _, e := range evs {
			out = append(out, fset.Position(e.Pos).Line)
		}
		return out
	}
	status := func(f *Func) *Event {
		for _, e := range f.Events {
			if e.Kind == Status {
				return e
			}
		}
		t.Fatalf("%s sends no status", f.Name)
		return nil
	}
	for _, tc := range []struct {
		fn    string
		after []int // lines of the events After gives, in its order
		late  int   // the line SetAfter gives for the header, 0 none
	}{
		{"retryEach", []int{12}, 12}, // the second pass sets Retry-After after the first pass's 429
		{"retryOnce", nil, 0},        // the loop ends at the 429
		{"below", []int{33, 31}, 33}, // this pass's set first, then the next pass's
	} {
		f := fn(tc.fn)
		e := status(f)
		if got := lines(f.After(e)); !slices.Equal(got, tc.after) {
			t.Errorf("%s: After(the status) = lines %v, want %v", tc.fn, got, tc.after)
		}
		header := "Retry-After"
		if tc.fn == "below" {
			header = "X-Pass"
		}
		late := 0
		if h := f.SetAfter(e, header); h != nil {
			late = fset.Position(h.Pos).Line
		}
		if late != tc.late {
			t.Errorf("%s: SetAfter(the status, %s) at line %d, want %d", tc.fn, header, late, tc.late)
		}
	}
}
