package contract

import (
	_ "embed"
	"errors"
	"fmt"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers/internal/checkdoc"
	"github.com/statuslint/statuslint/analyzers/internal/guard"
	"github.com/statuslint/statuslint/analyzers/internal/ignore"
	"github.com/statuslint/statuslint/analyzers/internal/openapi"
	"github.com/statuslint/statuslint/analyzers/internal/report"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
	"github.com/statuslint/statuslint/analyzers/internal/routes"
	"github.com/statuslint/statuslint/catalog"
)

//go:embed doc.go
var doc string

// Analyzer compares the routes with the service's OpenAPI document.
var Analyzer = &analysis.Analyzer{
	Name:     "contract",
	Doc:      checkdoc.MustExtract(doc, "contract"),
	URL:      checkdoc.URL("contract"),
	Run:      guard.Run(run),
	Requires: []*analysis.Analyzer{Inventory, ignore.Analyzer},
}

var (
	spec     string
	specHash string
	unsent   bool
	tally    bool
)

func init() {
	Analyzer.Flags.Var(specFlag{}, "spec", "the service's OpenAPI document (3.x or Swagger 2.0, YAML or JSON); the check does nothing without it")
	Analyzer.Flags.StringVar(&specHash, "spechash", "", "sha256 of the document, hex, so that caches keyed on flags see an edit (statuslint sets it)")
	Analyzer.Flags.BoolVar(&unsent, "unsent", false, "also report statuses the document declares that no path sends")
	Analyzer.Flags.BoolVar(&tally, "tally", false, "also report, as one diagnostic per package that has routes (TallyPrefix), how many were compared with the document; statuslint sets it and reads them, they are not findings")
}

// specFlag is -contract.spec. Setting it also switches the route
// interpreter on, or off again when the document is cleared (as the
// golangci-lint plugin does before it applies its settings): with no
// document nothing reads the routes, unless the routes command asked.
type specFlag struct{}

func (specFlag) String() string { return spec }

func (specFlag) Set(v string) error {
	spec = v
	routes.Want(spec != "" || collect.Load())
	return nil
}

// checkedHeaders are the declared response headers the check holds the
// code to: the ones a client acts on.
var checkedHeaders = []string{"Allow", "Location", "Retry-After"}

func run(pass *analysis.Pass) (any, error) {
	if spec == "" {
		return nil, nil
	}
	t := pass.ResultOf[Inventory].(*Table)
	var rs []*routes.Route
	byRoute := map[*routes.Route]*Entry{}
	for _, e := range t.Routes {
		rs = append(rs, e.Route)
		byRoute[e.Route] = e
	}
	if len(rs) == 0 {
		// Nothing here to compare: the document is not even read, so
		// that the packages of the dependency graph, most of which have
		// no routes, cost nothing.
		reportTally(pass, t, 0, 0)
		return nil, nil
	}
	file, err := Resolve(spec)
	if err != nil {
		return nil, err
	}
	d, err := openapi.Load(file)
	if err != nil {
		return nil, err
	}
	if specHash != "" && specHash != d.Hash {
		return nil, fmt.Errorf("OpenAPI document %s changed since -contract.spechash was computed; pass the new hash (statuslint does) or clear the cache", file)
	}
	c := &checker{pass: pass, r: report.New(pass), doc: d, docName: filepath.Base(file)}
	m := openapi.MatchRoutes(rs, d)
	reportTally(pass, t, len(rs)-len(m.Dynamic), len(m.Dynamic))
	for _, r := range m.Unmatched {
		if r.Handler.Builtin {
			continue // a file server or the framework's own handler: not part of the API
		}
		c.reportf(r.Pos, "route %s has no operation in %s; document it, or remove the route if nothing should serve it", describe(r), c.docName)
	}
	// One finding per operation and problem, whichever routes serve it.
	type opRoutes struct {
		op      *openapi.Operation
		entries []*Entry
	}
	var ops []*opRoutes
	for _, mt := range m.Matches {
		i := slices.IndexFunc(ops, func(o *opRoutes) bool { return o.op == mt.Op })
		if i < 0 {
			ops = append(ops, &opRoutes{op: mt.Op})
			i = len(ops) - 1
		}
		ops[i].entries = append(ops[i].entries, byRoute[mt.Route])
	}
	for _, o := range ops {
		for _, e := range o.entries {
			c.undeclared(o.op, e)
			c.headers(o.op, e)
		}
		if unsent {
			c.unsent(o.op, o.entries)
		}
	}
	if pass.Pkg.Name() == "main" {
		for _, op := range m.Missing {
			c.reportf(rs[0].Pos, "operation %s declared at %s has no route in this program; add the route, or remove the operation from the document", op, c.opWhere(op))
		}
	}
	// In source order, whatever order the questions were asked in.
	slices.SortStableFunc(c.diags, func(a, b analysis.Diagnostic) int { return int(a.Pos - b.Pos) })
	for _, d := range c.diags {
		c.r.Report(d)
	}
	c.r.Done()
	return nil, nil
}

