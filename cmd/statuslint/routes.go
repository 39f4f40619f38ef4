package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/statuslint/statuslint/analyzers/contract"
	"github.com/statuslint/statuslint/catalog"
)

// runRoutes is statuslint routes: every route of the program, with the
// statuses its handler can send. The route inventory is a whole-program
// answer, so the command runs the in-process driver (go/analysis/checker)
// over the packages and their dependencies, like coverage; go vet's
// per-package processes could not join a main package's routes with
// each other. It returns the exit code: 0, 1 when a package did not load
// or the document did not, 2 for bad usage.
func runRoutes(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("statuslint routes", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the routes as JSON (the same as -format=json)")
	format := fs.String("format", "text", "text, json, or openapi: an OpenAPI 3.1 paths skeleton with responses and headers")
	specFile := fs.String("spec", "", "an OpenAPI document to match the routes with: each route names its operation, and the operations no route serves are listed")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: statuslint routes [-json] [-format=text|json|openapi] [-spec=FILE] packages")
		fmt.Fprintln(stderr, "Lists every route the packages register, with the statuses its handler can send, the headers set with each and where each is chosen.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if *asJSON {
		*format = "json"
	}
	if *format != "text" && *format != "json" && *format != "openapi" {
		fmt.Fprintf(stderr, "statuslint routes: -format=%s: want text, json or openapi\n", *format)
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "statuslint routes: no packages; e.g. statuslint routes ./...")
		return 2
	}
	if *specFile != "" {
		// A document that does not load fails before the packages do.
		if _, err := contract.MatchDocument(*specFile, nil); err != nil {
			fmt.Fprintf(stderr, "statuslint routes: %v\n", err)
			return 1
		}
	}
	pkgs, err := load(fs.Args(), false, true)
	if err != nil {
		fmt.Fprintf(stderr, "statuslint routes: %v\n", err)
		return 1
	}
	if problems := loadErrors(pkgs); len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(stderr, p)
		}
		return 1
	}
	contract.Collect()
	graph, err := checker.Analyze([]*analysis.Analyzer{contract.Inventory}, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "statuslint routes: %v\n", err)
		return 1
	}
	var roots []*checker.Action
	for _, act := range graph.Roots {
		if act.Err != nil {
			fmt.Fprintf(stderr, "statuslint routes: %s: %v\n", act.Package.PkgPath, act.Err)
			return 1
		}
		roots = append(roots, act)
	}
	slices.SortFunc(roots, func(a, b *checker.Action) int { return strings.Compare(a.Package.PkgPath, b.Package.PkgPath) })
	called := usedFuncs(pkgs)
	wd, _ := os.Getwd()
	var rows []*row
	for _, act := range roots {
		t := act.Result.(*contract.Table)
		for _, e := range t.Routes {
			rows = append(rows, newRow(act.Package, e, "", wd))
		}
		// A registrar nothing calls is a set of routes whose prefix is not
		// known here (a library's, or a test's): listed, marked relative.
		for _, reg := range t.Registrars {
			if called[reg.Func] {
				continue
			}
			for _, e := range reg.Routes {
				rows = append(rows, newRow(act.Package, e, reg.Func.FullName(), wd))
			}
		}
	}
	var doc *contract.Matched
	if *specFile != "" {
		if doc, err = matchRows(rows, *specFile); err != nil {
			fmt.Fprintf(stderr, "statuslint routes: %v\n", err)
			return 1
		}
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		out := routesJSON{Routes: rows}
		if doc != nil {
			for _, op := range doc.Missing {
				out.Missing = append(out.Missing, opJSON{Method: op.Method, Path: op.Path, OperationID: op.OperationID, Line: op.Line})
			}
		}
		if out.Routes == nil {
			out.Routes = []*row{}
		}
		if err := enc.Encode(out); err != nil {
			fmt.Fprintf(stderr, "statuslint routes: %v\n", err)
			return 1
		}
	case "openapi":
		writeSkeleton(stdout, rows)
	default:
		writeRoutesText(stdout, rows, doc)
	}
	return 0
}

