package routes_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"
	"github.com/statuslint/statuslint/analyzers/internal/routes"
)

var update = flag.Bool("update", false, "rewrite the routes.golden files")

// TestRoutes checks the registrar facts (// want) and each fixture
// package's route list against its routes.golden.
func TestRoutes(t *testing.T) {
	routes.Want(true)
	defer routes.Want(false)
	dir := fixtures.Dir(t)
	pkgs := []string{
		"routes/nethttp", "routes/chi", "routes/gorilla", "routes/gin", "routes/echo", "routes/fiber",
		"routes/server", "routes/crosspkg/lib", "routes/crosspkg/mid", "routes/crosspkg/use",
		"routes/wrappers", "routes/wrappers/kit", "routes/wrappers/app", "routes/echo5", "routes/fiber3",
	}
	results := analysistest.Run(t, dir, routes.Analyzer, pkgs...)
	for _, r := range results {
		res, ok := r.Result.(*routes.Result)
		if !ok || r.Err != nil {
			t.Fatalf("%s: no result (%v)", r.Pass.Pkg.Path(), r.Err)
		}
		var b strings.Builder
		for _, rt := range res.Routes {
			fmt.Fprintf(&b, "%s: %s\n", short(r.Pass.Fset.Position(rt.Pos).String()), rt)
			if rt.Handler.Where != "" {
				fmt.Fprintf(&b, "\thandler at %s", short(rt.Handler.Where))
				if len(rt.Handler.Wrappers) > 0 {
					fmt.Fprintf(&b, " wrapped in %s", strings.Join(rt.Handler.Wrappers, ", "))
				}
				b.WriteString("\n")
			}
		}
		for _, reg := range res.Registrars {
			fmt.Fprintf(&b, "registrar %s:\n", reg.Func.Name())
			for _, rt := range reg.Routes {
				fmt.Fprintf(&b, "\ton %d: %s\n", rt.On, rt)
			}
		}
		golden := filepath.Join(dir, "src", filepath.FromSlash(r.Pass.Pkg.Path()), "routes.golden")
		if *update {
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to write it)", err)
		}
		if got := b.String(); got != string(want) {
			t.Errorf("%s: routes differ from %s\n--- got\n%s--- want\n%s", r.Pass.Pkg.Path(), golden, got, want)
		}
	}
}

// short keeps the file name and line of a position.
func short(pos string) string {
	file, rest, _ := strings.Cut(filepath.Base(pos), ":")
	line, _, _ := strings.Cut(rest, ":")
	return file + ":" + line
}
