package contract

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/openapi"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
	"github.com/statuslint/statuslint/analyzers/internal/routes"
)

// Inventory joins each route a package anchors with the statuses its
// handler can send, and exports the statuses of the package's handlers
// as facts, so that a route anchored in another package (a main that
// calls api.Routes(mux)) knows them. The contract check and the routes
// command read its *Table. Unless the contract check has a document or
// the routes command asked for it (Collect), it does nothing, and neither
// does the route interpreter it requires (routes.Want).
var Inventory = &analysis.Analyzer{
	Name:       "contractinventory",
	Doc:        "join the statuslint routes with the statuses their handlers send (reports nothing)",
	Run:        guard.Run(runInventory),
	Requires:   []*analysis.Analyzer{respflow.Analyzer, routes.Analyzer},
	ResultType: reflect.TypeFor[*Table](),
	FactTypes:  []analysis.Fact{(*handlersFact)(nil)},
}

var collect atomic.Bool

// Collect makes Inventory, and the route interpreter, work without a
// document: the routes command calls it before it runs the analysis
// in-process.
func Collect() {
	collect.Store(true)
	routes.Want(true)
}

// Table is what one package's Inventory found.
type Table struct {
	Active bool // false when the Inventory did nothing (no document, no Collect)
	// Routes are the routes the package anchors (routes.Result.Routes),
	// with their handlers' statuses.
	Routes []*Entry
	// Registrars are the routes of the package's registrar functions,
	// relative to the router they are given or return.
	Registrars []*RegistrarEntry
}

// RegistrarEntry is a registrar with its routes' statuses.
type RegistrarEntry struct {
	Func   *types.Func
	Routes []*Entry
}

// Entry is one route and what its handler can send.
type Entry struct {
	Route *routes.Route
	// Modelled: the handler's statuses are known (its model was found, in
	// this package or through a fact). Builtin and dynamic handlers, and
	// handlers that never touch their response, are not.
	Modelled bool
	// Statuses are the handler's, by code, then the framework's own
	// (Framework set), by code.
	Statuses []Status
}

// Status is one status a route can send, printable and encodable in a
// fact: positions are file:line:col.
type Status struct {
	Code int // a status code, or respflow.Unknown
	// Sites are where it is chosen, file:line:col, in source order, and
	// the helper each goes through ("" for a direct call).
	Sites   []string
	Helpers []string
	// Vias name the API or helper at each site: "http.Error", "writeJSON".
	Vias []string
	// Must and May: headers set before it on every path, on some path
	// ("*": one whose name is not known, or anything could have been set).
	Must, May []string
	// Certain: some path is sure to send it.
	Certain bool
	// Implicit: every site is the implicit 200 OK of a first body write.
	Implicit bool
	// Framework names what adds the status when the router or the
	// framework sends it without the handler: "router: no route matches".
	Framework string
}

// handlersFact holds, for a package, the statuses of its handlers (the
// functions and literals the model takes as entry points) by
// routes.Handler.Key. A package fact rather than object facts: most
// handlers are unexported, and facts on unexported functions do not
// reach other packages.
type handlersFact struct{ Handlers []keyedStatuses }

type keyedStatuses struct {
	Key      string
	Statuses []Status
}

// AFact marks handlersFact as an analysis fact.
func (*handlersFact) AFact() {}

func (f *handlersFact) String() string {
	parts := make([]string, len(f.Handlers))
	for i, h := range f.Handlers {
		parts[i] = codes(h.Statuses)
	}
	return "handlers(" + strings.Join(parts, "; ") + ")"
}

func (f *handlersFact) lookup(key string) ([]Status, bool) {
	for _, h := range f.Handlers {
		if h.Key == key {
			return h.Statuses, true
		}
	}
	return nil, false
}

func codes(ss []Status) string {
	var parts []string
	for _, s := range ss {
		parts = append(parts, CodeString(s.Code))
	}
	return strings.Join(parts, " ")
}

// CodeString is the code as a number, or "unknown".
func CodeString(code int) string {
	if code == respflow.Unknown {
		return "unknown"
	}
	return strconv.Itoa(code)
}

func runInventory(pass *analysis.Pass) (any, error) {
	t := &Table{}
	if spec == "" && !collect.Load() {
		return t, nil
	}
	t.Active = true
	model := pass.ResultOf[respflow.Analyzer].(*respflow.Result)
	found := pass.ResultOf[routes.Analyzer].(*routes.Result)
	// Export what this package's handlers send, for the packages that
	// anchor their routes.
	var exported []keyedStatuses
	for _, fn := range model.All() {
		if !fn.Entry {
			continue
		}
		guard.Enter(pass, fn.Node.Pos())
		key := ""
		switch n := fn.Node.(type) {
		case *ast.FuncDecl:
			if obj, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
				key = routes.KeyOfFunc(obj)
			}
		case *ast.FuncLit:
			key = routes.KeyOfLit(pass.Fset, n)
		}
		if key != "" {
			exported = append(exported, keyedStatuses{Key: key, Statuses: StatusesOf(pass.Fset, fn)})
		}
	}
	if len(exported) > 0 {
		pass.ExportPackageFact(&handlersFact{Handlers: exported})
	}
	entry := func(r *routes.Route) *Entry {
		e := &Entry{Route: r}
		if ss, ok := handlerStatuses(pass, model, r.Handler); ok {
			e.Modelled = true
			e.Statuses = ss
		}
		e.Statuses = append(e.Statuses, FrameworkStatuses(r)...)
		return e
	}
	for _, r := range found.Routes {
		t.Routes = append(t.Routes, entry(r))
	}
	for _, reg := range found.Registrars {
		re := &RegistrarEntry{Func: reg.Func}
		for _, r := range reg.Routes {
			re.Routes = append(re.Routes, entry(r))
		}
		t.Registrars = append(t.Registrars, re)
	}
	return t, nil
}

