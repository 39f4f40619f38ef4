package frameworks

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// routersOverNetHTTP are the adapters with a routing side only: chi and
// gorilla/mux register net/http handlers (func(http.ResponseWriter,
// *http.Request)), so what those handlers send is net/http's response
// side, and the router has no writer, context or sender of its own to
// describe.
var routersOverNetHTTP = []*Framework{chi5, chi1, gorilla}

// TestSides fails when an adapter lacks its response side or its routing
// side: every framework version statuslint claims must be modelled both
// for what its handlers send and for how its routes are registered.
func TestSides(t *testing.T) {
	names := map[string]bool{}
	for _, fw := range frameworks {
		if names[fw.name] {
			t.Errorf("two adapters are called %q: routes names a router by its adapter", fw.name)
		}
		names[fw.name] = true

		response := len(fw.apis) > 0
		if slices.Contains(routersOverNetHTTP, fw) {
			if response || fw.context != "" {
				t.Errorf("%s: listed as a router over net/http, but has a response side", fw.name)
			}
		} else {
			if !response {
				t.Errorf("%s: no response side (apis)", fw.name)
			}
			if fw != netHTTP && fw.context == "" {
				t.Errorf("%s: no handler context: which handlers are its own is not known", fw.name)
			}
			if fw != netHTTP && fw.family.Root == "" {
				t.Errorf("%s: no family: unmodelled cannot name its other major versions", fw.name)
			}
		}

		r := fw.Router
		if r == nil {
			t.Errorf("%s: no routing side (Router)", fw.name)
			continue
		}
		if len(r.types) == 0 || len(r.ctors) == 0 || len(r.calls) == 0 {
			t.Errorf("%s: routing side without router types, constructors or registration calls", fw.name)
		}
		if r.Pattern.Params == ParamsNone {
			t.Errorf("%s: no pattern syntax", fw.name)
		}
		if r.behaviour.NotFound == 0 || r.behaviour.MethodNotAllowed == 0 {
			t.Errorf("%s: the router's own answers (Behaviour) are missing", fw.name)
		}
		if (fw.errorHandler != "") != (r.behaviour.ErrorStatus != 0) {
			t.Errorf("%s: handlers return errors iff the router's default error handler has a status", fw.name)
		}
		registers := false
		for name, c := range r.calls {
			switch c.Kind {
			case CallRoute, CallMux, CallHandleBuilder:
				registers = true
				if c.Handler != Last && c.Handler < 0 {
					t.Errorf("%s.%s: no handler argument", fw.name, name)
				}
			case CallNone:
				t.Errorf("%s.%s: a call of no kind", fw.name, name)
			}
		}
		if !registers {
			t.Errorf("%s: no call registers a handler", fw.name)
		}
		for full := range r.wrappers {
			if !strings.HasPrefix(full, fw.pkg+".") && !strings.HasPrefix(full, fw.pkg+"/") {
				t.Errorf("%s: wrapper %s is not of the framework's module", fw.name, full)
			}
		}
	}
}

// netHTTPAllowed are the files outside the adapters that may name
// net/http's import path, with how many times. None may: the model, the
// entry reader and the checks ask the net/http adapter.
var netHTTPAllowed = map[string]int{}

// TestPathsOnlyInAdapters fails when a framework's import path (or a
// path under it, such as a middleware package, or a full name such as
// "net/http.StripPrefix") is written as a string in a .go file outside
// this package. Imports, comments, _test.go files and testdata do not
// count: they use a framework or speak of it, they hold no knowledge the
// checks act on.
func TestPathsOnlyInAdapters(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	self, _ := filepath.Abs(".")
	var paths []string
	for _, fw := range frameworks {
		paths = append(paths, fw.pkg)
		if fw.family.Root != "" {
			paths = append(paths, fw.family.Root)
		}
	}
	// The longest first: a version's path before its family's root.
	slices.SortFunc(paths, func(a, b string) int { return len(b) - len(a) })
	named := func(s string) string {
		for _, p := range paths {
			if s == p || strings.HasPrefix(s, p+"/") || strings.HasPrefix(s, p+".") {
				return p
			}
		}
		return ""
	}
	netHTTP := map[string]int{}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch name := d.Name(); {
			case path == self, name == "testdata", strings.HasPrefix(name, "."), name == "bin":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		imports := map[*ast.BasicLit]bool{}
		for _, imp := range f.Imports {
			imports[imp.Path] = true
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING || imports[lit] {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				return true
			}
			switch p := named(s); {
			case p == nethttp:
				netHTTP[rel]++
			case p != "":
				t.Errorf("%s: %q names %s outside its adapter", rel, s, p)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for file, n := range netHTTP {
		if n > netHTTPAllowed[file] {
			t.Errorf("%s names %q %d times (allowed: %d): ask the net/http adapter", file, nethttp, n, netHTTPAllowed[file])
		}
	}
}
