package stubcheck

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// usagePkg is the import path of testdata/frameworks/usage, in the nested
// module and in the temporary GOPATH alike.
const usagePkg = "statuslint.test/frameworks/usage"

func TestStubsMatchRealFrameworks(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping in -short mode: builds the real gin, echo v4/v5, fiber v2/v3, chi and gorilla/mux modules (and may download them through the Go module proxy)")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Fatalf("the go command is needed to check the stubs: %v", err)
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	srcDir := filepath.Join(root, "testdata", "src")
	modDir := filepath.Join(root, "testdata", "frameworks")

	// The stub packages: every directory under testdata/src whose import
	// path lies inside a module of the nested module's build list.
	modules := strings.Fields(goOut(t, modDir, moduleEnv(), "list", "-m", "-f", "{{.Path}}", "all"))
	stubs, unchecked := stubPackages(t, srcDir, modules)
	if len(stubs) == 0 {
		t.Fatalf("found no stub packages under %s", srcDir)
	}
	for _, p := range unchecked {
		t.Logf("not compared with a real module (its module is not required by testdata/frameworks/go.mod): %s", p)
	}
	t.Logf("stub packages: %s", strings.Join(stubs, " "))

	// (a) usage.go against the real modules.
	realOK := t.Run("real", func(t *testing.T) {
		goRun(t, modDir, moduleEnv(), "build", "./...")
	})

	// (b) the same usage.go against the stubs, in GOPATH mode.
	gopath := t.TempDir()
	if err := copyTree(srcDir, filepath.Join(gopath, "src")); err != nil {
		t.Fatal(err)
	}
	usageDst := filepath.Join(gopath, "src", filepath.FromSlash(usagePkg))
	if err := copyTree(filepath.Join(modDir, "usage"), usageDst); err != nil {
		t.Fatal(err)
	}
	t.Run("stubs", func(t *testing.T) {
		goRun(t, gopath, gopathEnv(gopath), "build", usagePkg)
	})

	// (c) declaration by declaration, every stub against its real package.
	// This needs the real packages built, not usage.go against the stubs.
	t.Run("api", func(t *testing.T) {
		if !realOK {
			t.Skip("skipped: the real modules did not build")
		}
		realPkgs := loadExported(t, modDir, moduleEnv(), stubs)
		stubPkgs := loadExported(t, gopath, gopathEnv(gopath), stubs)
		for _, path := range stubs {
			for _, problem := range compareAPI(stubPkgs[path], realPkgs[path]) {
				t.Errorf("%s: %s", path, problem)
			}
		}
	})
}

// moduleEnv is the environment for commands in the nested module.
func moduleEnv() []string {
	return append(os.Environ(), "GO111MODULE=on", "GOWORK=off", "GOFLAGS=")
}

// gopathEnv is the environment for commands against the stubs.
func gopathEnv(gopath string) []string {
	return append(os.Environ(), "GO111MODULE=off", "GOPATH="+gopath, "GOWORK=off", "GOFLAGS=")
}

func goCmd(dir string, env []string, args ...string) *exec.Cmd {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = env
	return cmd
}

func goRun(t *testing.T, dir string, env []string, args ...string) {
	t.Helper()
	if out, err := goCmd(dir, env, args...).CombinedOutput(); err != nil {
		t.Fatalf("(cd %s && go %s): %v\n%s", dir, strings.Join(args, " "), err, out)
	}
}

func goOut(t *testing.T, dir string, env []string, args ...string) string {
	t.Helper()
	var stderr bytes.Buffer
	cmd := goCmd(dir, env, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("(cd %s && go %s): %v\n%s", dir, strings.Join(args, " "), err, stderr.Bytes())
	}
	return string(out)
}