// usedFuncs is every function some package of the program refers to.
func usedFuncs(pkgs []*packages.Package) map[*types.Func]bool {
	used := map[*types.Func]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.TypesInfo == nil {
			return
		}
		for _, obj := range p.TypesInfo.Uses {
			if fn, ok := obj.(*types.Func); ok {
				used[fn.Origin()] = true
			}
		}
	})
	return used
}

type routesJSON struct {
	Routes  []*row   `json:"routes"`
	Missing []opJSON `json:"operationsWithoutRoute,omitempty"`
}

type opJSON struct {
	Method      string `json:"method"`
	Path        string `json:"path"`
	OperationID string `json:"operationId,omitempty"`
	Line        int    `json:"line,omitempty"`
}

// row is one route as printed.
type row struct {
	Method string `json:"method"` // "" for any method
	Path   string `json:"path"`   // the OpenAPI template; "" when not constant
	Raw    string `json:"raw"`
	Host   string `json:"host,omitempty"`
	// Relative names the registrar whose routes these are, relative to
	// the router it is given: nothing in the program calls it.
	Relative       string      `json:"relativeTo,omitempty"`
	Framework      string      `json:"framework"`
	Handler        handlerJSON `json:"handler"`
	Registered     string      `json:"registered"`
	Via            []string    `json:"via,omitempty"`
	Rest           bool        `json:"restOfPath,omitempty"`
	AlsoHead       bool        `json:"alsoHead,omitempty"`
	SlashRedirect  bool        `json:"slashRedirect,omitempty"`
	DynamicPattern bool        `json:"patternNotConstant,omitempty"`
	Modelled       bool        `json:"modelled"`
	Statuses       []statusRow `json:"statuses"`
	Operation      *opJSON     `json:"operation,omitempty"`
	MatchNote      string      `json:"matchNote,omitempty"`
	entry          *contract.Entry
}

type handlerJSON struct {
	Name     string   `json:"name"`
	Where    string   `json:"where,omitempty"`
	Dynamic  bool     `json:"notConstant,omitempty"`
	Builtin  bool     `json:"builtin,omitempty"`
	Wrappers []string `json:"wrappers,omitempty"`
}

type statusRow struct {
	Code      string     `json:"code"` // "404", or "unknown"
	Certain   bool       `json:"certain"`
	Implicit  bool       `json:"implicit,omitempty"`
	Framework string     `json:"framework,omitempty"`
	Must      []string   `json:"headers,omitempty"`
	May       []string   `json:"headersOnSomePaths,omitempty"`
	Sites     []siteJSON `json:"sites,omitempty"`
	code      int
}

type siteJSON struct {
	Pos    string `json:"pos"`
	Via    string `json:"via,omitempty"` // the API or helper: "http.Error", "writeJSON"
	Helper string `json:"helper,omitempty"`
}

func newRow(pkg *packages.Package, e *contract.Entry, relative, wd string) *row {
	r := e.Route
	rel := func(pos string) string {
		if p, err := filepath.Rel(wd, pos); err == nil && !strings.HasPrefix(p, "..") {
			return p
		}
		return pos
	}
	where := r.Where
	if where == "" {
		where = pkg.Fset.Position(r.Pos).String()
	}
	out := &row{
		Method: r.Method, Path: r.Path, Raw: r.Raw, Host: r.Host, Relative: relative, Framework: r.Framework,
		Handler:    handlerJSON{Name: r.Handler.Name, Where: rel(r.Handler.Where), Dynamic: r.Handler.Dynamic, Builtin: r.Handler.Builtin, Wrappers: r.Handler.Wrappers},
		Registered: rel(where), Via: r.Via, Rest: r.Rest, AlsoHead: r.AlsoHead, SlashRedirect: r.SlashRedirect,
		DynamicPattern: r.DynamicPattern, Modelled: e.Modelled, Statuses: []statusRow{}, entry: e,
	}
	for _, s := range e.Statuses {
		sr := statusRow{Code: contract.CodeString(s.Code), Certain: s.Certain, Implicit: s.Implicit && len(s.Sites) > 0, Framework: s.Framework, Must: s.Must, code: s.Code}
		for _, h := range s.May {
			if !slices.Contains(s.Must, h) {
				sr.May = append(sr.May, h)
			}
		}
		for i, site := range s.Sites {
			sr.Sites = append(sr.Sites, siteJSON{Pos: rel(site), Via: s.Vias[i], Helper: s.Helpers[i]})
		}
		out.Statuses = append(out.Statuses, sr)
	}
	return out
}

