// Command walk measures how a package's code reads from one function:
// the static call walk from a root (run, by default), and the exported
// surface of packages.
//
//	go run ./tools/walk ./analyzers/internal/respflow
//	go run ./tools/walk -root=run -v ./analyzers/internal/respflow
//	go run ./tools/walk -exported ./analyzers/internal/...
//
// The walk visits the root, then each function of the package it calls,
// depth first in source order, each function once (calls inside function
// literals count as the enclosing function's). The files of the visited
// functions, with consecutive repeats folded, are the steps; a step into
// a file the walk already left is a return. An arrow is a pair of files
// with a call from the first into the second; it runs back up when its
// target was first visited before its source. Test files are not read.
//
// -exported prints, per package, the exported names a reader of the
// package meets: package-level names, and the exported methods and
// fields of its exported types.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
)

func main() {
	root := flag.String("root", "run", "the function the walk starts from")
	verbose := flag.Bool("v", false, "print the steps and the arrows that run back up")
	exported := flag.Bool("exported", false, "count exported names per package instead of walking")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: walk [-root=run] [-v] [-exported] packages...")
		os.Exit(2)
	}
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo}
	pkgs, err := packages.Load(cfg, flag.Args()...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "walk:", err)
		os.Exit(1)
	}
	if packages.PrintErrors(pkgs) > 0 {
		os.Exit(1)
	}
	sort.Slice(pkgs, func(i, j int) bool { return pkgs[i].PkgPath < pkgs[j].PkgPath })
	total := 0
	for _, p := range pkgs {
		if *exported {
			n := countExported(p.Types)
			total += n
			fmt.Printf("%4d %s\n", n, p.PkgPath)
			continue
		}
		walk(p, *root, *verbose)
	}
	if *exported {
		fmt.Printf("%4d total\n", total)
	}
}

// countExported counts a package's exported names: package-level ones,
// and the exported methods and fields of its exported types.
func countExported(pkg *types.Package) int {
	n := 0
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		n++
		tn, ok := obj.(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
		for m := range named.Methods() {
			if m.Exported() {
				n++
			}
		}
		if st, ok := named.Underlying().(*types.Struct); ok {
			for f := range st.Fields() {
				if f.Exported() {
					n++
				}
			}
		}
	}
	return n
}

func walk(p *packages.Package, root string, verbose bool) {
	decls := map[*types.Func]*ast.FuncDecl{}
	fileOf := map[*ast.FuncDecl]string{}
	var start *ast.FuncDecl
	for i, f := range p.Syntax {
		name := filepath.Base(p.CompiledGoFiles[i])
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if fn, ok := p.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				decls[fn] = fd
				fileOf[fd] = name
				if fd.Name.Name == root && fd.Recv == nil {
					start = fd
				}
			}
		}
	}
	if start == nil {
		fmt.Printf("%s: no function %s\n", p.PkgPath, root)
		return
	}
	// callees lists the package's functions a body calls, in source order.
	callees := func(fd *ast.FuncDecl) []*ast.FuncDecl {
		var out []*ast.FuncDecl
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			var id *ast.Ident
			switch f := ast.Unparen(call.Fun).(type) {
			case *ast.Ident:
				id = f
			case *ast.SelectorExpr:
				id = f.Sel
			case *ast.IndexExpr: // a generic function instantiated
				if x, ok := f.X.(*ast.Ident); ok {
					id = x
				}
			}
			if id == nil {
				return true
			}
			if fn, ok := p.TypesInfo.Uses[id].(*types.Func); ok {
				if d := decls[fn.Origin()]; d != nil {
					out = append(out, d)
				}
			}
			return true
		})
		return out
	}
	var steps []string
	seen := map[*ast.FuncDecl]bool{}
	rank := map[string]int{}
	arrows := map[[2]string]bool{}
	var visit func(fd *ast.FuncDecl)
	visit = func(fd *ast.FuncDecl) {
		seen[fd] = true
		file := fileOf[fd]
		if len(steps) == 0 || steps[len(steps)-1] != file {
			steps = append(steps, file)
		}
		if _, ok := rank[file]; !ok {
			rank[file] = len(rank)
		}
		for _, c := range callees(fd) {
			if fileOf[c] != file {
				arrows[[2]string{file, fileOf[c]}] = true
			}
			if !seen[c] {
				visit(c)
			}
		}
	}
	visit(start)
	returns := 0
	been := map[string]bool{}
	for _, s := range steps {
		if been[s] {
			returns++
		}
		been[s] = true
	}
	var up []string
	for a := range arrows {
		if rank[a[1]] < rank[a[0]] {
			up = append(up, a[0]+" -> "+a[1])
		}
	}
	sort.Strings(up)
	fmt.Printf("%s: from %s, %d functions, %d steps across %d files, %d returns to a file already left; %d of %d file-to-file arrows run back up\n",
		p.PkgPath, root, len(seen), len(steps), len(rank), returns, len(up), len(arrows))
	if verbose {
		fmt.Println("  steps:", strings.Join(steps, " "))
		for _, a := range up {
			fmt.Println("  up:", a)
		}
	}
}