// stubPackages lists the import paths of the Go packages under srcDir that
// belong to one of modules (checked) or look like a third-party path that
// belongs to none of them (unchecked).
func stubPackages(t *testing.T, srcDir string, modules []string) (checked, unchecked []string) {
	t.Helper()
	seen := make(map[string]bool)
	err := filepath.WalkDir(srcDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, err := filepath.Rel(srcDir, filepath.Dir(path))
		if err != nil {
			return err
		}
		pkg := filepath.ToSlash(rel)
		if seen[pkg] {
			return nil
		}
		seen[pkg] = true
		first, _, _ := strings.Cut(pkg, "/")
		if !strings.Contains(first, ".") {
			return nil // an analyzer's fixture, not a stub
		}
		for _, m := range modules {
			if pkg == m || strings.HasPrefix(pkg, m+"/") {
				checked = append(checked, pkg)
				return nil
			}
		}
		unchecked = append(unchecked, pkg)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return checked, unchecked
}

// copyTree copies the regular files under src into dst.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// loadExported type-checks pkgs (and their dependencies) with the go command
// in dir and returns them read back from their export data.
func loadExported(t *testing.T, dir string, env []string, pkgs []string) map[string]*types.Package {
	t.Helper()
	args := append([]string{"list", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}"}, pkgs...)
	exports := make(map[string]string)
	sc := bufio.NewScanner(strings.NewReader(goOut(t, dir, env, args...)))
	for sc.Scan() {
		path, file, ok := strings.Cut(sc.Text(), "\t")
		if ok && file != "" {
			exports[path] = file
		}
	}
	fset := token.NewFileSet()
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		file, ok := exports[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(file)
	})
	loaded := make(map[string]*types.Package)
	for _, path := range pkgs {
		pkg, err := imp.Import(path)
		if err != nil {
			t.Fatalf("(in %s) importing %s: %v", dir, path, err)
		}
		loaded[path] = pkg
	}
	return loaded
}

// compareAPI reports every declaration of stub that real does not declare
// alike. Unexported declarations are compared when real has them too
// (gin's errorMsgs, chi's contextKey) and ignored otherwise.
func compareAPI(stub, real *types.Package) []string {
	var problems []string
	report := func(format string, args ...any) {
		problems = append(problems, fmt.Sprintf(format, args...))
	}
	for _, name := range stub.Scope().Names() {
		so := stub.Scope().Lookup(name)
		ro := real.Scope().Lookup(name)
		if ro == nil {
			if so.Exported() {
				report("%s is not declared by the real package", name)
			}
			continue
		}
		if sk, rk := objKind(so), objKind(ro); sk != rk {
			report("%s is a %s in the stub but a %s in the real package", name, sk, rk)
			continue
		}
		switch so := so.(type) {
		case *types.Const:
			ro := ro.(*types.Const)
			if s, r := typeString(so.Type()), typeString(ro.Type()); s != r {
				report("const %s has type %s in the stub, %s in the real package", name, s, r)
			}
			if so.Val().Kind() != ro.Val().Kind() || !constant.Compare(so.Val(), token.EQL, ro.Val()) {
				report("const %s = %s in the stub, %s in the real package", name, so.Val().ExactString(), ro.Val().ExactString())
			}
		case *types.Var, *types.Func:
			if s, r := typeString(so.Type()), typeString(ro.Type()); s != r {
				report("%s %s:\n\tstub: %s\n\treal: %s", objKind(so), name, s, r)
			}
		case *types.TypeName:
			problems = append(problems, compareTypeName(so, ro.(*types.TypeName))...)
		}
	}
	return problems
}

func objKind(obj types.Object) string {
	switch obj.(type) {
	case *types.Const:
		return "const"
	case *types.Var:
		return "var"
	case *types.Func:
		return "func"
	case *types.TypeName:
		return "type"
	}
	return fmt.Sprintf("%T", obj)
}

func compareTypeName(so, ro *types.TypeName) []string {
	name := so.Name()
	var problems []string
	report := func(format string, args ...any) {
		problems = append(problems, fmt.Sprintf(format, args...))
	}
	if so.IsAlias() != ro.IsAlias() {
		what := map[bool]string{true: "an alias", false: "a defined type"}
		report("type %s is %s in the stub but %s in the real package", name, what[so.IsAlias()], what[ro.IsAlias()])
		return problems
	}
	if so.IsAlias() {
		if s, r := typeString(so.Type()), typeString(ro.Type()); s != r {
			report("type %s =\n\tstub: %s\n\treal: %s", name, s, r)
		}
		return problems
	}
	sn, sok := so.Type().(*types.Named)
	rn, rok := ro.Type().(*types.Named)
	if !sok || !rok {
		if s, r := typeString(so.Type()), typeString(ro.Type()); s != r {
			report("type %s:\n\tstub: %s\n\treal: %s", name, s, r)
		}
		return problems
	}
	if s, r := sn.TypeParams().Len(), rn.TypeParams().Len(); s != r {
		report("type %s has %d type parameters in the stub, %d in the real package", name, s, r)
	}

	switch su := sn.Underlying().(type) {
	case *types.Struct:
		ru, ok := rn.Underlying().(*types.Struct)
		if !ok {
			report("type %s is a struct in the stub but %s in the real package", name, typeString(rn.Underlying()))
			break
		}
		real := make(map[string]*types.Var)
		for i := 0; i < ru.NumFields(); i++ {
			real[ru.Field(i).Name()] = ru.Field(i)
		}
		for i := 0; i < su.NumFields(); i++ {
			sf := su.Field(i)
			if !sf.Exported() {
				continue
			}
			rf := real[sf.Name()]
			switch {
			case rf == nil:
				report("field %s.%s is not declared by the real package", name, sf.Name())
			case sf.Embedded() != rf.Embedded():
				report("field %s.%s is embedded in only one of stub and real package", name, sf.Name())
			case typeString(sf.Type()) != typeString(rf.Type()):
				report("field %s.%s:\n\tstub: %s\n\treal: %s", name, sf.Name(), typeString(sf.Type()), typeString(rf.Type()))
			}
		}
	case *types.Interface:
		ru, ok := rn.Underlying().(*types.Interface)
		if !ok {
			report("type %s is an interface in the stub but %s in the real package", name, typeString(rn.Underlying()))
			break
		}
		for i := 0; i < su.NumMethods(); i++ {
			sm := su.Method(i)
			rm := findMethod(ru.NumMethods, ru.Method, sm.Name())
			switch {
			case rm == nil:
				report("interface method %s.%s is not declared by the real package", name, sm.Name())
			case typeString(sm.Type()) != typeString(rm.Type()):
				report("interface method %s.%s:\n\tstub: %s\n\treal: %s", name, sm.Name(), typeString(sm.Type()), typeString(rm.Type()))
			}
		}
		if su.NumEmbeddeds() > 0 || ru.IsMethodSet() != su.IsMethodSet() {
			if s, r := typeSetString(su), typeSetString(ru); s != r {
				report("interface %s has type set %s in the stub, %s in the real package", name, s, r)
			}
		}
	default:
		if s, r := typeString(su), typeString(rn.Underlying()); s != r {
			report("type %s:\n\tstub: %s\n\treal: %s", name, s, r)
		}
	}

	for i := 0; i < sn.NumMethods(); i++ {
		sm := sn.Method(i)
		rm := findMethod(rn.NumMethods, rn.Method, sm.Name())
		if rm == nil {
			if sm.Exported() {
				report("method %s.%s is not declared by the real package", name, sm.Name())
			}
			continue
		}
		if s, r := recvString(sm), recvString(rm); s != r {
			report("method %s.%s has receiver %s in the stub, %s in the real package", name, sm.Name(), s, r)
		}
		if s, r := typeString(sm.Type()), typeString(rm.Type()); s != r {
			report("method %s.%s:\n\tstub: %s\n\treal: %s", name, sm.Name(), s, r)
		}
	}
	return problems
}

func findMethod(n func() int, at func(int) *types.Func, name string) *types.Func {
	for i := 0; i < n(); i++ {
		if m := at(i); m.Name() == name {
			return m
		}
	}
	return nil
}

func recvString(m *types.Func) string {
	recv := m.Type().(*types.Signature).Recv()
	if recv == nil {
		return "none"
	}
	if _, ok := types.Unalias(recv.Type()).(*types.Pointer); ok {
		return "pointer"
	}
	return "value"
}

// typeSetString describes the non-method part of an interface (its embedded
// non-interface types), for constraint interfaces.
func typeSetString(iface *types.Interface) string {
	var parts []string
	for i := 0; i < iface.NumEmbeddeds(); i++ {
		e := iface.EmbeddedType(i)
		if _, ok := e.Underlying().(*types.Interface); ok {
			continue // its methods are compared one by one
		}
		parts = append(parts, typeString(e))
	}
	sort.Strings(parts)
	return "{" + strings.Join(parts, "; ") + "}"
}

// typeString spells a type so that two packages loaded separately compare
// equal exactly when their types are identical: named types by package path
// and name, aliases (any included) resolved, byte and rune as uint8 and
// int32, and no parameter names.
func typeString(t types.Type) string {
	var b strings.Builder
	writeType(&b, t)
	return b.String()
}

func writeType(b *strings.Builder, t types.Type) {
	switch t := t.(type) {
	case nil:
		b.WriteString("<nil>")
	case *types.Alias:
		writeType(b, types.Unalias(t))
	case *types.Basic:
		b.WriteString(types.Typ[t.Kind()].Name())
	case *types.Pointer:
		b.WriteString("*")
		writeType(b, t.Elem())
	case *types.Slice:
		b.WriteString("[]")
		writeType(b, t.Elem())
	case *types.Array:
		fmt.Fprintf(b, "[%d]", t.Len())
		writeType(b, t.Elem())
	case *types.Map:
		b.WriteString("map[")
		writeType(b, t.Key())
		b.WriteString("]")
		writeType(b, t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendRecv:
			b.WriteString("chan ")
		case types.SendOnly:
			b.WriteString("chan<- ")
		case types.RecvOnly:
			b.WriteString("<-chan ")
		}
		b.WriteString("(")
		writeType(b, t.Elem())
		b.WriteString(")")
	case *types.Signature:
		b.WriteString("func")
		writeSignature(b, t)
	case *types.Named:
		if pkg := t.Obj().Pkg(); pkg != nil {
			b.WriteString(pkg.Path())
			b.WriteString(".")
		}
		b.WriteString(t.Obj().Name())
		if args := t.TypeArgs(); args.Len() > 0 {
			b.WriteString("[")
			for i := 0; i < args.Len(); i++ {
				if i > 0 {
					b.WriteString(", ")
				}
				writeType(b, args.At(i))
			}
			b.WriteString("]")
		}
	case *types.TypeParam:
		b.WriteString(t.Obj().Name())
	case *types.Interface:
		var parts []string
		for i := 0; i < t.NumMethods(); i++ {
			m := t.Method(i)
			var mb strings.Builder
			mb.WriteString(m.Name())
			writeSignature(&mb, m.Type().(*types.Signature))
			parts = append(parts, mb.String())
		}
		sort.Strings(parts)
		if set := typeSetString(t); set != "{}" {
			parts = append(parts, "typeset"+set)
		}
		b.WriteString("interface{" + strings.Join(parts, "; ") + "}")
	case *types.Struct:
		b.WriteString("struct{")
		for i := 0; i < t.NumFields(); i++ {
			if i > 0 {
				b.WriteString("; ")
			}
			f := t.Field(i)
			if f.Embedded() {
				b.WriteString("embedded ")
			}
			b.WriteString(f.Name())
			b.WriteString(" ")
			writeType(b, f.Type())
		}
		b.WriteString("}")
	case *types.Tuple:
		b.WriteString("(")
		for i := 0; i < t.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			writeType(b, t.At(i).Type())
		}
		b.WriteString(")")
	default:
		b.WriteString(types.TypeString(t, func(p *types.Package) string { return p.Path() }))
	}
}