// matchRows pairs the rows with the document's operations.
func matchRows(rows []*row, file string) (*contract.Matched, error) {
	var es []*contract.Entry
	var which []*row
	for _, r := range rows {
		if r.Relative == "" {
			es = append(es, r.entry)
			which = append(which, r)
		}
	}
	m, err := contract.MatchDocument(file, es)
	if err != nil {
		return nil, err
	}
	for i, op := range m.Ops {
		if op != nil {
			which[i].Operation = &opJSON{Method: op.Method, Path: op.Path, OperationID: op.OperationID, Line: op.Line}
			which[i].MatchNote = m.Notes[i]
		}
	}
	return m, nil
}

func methodText(m string) string {
	if m == "" {
		return "ANY"
	}
	return m
}

func pathText(r *row) string {
	if r.Path == "" {
		return r.Raw + " (pattern not constant)"
	}
	return r.Path
}

func writeRoutesText(w io.Writer, rows []*row, doc *contract.Matched) {
	if len(rows) == 0 {
		fmt.Fprintln(w, "no routes found")
	}
	for i, r := range rows {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s %s", methodText(r.Method), pathText(r))
		if r.Host != "" {
			fmt.Fprintf(w, " host=%s", r.Host)
		}
		var notes []string
		if r.Relative != "" {
			switch {
			case r.entry.Route.OnReceiver():
				notes = append(notes, "relative to the receiver of "+r.Relative)
			case r.entry.Route.On < 0:
				notes = append(notes, "relative to the router returned by "+r.Relative)
			default:
				notes = append(notes, "relative to the router given to "+r.Relative)
			}
		}
		if r.Rest {
			notes = append(notes, "rest of path")
		}
		if r.AlsoHead {
			notes = append(notes, "also HEAD")
		}
		if len(notes) > 0 {
			fmt.Fprintf(w, " (%s)", strings.Join(notes, ", "))
		}
		fmt.Fprintf(w, "\n  handler %s", r.Handler.Name)
		if r.Handler.Where != "" {
			fmt.Fprintf(w, " at %s", r.Handler.Where)
		}
		if len(r.Handler.Wrappers) > 0 {
			fmt.Fprintf(w, ", wrapped in %s", strings.Join(r.Handler.Wrappers, ", "))
		}
		fmt.Fprintf(w, "\n  registered at %s", r.Registered)
		if len(r.Via) > 0 {
			fmt.Fprintf(w, " via %s", strings.Join(r.Via, ", "))
		}
		fmt.Fprintln(w)
		if doc != nil && r.Relative == "" && r.Path != "" {
			if r.Operation != nil {
				fmt.Fprintf(w, "  operation %s %s", r.Operation.Method, r.Operation.Path)
				if r.Operation.OperationID != "" {
					fmt.Fprintf(w, " (%s)", r.Operation.OperationID)
				}
				if r.MatchNote != "" {
					fmt.Fprintf(w, ": %s", r.MatchNote)
				}
				fmt.Fprintln(w)
			} else {
				fmt.Fprintf(w, "  no operation in %s\n", doc.File)
			}
		}
		switch {
		case r.Handler.Builtin:
			fmt.Fprintln(w, "  statuses: the framework's own handler")
		case r.Handler.Dynamic:
			fmt.Fprintln(w, "  statuses: not known, the handler is not a function statuslint can name")
		case !r.Modelled:
			fmt.Fprintln(w, "  statuses: not known, the handler's model was not found")
		}
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		var framework []string
		for _, s := range r.Statuses {
			if s.Framework != "" {
				f := s.Code
				if len(s.Must) > 0 {
					f += " with " + strings.Join(s.Must, ", ")
				}
				framework = append(framework, f+" ("+s.Framework+")")
				continue
			}
			code := s.Code
			if s.code > 0 {
				code = catalog.Phrase(s.code)
			}
			var where, headers string
			{
				var parts []string
				for _, site := range s.Sites {
					p := site.Pos
					if site.Via != "" {
						p += " " + site.Via
					}
					parts = append(parts, p)
				}
				where = strings.Join(parts, ", ")
				if s.code == -1 {
					where = "the response escapes or its status is not known at " + where
				} else if s.Implicit {
					where = "implicit, first body write at " + where
				}
			}
			if len(s.Must) > 0 {
				headers = "headers " + strings.Join(s.Must, ", ")
			}
			if may := slices.DeleteFunc(slices.Clone(s.May), func(h string) bool { return h == "*" }); len(may) > 0 {
				if headers != "" {
					headers += "; "
				}
				headers += "on some paths " + strings.Join(may, ", ")
			}
			certainty := "certain"
			switch {
			case s.code == -1:
				certainty = "unknown"
			case !s.Certain:
				certainty = "maybe"
			}
			fmt.Fprintf(tw, "    %s\t%s\t%s\t%s\n", code, certainty, where, headers)
		}
		tw.Flush()
		if len(framework) > 0 {
			fmt.Fprintf(w, "    and from the framework: %s\n", strings.Join(framework, "; "))
		}
	}
	if doc != nil {
		matched := 0
		for _, r := range rows {
			if r.Operation != nil {
				matched++
			}
		}
		fmt.Fprintf(w, "\n%d routes, %d matched with the %d operations of %s (OpenAPI %s); %d operations with no route", len(rows), matched, doc.Operations, doc.File, doc.Version, len(doc.Missing))
		if doc.Dynamic > 0 {
			fmt.Fprintf(w, "; %d routes not matched, their pattern not constant", doc.Dynamic)
		}
		fmt.Fprintln(w)
	}
	if doc != nil && len(doc.Missing) > 0 {
		fmt.Fprintf(w, "\noperations in %s with no route:\n", doc.File)
		for _, op := range doc.Missing {
			line := ""
			if op.Line > 0 {
				line = fmt.Sprintf(" (line %d)", op.Line)
			}
			id := ""
			if op.OperationID != "" {
				id = " (" + op.OperationID + ")"
			}
			if op.Documented != "" {
				line += ", documented as " + op.Documented
			}
			if len(op.Also) > 0 {
				line += ", also at " + strings.Join(op.Also, ", ")
			}
			fmt.Fprintf(w, "  %s %s%s%s\n", op.Method, op.Path, id, line)
		}
	}
}