// handlerStatuses finds what a route's handler sends: from the model of
// this package, or from the fact of the package that declares it.
func handlerStatuses(pass *analysis.Pass, model *respflow.Result, h routes.Handler) ([]Status, bool) {
	if h.Dynamic || h.Builtin {
		return nil, false
	}
	if h.Func != nil && h.Func.Pkg() != pass.Pkg {
		var f handlersFact
		if pass.ImportPackageFact(h.Func.Pkg(), &f) {
			return f.lookup(routes.KeyOfFunc(h.Func.Origin()))
		}
		return nil, false
	}
	if h.Func != nil || h.Lit != nil {
		if fn := model.Handler(h.Func, h.Lit); fn != nil {
			return StatusesOf(pass.Fset, fn), true
		}
		return nil, false
	}
	// A literal of another package: only its key is known.
	for _, pf := range pass.AllPackageFacts() {
		if f, ok := pf.Fact.(*handlersFact); ok {
			if ss, ok := f.lookup(h.Key); ok {
				return ss, true
			}
		}
	}
	return nil, false
}

// StatusesOf turns the model's answer for a handler into Statuses.
func StatusesOf(fset *token.FileSet, fn *respflow.Func) []Status {
	var out []Status
	for _, s := range fn.Statuses() {
		st := Status{Code: s.Code, Must: s.Must, May: s.May, Certain: s.Certain, Implicit: true}
		for _, site := range s.Sites {
			st.Sites = append(st.Sites, fset.Position(site.Pos).String())
			helper := ""
			if site.Helper != nil {
				helper = site.Helper.Name()
			}
			st.Helpers = append(st.Helpers, helper)
			st.Vias = append(st.Vias, site.Via)
			st.Implicit = st.Implicit && site.Implicit
		}
		out = append(out, st)
	}
	return out
}

// FrameworkStatuses are the statuses a route's router or framework
// sends on its own, with its default configuration: a path no route
// matches, a method the path has no route for, the router's redirects,
// the default error handler's 500 for a returned error, and the 500 of a
// panic recovered by a wrapper the route was registered with.
func FrameworkStatuses(r *routes.Route) []Status {
	b := frameworks.BehaviourOf(r.Framework)
	var out []Status
	add := func(code int, what string, headers ...string) {
		if code == 0 {
			return
		}
		for i := range out {
			if out[i].Code == code {
				out[i].Framework += "; " + what
				return
			}
		}
		out = append(out, Status{Code: code, Framework: what, Must: headers, May: headers, Certain: true})
	}
	add(b.NotFound, "router: no route for the path")
	if r.Method != "" && b.MethodNotAllowed != b.NotFound {
		if b.AllowHeader {
			add(b.MethodNotAllowed, "router: no route for the method", "Allow")
		} else {
			add(b.MethodNotAllowed, "router: no route for the method")
		}
	}
	if r.SlashRedirect || b.SlashRedirectAll {
		add(b.SlashRedirect, "router: trailing-slash redirect", "Location")
		add(b.SlashRedirectOther, "router: trailing-slash redirect", "Location")
	}
	add(b.CleanRedirect, "router: path-cleaning redirect", "Location")
	add(b.ErrorStatus, "framework: default error handler, for a returned error")
	for _, w := range r.Handler.Wrappers {
		if strings.Contains(strings.ToLower(w), "recover") {
			add(500, "middleware: panic recovered by "+w)
		}
	}
	slices.SortStableFunc(out, func(a, b Status) int { return a.Code - b.Code })
	return out
}