// TallyPrefix starts the message of the diagnostic -contract.tally adds to
// a package's findings: "tally: compared=N notconstant=M" and, for each
// registrar whose routes are relative to a router (so not compared here),
// " relative=KIND:NAME", KIND returned, given or receiver and NAME its
// full name. The nameChecks prefix "contract: " comes before it under go
// vet.
const TallyPrefix = "tally: "

// reportTally tells the command what this package compared, so that a run
// that compared nothing, or left routes out, says so. A package with no
// routes and no registrar says nothing.
func reportTally(pass *analysis.Pass, t *Table, compared, notConstant int) {
	if !tally || len(pass.Files) == 0 {
		return
	}
	var rel []string
	for _, reg := range t.Registrars {
		if len(reg.Routes) == 0 {
			continue
		}
		kind := "given"
		switch r := reg.Routes[0].Route; {
		case r.OnReceiver():
			kind = "receiver"
		case r.On < 0:
			kind = "returned"
		}
		rel = append(rel, " relative="+kind+":"+reg.Func.FullName())
	}
	if compared == 0 && notConstant == 0 && len(rel) == 0 {
		return
	}
	pass.Report(analysis.Diagnostic{
		Pos:     pass.Files[0].Package,
		Message: fmt.Sprintf("%scompared=%d notconstant=%d%s", TallyPrefix, compared, notConstant, strings.Join(rel, "")),
	})
}

func (c *checker) report(d analysis.Diagnostic) { c.diags = append(c.diags, d) }

func (c *checker) reportf(pos token.Pos, format string, args ...any) {
	c.report(analysis.Diagnostic{Pos: pos, Message: fmt.Sprintf(format, args...)})
}

type checker struct {
	pass    *analysis.Pass
	r       *report.Reporter
	doc     *openapi.Doc
	docName string
	diags   []analysis.Diagnostic
}

func (c *checker) opWhere(op *openapi.Operation) string {
	if op.Line > 0 {
		return fmt.Sprintf("%s:%d", c.docName, op.Line)
	}
	return c.docName
}

// at is where a finding about a route goes: its handler when this
// package declares it, else the call that registers the route here.
func (c *checker) at(r *routes.Route) token.Pos {
	if r.Handler.Lit != nil {
		return r.Handler.Lit.Pos()
	}
	if fn := r.Handler.Func; fn != nil && fn.Pkg() == c.pass.Pkg && fn.Pos().IsValid() {
		return fn.Pos()
	}
	return r.Pos
}

// related lists the sites of a status as related positions, those the
// pass can place.
func (c *checker) related(s Status, what string) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	for i, site := range s.Sites {
		if p := posIn(c.pass.Fset, site); p.IsValid() {
			msg := what
			if s.Helpers[i] != "" {
				msg += " (through " + s.Helpers[i] + ")"
			}
			out = append(out, analysis.RelatedInformation{Pos: p, Message: msg})
		}
	}
	return out
}

func sites(s Status) string {
	var parts []string
	for i, site := range s.Sites {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("and %d more", len(s.Sites)-3))
			break
		}
		parts = append(parts, shortPos(site))
	}
	return strings.Join(parts, ", ")
}

// undeclared reports the statuses the handler sends that the operation
// does not declare, no range or default covering them.
func (c *checker) undeclared(op *openapi.Operation, e *Entry) {
	var missing []Status
	for _, s := range e.Statuses {
		if s.Framework != "" || s.Code == respflow.Unknown || !s.Certain {
			continue
		}
		if op.Covers(s.Code) == nil {
			missing = append(missing, s)
		}
	}
	if len(missing) == 0 {
		return
	}
	var names []string
	var rel []analysis.RelatedInformation
	for _, s := range missing {
		names = append(names, catalog.Phrase(s.Code)+" (at "+sites(s)+")")
		rel = append(rel, c.related(s, catalog.Phrase(s.Code)+" sent here")...)
	}
	noun := "a status"
	if len(missing) > 1 {
		noun = "statuses"
	}
	c.report(analysis.Diagnostic{
		Pos: c.at(e.Route),
		Message: fmt.Sprintf("%s sends %s that operation %s at %s does not declare: %s; declare %s in the document, or send a status it declares",
			describe(e.Route), noun, op, c.opWhere(op), strings.Join(names, ", "), pronoun(len(missing))),
		Related: rel,
	})
}

