package contract_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzers/contract"
	"github.com/statuslint/statuslint/analyzers/internal/routes"
)

// TestRoutesOnlyWithSpec: the route interpreter does nothing, on the
// package or its dependencies, until -contract.spec names a document,
// and nothing again once the flag is cleared.
func TestRoutesOnlyWithSpec(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/svc\n\ngo 1.26\n")
	write("api/api.go", `package api

import "net/http"

func Register(mux *http.ServeMux) { mux.HandleFunc("GET /items", list) }

func list(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }
`)
	write("main.go", `package main

import (
	"net/http"

	"example.com/svc/api"
)

func main() {
	mux := http.NewServeMux()
	api.Register(mux)
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {})
	http.ListenAndServe(":8080", mux)
}
`)
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}, ".")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("loading: %v", err)
	}
	// What the interpreter found: routes of the root, and facts of the
	// root and its dependencies.
	found := func() (int, int) {
		t.Helper()
		graph, err := checker.Analyze([]*analysis.Analyzer{routes.Analyzer}, pkgs, nil)
		if err != nil {
			t.Fatal(err)
		}
		root := graph.Roots[0]
		if root.Err != nil {
			t.Fatal(root.Err)
		}
		return len(root.Result.(*routes.Result).Routes), len(root.AllObjectFacts()) + len(root.AllPackageFacts())
	}
	set := func(v string) {
		t.Helper()
		if err := contract.Analyzer.Flags.Set("spec", v); err != nil {
			t.Fatal(err)
		}
	}
	defer set("")

	if n, facts := found(); n != 0 || facts != 0 {
		t.Errorf("with no document: %d routes and %d facts, want none", n, facts)
	}
	set(filepath.Join(dir, "openapi.yaml")) // the flag only names it; nothing reads it here
	if n, facts := found(); n != 2 || facts == 0 {
		t.Errorf("with -contract.spec: %d routes and %d facts, want 2 routes and the registrar's fact", n, facts)
	}
	set("")
	if n, facts := found(); n != 0 || facts != 0 {
		t.Errorf("with -contract.spec cleared: %d routes and %d facts, want none", n, facts)
	}
}