// shortPos keeps the base name and line of a file:line:col.
func shortPos(pos string) string {
	if rest, _, ok := cutLast(pos); ok {
		pos = rest
	}
	i := strings.LastIndexAny(pos, `/\`)
	return pos[i+1:]
}

// posIn returns the position in fset of a file:line:col string, for
// related information, or token.NoPos when it cannot be placed.
//
// The string is what the package that declares the handler computed from
// its syntax, so its line and column are exact. A pass of another package
// may know the file only from export data (go vet's passes), where the
// file's lines are fakes one byte long: a column there would land on a
// later line. Such a file, or one the pass does not know at all, is read
// from disk and added to fset once, with its real lines.
func posIn(fset *token.FileSet, pos string) token.Pos {
	rest, colText, ok := cutLast(pos)
	if !ok {
		return token.NoPos
	}
	file, lineText, ok := cutLast(rest)
	if !ok {
		return token.NoPos
	}
	line, err1 := strconv.Atoi(lineText)
	col, err2 := strconv.Atoi(colText)
	if err1 != nil || err2 != nil || line < 1 || col < 1 {
		return token.NoPos
	}
	found, lineOnly := token.NoPos, token.NoPos
	fset.Iterate(func(f *token.File) bool {
		if f.Name() != file || line > f.LineCount() {
			return true
		}
		if p := placeIn(f, line, col); p.IsValid() {
			found = p
			return false
		}
		if !lineOnly.IsValid() {
			lineOnly = f.LineStart(line)
		}
		return true
	})
	if found.IsValid() {
		return found
	}
	if f := sourceFile(fset, file); f != nil && line <= f.LineCount() {
		if p := placeIn(f, line, col); p.IsValid() {
			return p
		}
	}
	// The file cannot be read (a build that moved it): its line at least.
	return lineOnly
}

// placeIn is line:col in f, or token.NoPos when f's line is shorter than
// the column (f is a fake of export data, or another version of the file).
func placeIn(f *token.File, line, col int) token.Pos {
	start := f.LineStart(line)
	off := f.Offset(start) + col - 1
	if off >= f.Size() && !(off == f.Size() && col == 1) {
		return token.NoPos
	}
	p := f.Pos(off)
	if f.Line(p) != line {
		return token.NoPos
	}
	return p
}

// sourceFiles holds the files read from disk for posIn, per file set and
// name, so that each is read and added once however many findings point
// into it; the in-process driver's passes share one file set and run in
// parallel.
var sourceFiles sync.Map // sourceKey -> *sourceFile

type sourceKey struct {
	fset *token.FileSet
	name string
}

type sourceEntry struct {
	once sync.Once
	file *token.File
}

func sourceFile(fset *token.FileSet, name string) *token.File {
	v, _ := sourceFiles.LoadOrStore(sourceKey{fset, name}, &sourceEntry{})
	e := v.(*sourceEntry)
	e.once.Do(func() {
		content, err := os.ReadFile(name)
		if err != nil {
			return
		}
		e.file = fset.AddFile(name, -1, len(content))
		e.file.SetLinesForContent(content)
	})
	return e.file
}

func cutLast(s string) (string, string, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return "", "", false
	}
	return s[:i], s[i+1:], true
}

// describe names a route for messages: "GET /v1/jobs/{id} ((*Server).getJob)".
func describe(r *routes.Route) string {
	m := r.Method
	if m == "" {
		m = "ANY"
	}
	return fmt.Sprintf("%s %s (%s)", m, r.Path, r.Handler.Name)
}

// Operation is an operation of the document, as the routes command
// prints it.
type Operation struct {
	Method, Path, OperationID string
	// Documented is the key under paths, when it differs from Path (a
	// servers URL or basePath prefixes it); Also the full paths under the
	// other servers.
	Documented string
	Also       []string
	Line       int // in the document; 0 when not known
}

// Matched is the join of a program's routes with a document, for the
// routes command.
type Matched struct {
	File    string // as given
	Version string // the document's openapi or swagger field
	// Operations counts the document's operations; Dynamic the routes
	// whose pattern is not constant, which are not matched.
	Operations, Dynamic int
	// Ops holds, for each entry given, the operation it serves (nil for
	// none) and Notes how the pair was made ("" for equal templates).
	Ops   []*Operation
	Notes []string
	// Missing are the operations no route serves, in document order.
	Missing []*Operation
}

// MatchDocument loads the document in file and pairs the entries' routes
// with its operations.
func MatchDocument(file string, es []*Entry) (*Matched, error) {
	d, err := openapi.Load(file)
	if err != nil {
		return nil, err
	}
	rs := make([]*routes.Route, len(es))
	for i, e := range es {
		rs[i] = e.Route
	}
	out := &Matched{File: d.File, Version: d.Version, Operations: len(d.Operations), Ops: make([]*Operation, len(es)), Notes: make([]string, len(es))}
	conv := func(op *openapi.Operation) *Operation {
		o := &Operation{Method: op.Method, Path: op.Path, OperationID: op.OperationID, Also: op.Paths[1:], Line: op.Line}
		if op.SpecPath != op.Path {
			o.Documented = op.SpecPath
		}
		return o
	}
	m := openapi.MatchRoutes(rs, d)
	out.Dynamic = len(m.Dynamic)
	for _, mt := range m.Matches {
		i := slices.Index(rs, mt.Route)
		if i >= 0 && out.Ops[i] == nil {
			out.Ops[i], out.Notes[i] = conv(mt.Op), mt.Note
		}
	}
	for _, op := range m.Missing {
		out.Missing = append(out.Missing, conv(op))
	}
	return out, nil
}