func writeSignature(b *strings.Builder, sig *types.Signature) {
	if tps := sig.TypeParams(); tps.Len() > 0 {
		b.WriteString("[")
		for i := 0; i < tps.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(tps.At(i).Obj().Name())
			b.WriteString(" ")
			writeType(b, tps.At(i).Constraint())
		}
		b.WriteString("]")
	}
	b.WriteString("(")
	params := sig.Params()
	for i := 0; i < params.Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		pt := params.At(i).Type()
		if sig.Variadic() && i == params.Len()-1 {
			b.WriteString("...")
			pt = pt.(*types.Slice).Elem()
		}
		writeType(b, pt)
	}
	b.WriteString(")")
	switch res := sig.Results(); res.Len() {
	case 0:
	default:
		b.WriteString(" ")
		writeType(b, res)
	}
}

// TestCompareAPI checks the comparison itself on small packages, so that a
// lenient comparison cannot pass stubs that drifted.
func TestCompareAPI(t *testing.T) {
	const real = `package p
import "io"
type T struct{ A int; B []string; Any interface{}; b bool }
func (T) Value(x int, rest ...string) (int, error) { return 0, nil }
func (*T) Pointer(w io.Writer) {}
type H = func(*T) error
type D func(*T) error
type I interface{ io.Reader; M(b []byte) bool }
type M map[string]interface{}
type hidden []int
func (hidden) Last() int { return 0 }
const C = "c"
const N = 404
var V = func(t *T) error { return nil }
func F(a, b int, fs ...func(t *T) bool) *T { return nil }
`
	tests := []struct {
		name, stub string
		want       []string // substrings of the expected problems; none: no problem
	}{
		{"faithful subset", `package p
import "io"
type T struct{ A int; Any any; c string }
func (T) Value(n int, more ...string) (int, error) { return 0, nil }
func (*T) Pointer(out io.Writer) {}
type H = func(*T) error
type D func(*T) error
type I interface{ Read(p []byte) (n int, err error); M([]byte) bool }
type M map[string]any
type hidden []int
func (hidden) Last() int { return 0 }
type helper struct{}
const C = "c"
const N = 404
var V = func(*T) error { return nil }
func F(x, y int, z ...func(*T) bool) *T { return nil }
`, nil},
		{"missing declaration", `package p
func G() {}
`, []string{"G is not declared"}},
		{"pointer receiver for value receiver", `package p
type T struct{}
func (*T) Value(x int, rest ...string) (int, error) { return 0, nil }
`, []string{"method T.Value has receiver pointer in the stub, value in the real package"}},
		{"value receiver for pointer receiver", `package p
import "io"
type T struct{}
func (T) Pointer(w io.Writer) {}
`, []string{"method T.Pointer has receiver value"}},
		{"slice for variadic", `package p
type T struct{}
func (T) Value(x int, rest []string) (int, error) { return 0, nil }
`, []string{"method T.Value:"}},
		{"missing result", `package p
type T struct{}
func (T) Value(x int, rest ...string) int { return 0 }
`, []string{"method T.Value:"}},
		{"other parameter type", `package p
type T struct{}
func F(a, b int64, fs ...func(t *T) bool) *T { return nil }
`, []string{"func F:"}},
		{"any for a named type", `package p
type T struct{}
func F(a, b int, fs ...any) *T { return nil }
`, []string{"func F:"}},
		{"defined type for alias", `package p
type T struct{}
type H func(*T) error
`, []string{"type H is a defined type in the stub but an alias"}},
		{"alias for defined type", `package p
type T struct{}
type D = func(*T) error
`, []string{"type D is an alias in the stub but a defined type"}},
		{"field type", `package p
type T struct{ A int64 }
`, []string{"field T.A:"}},
		{"extra field", `package p
type T struct{ Z int }
`, []string{"field T.Z is not declared"}},
		{"interface method", `package p
type I interface{ M(b []byte) int }
`, []string{"interface method I.M:"}},
		{"extra interface method", `package p
type I interface{ Close() error }
`, []string{"interface method I.Close is not declared"}},
		{"unexported type method", `package p
type hidden []int
func (hidden) Last() string { return "" }
`, []string{"method hidden.Last:"}},
		{"const value", `package p
const N = 400
`, []string{"const N = 400 in the stub, 404"}},
		{"const type", `package p
const N int = 404
`, []string{"const N has type int in the stub"}},
		{"var for func", `package p
type T struct{}
func V(t *T) error { return nil }
`, []string{"V is a func in the stub but a var"}},
	}
	realPkg := typeCheck(t, "real", real)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := compareAPI(typeCheck(t, "stub", tt.stub), realPkg)
			if len(tt.want) == 0 && len(got) > 0 {
				t.Fatalf("unexpected problems:\n%s", strings.Join(got, "\n"))
			}
			for _, want := range tt.want {
				found := false
				for _, g := range got {
					found = found || strings.Contains(g, want)
				}
				if !found {
					t.Errorf("no problem mentions %q; got:\n%s", want, strings.Join(got, "\n"))
				}
			}
		})
	}
}

