package guard_test

import (
	"go/ast"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzers/internal/guard"
)

// TestPanicIsOneError runs a check that panics next to one that works,
// through the same driver the command uses: the panic becomes one error
// naming the check and the file, and the other check still reports.
func TestPanicIsOneError(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module example.com/p\n\ngo 1.26\n")
	write(t, filepath.Join(dir, "a.go"), "package p\n\nfunc A() {}\n\nfunc B() {}\n")

	boom := &analysis.Analyzer{Name: "boom", Doc: "panics on the second function", Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				guard.Enter(pass, d.Pos())
				if d.(*ast.FuncDecl).Name.Name == "B" {
					var m map[string]int
					//lint:ignore SA5000 the panic is what this test is about
					m["x"] = 1
				}
			}
		}
		return nil, nil
	}}
	fine := &analysis.Analyzer{Name: "fine", Doc: "reports every function", Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			for _, d := range f.Decls {
				pass.Reportf(d.Pos(), "function %s", d.(*ast.FuncDecl).Name.Name)
			}
		}
		return nil, nil
	}}
	boom.Run = guard.Run(boom.Run)

	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, "./...")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("loading: %v", err)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{boom, fine}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var boomErr error
	var fineDiags []string
	for act := range graph.All() {
		switch act.Analyzer {
		case boom:
			boomErr = act.Err
		case fine:
			for _, d := range act.Diagnostics {
				fineDiags = append(fineDiags, d.Message)
			}
		}
	}
	want := regexp.MustCompile(`^internal error in check boom while reading a\.go:5: assignment to entry in nil map \(please report it\)$`)
	if boomErr == nil || !want.MatchString(boomErr.Error()) {
		t.Errorf("boom's error = %v, want one line matching %s", boomErr, want)
	}
	if len(fineDiags) != 2 || fineDiags[0] != "function A" || fineDiags[1] != "function B" {
		t.Errorf("the working check reported %q, want both functions", fineDiags)
	}
}

func write(t *testing.T, name, content string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
