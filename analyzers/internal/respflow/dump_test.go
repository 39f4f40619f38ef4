package respflow

import (
	"flag"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"
)

var update = flag.Bool("update", false, "rewrite the model's golden dumps")

// dumper is a test-only analyzer that prints the model of a package:
// each function, its events in order and the state of every path class
// reaching each event. A change to the model shows up as a diff of these
// files of its own.
var dumper = &analysis.Analyzer{
	Name:       "respflowdump",
	Doc:        "print the response model (tests only)",
	Requires:   []*analysis.Analyzer{Analyzer},
	ResultType: reflect.TypeFor[string](),
	Run: func(pass *analysis.Pass) (any, error) {
		return dump(pass, pass.ResultOf[Analyzer].(*Result)), nil
	},
}

func dump(pass *analysis.Pass, res *Result) string {
	var b strings.Builder
	at := func(p int) string {
		if p == 0 {
			return "-"
		}
		pos := pass.Fset.Position(token.Pos(p))
		return strconv.Itoa(pos.Line)
	}
	for _, fn := range res.All() {
		kind := "helper"
		if fn.Entry {
			kind = "entry"
		}
		fmt.Fprintf(&b, "func %s (%s)", fn.Name, kind)
		if fn.Unsolved {
			b.WriteString(" unsolved")
		}
		if !fn.writes {
			b.WriteString(" writes-nothing")
		}
		b.WriteString("\n")
		for _, ev := range fn.Events {
			fmt.Fprintf(&b, "  %d: %s", pass.Fset.Position(ev.Pos).Line, ev.Kind)
			if ev.Header != "" || ev.Kind == SetHeader || ev.Kind == DelHeader {
				fmt.Fprintf(&b, " %q", ev.Header)
			}
			fmt.Fprintf(&b, " via %s", ev.Via)
			if ev.Helper != nil {
				b.WriteString(" helper")
			}
			if ev.Complete {
				b.WriteString(" complete")
			}
			if ev.NoCommit {
				b.WriteString(" nocommit")
			}
			if ev.ErrorBranch {
				b.WriteString(" error-branch")
			}
			if ev.DebugOnly {
				b.WriteString(" debug-only")
			}
			b.WriteString("\n")
			for _, s := range ev.states {
				fmt.Fprintf(&b, "    %s", s.describe(at))
				if ev.Kind == Status {
					fmt.Fprintf(&b, " sends=%d", s.eventCode)
				}
				b.WriteString("\n")
			}
		}
	}
	return b.String()
}

// describe prints a state compactly, for the dumps.
func (p *state) describe(line func(int) string) string {
	var parts []string
	if p.opaque {
		parts = append(parts, "opaque")
	}
	if !p.fresh {
		parts = append(parts, "unknown-start")
	}
	parts = append(parts, "committed="+[...]string{"no", "yes", "maybe"}[p.committed])
	if p.chosen {
		st := strconv.Itoa(p.status)
		if p.implicit {
			st += "(implicit)"
		}
		parts = append(parts, "status="+st+"@"+line(int(p.statusPos)))
	}
	if p.body != no {
		parts = append(parts, "body="+[...]string{"no", "yes", "maybe"}[p.body])
	}
	if len(p.must) > 0 {
		parts = append(parts, "must="+strings.Join(p.must, ","))
	}
	if len(p.may) > len(p.must) {
		parts = append(parts, "may="+strings.Join(p.may, ","))
	}
	if p.method != "" {
		parts = append(parts, "method="+p.method)
	}
	for _, v := range p.vars {
		parts = append(parts, fmt.Sprintf("var@%s=%d", line(int(v.v)), v.code))
	}
	return strings.Join(parts, " ")
}

// TestDump compares the model of each topic package with its golden
// dump; go test -run TestDump -update rewrites them.
func TestDump(t *testing.T) {
	dir := fixtures.Dir(t)
	topics, err := filepath.Glob(filepath.Join(dir, "src", "respflow", "dump", "*"))
	if err != nil || len(topics) == 0 {
		t.Fatalf("no dump topics: %v", err)
	}
	// One load for every topic: the framework stubs are type-checked once.
	var patterns []string
	for _, topic := range topics {
		patterns = append(patterns, "respflow/dump/"+filepath.Base(topic))
	}
	results := analysistest.Run(t, dir, dumper, patterns...)
	got := map[string]string{}
	for _, r := range results {
		got[r.Pass.Pkg.Path()], _ = r.Result.(string)
	}
	for _, topic := range topics {
		name := filepath.Base(topic)
		t.Run(name, func(t *testing.T) {
			got, ok := got["respflow/dump/"+name]
			if !ok {
				t.Fatalf("no result for %s", name)
			}
			golden := filepath.Join(topic, "model.golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestDump -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("the model of %s changed; if that is intended, run go test ./analyzers/internal/respflow -run TestDump -update\n--- got\n%s--- want\n%s", name, got, want)
			}
		})
	}
}