func pronoun(n int) string {
	if n > 1 {
		return "them"
	}
	return "it"
}

// headers reports a header the document declares on a response that
// some path sending that status does not set.
func (c *checker) headers(op *openapi.Operation, e *Entry) {
	for _, s := range e.Statuses {
		if s.Framework != "" || s.Code == respflow.Unknown || !s.Certain || slices.Contains(s.May, "*") {
			continue
		}
		resp := op.Covers(s.Code)
		if resp == nil || resp.Class != 0 || resp.Default {
			// Headers on a range or default describe many statuses at
			// once (an error envelope's): only an exact response is held
			// to them.
			continue
		}
		for _, h := range checkedHeaders {
			if !slices.Contains(resp.Headers, h) || slices.Contains(s.Must, h) {
				continue
			}
			how := "on no path"
			if slices.Contains(s.May, h) {
				how = "on some paths only"
			}
			c.report(analysis.Diagnostic{
				Pos: c.at(e.Route),
				Message: fmt.Sprintf("%s sends %s without the %s header that operation %s declares for response %s (%s): it is set %s; set it before the status on every path",
					describe(e.Route), catalog.Phrase(s.Code), h, op, resp.Key, c.opWhere(op), how),
				Related: c.related(s, catalog.Phrase(s.Code)+" sent here"),
			})
		}
	}
}

// unsent reports the exact statuses an operation declares that no path
// of its routes sends, and the framework does not send either. A route
// whose handler is not modelled, or has a path the model cannot follow,
// may send anything: it is left alone.
func (c *checker) unsent(op *openapi.Operation, es []*Entry) {
	var sent []int
	for _, e := range es {
		if !e.Modelled {
			return
		}
		for _, s := range e.Statuses {
			if s.Code == respflow.Unknown {
				return
			}
			sent = append(sent, s.Code)
		}
	}
	var never []string
	for _, resp := range op.Responses {
		if resp.Code != 0 && !slices.Contains(sent, resp.Code) {
			never = append(never, catalog.Phrase(resp.Code))
		}
	}
	if len(never) == 0 {
		return
	}
	noun := "a status"
	if len(never) > 1 {
		noun = "statuses"
	}
	c.reportf(c.at(es[0].Route), "operation %s at %s declares %s no path of %s sends: %s; remove %s from the document, or send %s where it applies",
		op, c.opWhere(op), noun, describe(es[0].Route), strings.Join(never, ", "), pronoun(len(never)), pronoun(len(never)))
}

// Resolve finds the document a -contract.spec path names. A relative
// path is taken from the working directory, or, when it is not there,
// from its parent directories up to the module root: go vet runs the
// tool in each package's directory.
func Resolve(path string) (string, error) {
	if filepath.IsAbs(path) {
		return path, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("OpenAPI document %s: %v", path, err)
	}
	for dir := wd; ; {
		candidate := filepath.Join(dir, path)
		if _, err := os.Stat(candidate); err == nil {
			return candidate, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", fmt.Errorf("OpenAPI document %s: %v", candidate, err)
		}
		_, modErr := os.Stat(filepath.Join(dir, "go.mod"))
		parent := filepath.Dir(dir)
		if modErr == nil || parent == dir {
			break
		}
		dir = parent
	}
	return "", fmt.Errorf("OpenAPI document %s: no such file (looked in %s and its parents up to the module root)", path, wd)
}

// Prepare is what a command does with a -contract.spec path before it
// hands it on: it resolves it (Resolve) to an absolute path, loads the
// document so that a bad one is one error rather than one per package,
// and returns the sha256 of its content for -contract.spechash.
func Prepare(path string) (abs, hash string, err error) {
	abs, err = Resolve(path)
	if err != nil {
		return "", "", err
	}
	d, err := openapi.Load(abs)
	if err != nil {
		return "", "", err
	}
	return abs, d.Hash, nil
}

// HandOff writes the document at abs, as Prepare parsed it, to a
// temporary file and names it in this process's environment, so that the
// processes it starts (go vet's, one per package) take it from there
// instead of parsing it again: a run parses the document once. cleanup
// removes the file. When the file cannot be written, they parse it.
func HandOff(abs string) (cleanup func()) {
	f, err := os.CreateTemp("", "statuslint-openapi-*.gob")
	if err != nil {
		return func() {}
	}
	path := f.Name()
	f.Close()
	if err := openapi.WriteHandoff(abs, path); err != nil {
		os.Remove(path)
		return func() {}
	}
	os.Setenv(openapi.HandoffEnv, path)
	return func() {
		os.Unsetenv(openapi.HandoffEnv)
		os.Remove(path)
	}
}