// writeSkeleton prints an OpenAPI 3.1 document with the routes as paths:
// each status a response, its headers declared, the framework's own
// statuses and the unknown ones marked with x-statuslint extensions. A
// team diffs it against its document.
func writeSkeleton(w io.Writer, rows []*row) {
	type op struct {
		method string
		r      *row
	}
	var paths []string
	byPath := map[string][]op{}
	var skipped []*row
	for _, r := range rows {
		if r.Path == "" || r.Relative != "" {
			skipped = append(skipped, r)
			continue
		}
		if _, ok := byPath[r.Path]; !ok {
			paths = append(paths, r.Path)
		}
		byPath[r.Path] = append(byPath[r.Path], op{strings.ToLower(r.Method), r})
	}
	slices.Sort(paths)
	fmt.Fprintln(w, "# The routes statuslint found in the code, as an OpenAPI 3.1 skeleton:")
	fmt.Fprintln(w, "# each status a handler's paths can send is a response, with the headers")
	fmt.Fprintln(w, "# set on every path sending it. Diff it against the service's document.")
	for _, r := range skipped {
		why := "pattern not constant"
		if r.Relative != "" {
			why = "relative to the router given to " + r.Relative
		}
		fmt.Fprintf(w, "# left out, %s: %s %s (%s)\n", why, methodText(r.Method), r.Raw, r.Registered)
	}
	fmt.Fprintln(w, "openapi: 3.1.0")
	fmt.Fprintln(w, "info:")
	fmt.Fprintln(w, "  title: routes found by statuslint")
	fmt.Fprintln(w, `  version: "0"`)
	if len(paths) == 0 {
		fmt.Fprintln(w, "paths: {}")
		return
	}
	fmt.Fprintln(w, "paths:")
	for _, p := range paths {
		fmt.Fprintf(w, "  %s:\n", yamlString(p))
		ops := byPath[p]
		slices.SortStableFunc(ops, func(a, b op) int { return methodRank(a.method) - methodRank(b.method) })
		for _, o := range ops {
			key := o.method
			if key == "" {
				key = "x-statuslint-any-method"
			}
			fmt.Fprintf(w, "    %s:\n", key)
			fmt.Fprintf(w, "      x-statuslint-handler: %s\n", yamlString(o.r.Handler.Name+" at "+o.r.Handler.Where))
			if o.r.Rest {
				fmt.Fprintln(w, "      x-statuslint-rest-of-path: true")
			}
			if params := o.r.entry.Route.Params; len(params) > 0 {
				fmt.Fprintln(w, "      parameters:")
				for _, prm := range params {
					fmt.Fprintf(w, "        - name: %s\n          in: path\n          required: true\n          schema:\n            type: string\n", yamlString(prm.Name))
				}
			}
			fmt.Fprintln(w, "      responses:")
			var unknown []string
			var framework []statusRow
			written := 0
			for si, s := range o.r.Statuses {
				if s.code <= 0 {
					for _, site := range s.Sites {
						unknown = append(unknown, site.Pos)
					}
					continue
				}
				if s.Framework != "" {
					if !slices.ContainsFunc(o.r.Statuses[:si], func(x statusRow) bool { return x.code == s.code }) {
						framework = append(framework, s)
					}
					continue
				}
				written++
				fmt.Fprintf(w, "        %s:\n          description: %s\n", yamlString(strconv.Itoa(s.code)), yamlString(catalog.Phrase(s.code)))
				if !s.Certain {
					fmt.Fprintln(w, "          x-statuslint-maybe: true")
				}
				hs := slices.DeleteFunc(append(slices.Clone(s.Must), s.May...), func(h string) bool { return h == "*" })
				if len(hs) > 0 {
					fmt.Fprintln(w, "          headers:")
					for _, h := range hs {
						fmt.Fprintf(w, "            %s:\n", yamlString(h))
						if !slices.Contains(s.Must, h) {
							fmt.Fprintln(w, "              description: set on some paths only")
						}
						fmt.Fprintln(w, "              schema:\n                type: string")
					}
				}
			}
			if len(unknown) > 0 {
				fmt.Fprintln(w, "        default:")
				fmt.Fprintln(w, "          description: statuses statuslint could not name")
				fmt.Fprintln(w, "          x-statuslint-unknown:")
				for _, u := range unknown {
					fmt.Fprintf(w, "            - %s\n", yamlString(u))
				}
			} else if written == 0 {
				fmt.Fprintln(w, "        default:")
				fmt.Fprintln(w, "          description: not known")
			}
			if len(framework) > 0 {
				// The router's own answers, apart: a document rarely lists them.
				fmt.Fprintln(w, "      x-statuslint-framework:")
				for _, f := range framework {
					fmt.Fprintf(w, "        %s: %s\n", yamlString(f.Code), yamlString(f.Framework))
				}
			}
		}
	}
}

func methodRank(m string) int {
	order := []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}
	if i := slices.Index(order, m); i >= 0 {
		return i
	}
	return len(order)
}

// yamlString quotes s when YAML would not read it back as the same
// string (as a plain scalar in block context).
func yamlString(s string) string {
	plain := s != "" && strings.TrimSpace(s) == s && !strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`") &&
		!strings.Contains(s, ": ") && !strings.Contains(s, " #") && !strings.HasSuffix(s, ":") &&
		!slices.Contains([]string{"true", "false", "null", "~", "yes", "no"}, strings.ToLower(s))
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		plain = false
	}
	if plain {
		return s
	}
	b, _ := json.Marshal(s)
	return string(b)
}