// typeCheck type-checks one file of package p that imports at most io.
func typeCheck(t *testing.T, name, src string) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name+".go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: ioOnly{}}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return pkg
}

// ioOnly imports a hand-built io package holding just Reader and Writer, so
// the unit test needs neither export data nor the go command.
type ioOnly struct{}

func (ioOnly) Import(path string) (*types.Package, error) {
	if path != "io" {
		return nil, fmt.Errorf("test importer has no %q", path)
	}
	pkg := types.NewPackage("io", "io")
	byteSlice := types.NewSlice(types.Typ[types.Byte])
	errType := types.Universe.Lookup("error").Type()
	for _, name := range []string{"Reader", "Writer"} {
		method := "Read"
		if name == "Writer" {
			method = "Write"
		}
		sig := types.NewSignatureType(nil, nil, nil,
			types.NewTuple(types.NewVar(token.NoPos, pkg, "p", byteSlice)),
			types.NewTuple(types.NewVar(token.NoPos, pkg, "n", types.Typ[types.Int]), types.NewVar(token.NoPos, pkg, "err", errType)),
			false)
		iface := types.NewInterfaceType([]*types.Func{types.NewFunc(token.NoPos, pkg, method, sig)}, nil)
		tn := types.NewTypeName(token.NoPos, pkg, name, nil)
		types.NewNamed(tn, iface, nil)
		pkg.Scope().Insert(tn)
	}
	pkg.MarkComplete()
	return pkg, nil
}
