// Package openapi loads a service's OpenAPI document (3.0, 3.1 or 3.2,
// or Swagger 2.0; YAML or JSON) and reduces it to what the contract check
// compares with the code: each operation's method and full path template
// (after the servers' URL paths or Swagger's basePath), the statuses it
// declares, and the headers declared on each response. It also matches
// discovered routes with operations.
//
// Documents are parsed with github.com/pb33f/libopenapi, held at v0.42.4
// (LIBRARY.md says why), once per process for each path and content. A
// reference may name a file next to the document, never a URL.
package openapi

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/pb33f/go-yaml"
	"github.com/pb33f/libopenapi"
	"github.com/pb33f/libopenapi/datamodel"
	v2 "github.com/pb33f/libopenapi/datamodel/high/v2"
	v3 "github.com/pb33f/libopenapi/datamodel/high/v3"
	"github.com/pb33f/libopenapi/datamodel/low"
	v2low "github.com/pb33f/libopenapi/datamodel/low/v2"
	v3low "github.com/pb33f/libopenapi/datamodel/low/v3"
	"github.com/pb33f/libopenapi/index"
	"github.com/pb33f/libopenapi/orderedmap"
	"github.com/pb33f/libopenapi/utils"
)

// Doc is a loaded document.
type Doc struct {
	File    string // as given to Load
	Hash    string // sha256 of the content, hex
	Version string // the document's openapi or swagger field: "3.1.0", "2.0"
	// Operations in path order (as sorted strings), then method order
	// GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE, the rest.
	Operations []*Operation
}

// Operation is one method on one path.
type Operation struct {
	Method string // upper case
	// Path is the full template: the document's path joined to the first
	// server URL's path (or basePath); Paths holds one per distinct server
	// path, Path first.
	Path        string
	Paths       []string
	SpecPath    string // the key under paths, as written
	OperationID string
	Line        int // the operation's line in the document; 0 when unknown
	// Responses in key order: exact codes ascending, then ranges (1XX..5XX),
	// then default.
	Responses []*Response
}

// Response is one entry of an operation's responses.
type Response struct {
	Key     string // "200", "4XX", "default", as written (ranges upper-cased)
	Code    int    // an exact code; 0 for a range or default
	Class   int    // 1..5 for a range "4XX"; 0 otherwise
	Default bool
	// Headers are the declared response headers, in canonical form
	// (Retry-After), sorted.
	Headers []string
}

// Covers says how an operation's responses account for code: the
// response that declares it exactly, else the range, else default (nil
// when none does).
func (op *Operation) Covers(code int) *Response {
	var rng, def *Response
	for _, r := range op.Responses {
		switch {
		case r.Code == code:
			return r
		case r.Class != 0 && r.Class == code/100:
			rng = r
		case r.Default:
			def = r
		}
	}
	if rng != nil {
		return rng
	}
	return def
}

// String is "GET /users/{id} (getUser)".
func (op *Operation) String() string {
	s := op.Method + " " + op.Path
	if op.OperationID != "" {
		s += " (" + op.OperationID + ")"
	}
	return s
}

var cache sync.Map // key -> *loaded

// key identifies one version of a file without reading it: its absolute
// path, size and modification time. An edit changes the size or the
// time, and the file is read afresh.
type key struct {
	abs   string
	size  int64
	mtime int64
}

type loaded struct {
	once sync.Once
	doc  *Doc
	err  error
}

// parses counts the documents parsed by this process, for tests.
var parses atomic.Int64

// Load reads and parses the document at file. The result is cached per
// process by absolute path, size and modification time, so that each
// package's pass (the in-process driver runs them in parallel) shares
// one parse and does not even read the file again, while an edited file
// is read afresh. A document another process parsed comes from its
// handoff (HandoffEnv). Errors are one line, naming the file.
func Load(file string) (*Doc, error) {
	k, err := keyOf(file)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("OpenAPI document %s: no such file", file)
		}
		return nil, fmt.Errorf("OpenAPI document %s: %v", file, oneLine(err))
	}
	abs := k.abs
	v, _ := cache.LoadOrStore(k, &loaded{})
	l := v.(*loaded)
	l.once.Do(func() {
		if d := fromHandoff(k, file); d != nil {
			l.doc = d
			return
		}
		data, err := os.ReadFile(abs)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				l.err = fmt.Errorf("OpenAPI document %s: no such file", file)
			} else {
				l.err = fmt.Errorf("OpenAPI document %s: %v", file, oneLine(err))
			}
			return
		}
		parses.Add(1)
		l.doc, l.err = parse(file, abs, data)
		if l.doc != nil {
			sum := sha256.Sum256(data)
			l.doc.Hash = hex.EncodeToString(sum[:])
		}
	})
	return l.doc, l.err
}

// parseBytes parses a document held in memory; name is used in errors and to
// resolve references to other files relative to it.
func parseBytes(name string, data []byte) (*Doc, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		abs = name
	}
	doc, err := parse(name, abs, data)
	if doc != nil {
		sum := sha256.Sum256(data)
		doc.Hash = hex.EncodeToString(sum[:])
	}
	return doc, err
}

func parse(name, abs string, data []byte) (*Doc, error) {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("OpenAPI document %s: %s", name, oneLine(fmt.Errorf(format, args...)))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fail("the file is empty")
	}
	var head struct {
		OpenAPI any `yaml:"openapi"`
		Swagger any `yaml:"swagger"`
	}
	if err := yaml.Unmarshal(data, &head); err != nil {
		return nil, fail("not valid YAML or JSON: %s", yamlError(err))
	}
	version := func(v any) string {
		if v == nil {
			return ""
		}
		return fmt.Sprint(v)
	}
	switch o, s := version(head.OpenAPI), version(head.Swagger); {
	case strings.HasPrefix(o, "3."):
		doc, err := parse3(abs, data)
		if err != nil {
			return nil, fail("%v", err)
		}
		doc.File, doc.Version = name, o
		return doc, nil
	case s == "2.0" || s == "2":
		doc, err := parse2(abs, data)
		if err != nil {
			return nil, fail("%v", err)
		}
		doc.File, doc.Version = name, "2.0"
		return doc, nil
	case o != "":
		return nil, fail("OpenAPI version %q is not supported; 3.0, 3.1, 3.2 and Swagger 2.0 are", o)
	case s != "":
		return nil, fail("Swagger version %q is not supported; 2.0 is", s)
	}
	return nil, fail(`no "openapi" or "swagger" field at the top level: not an OpenAPI document`)
}

// libopenapi keeps a little state in package variables (a schema hash cache
// that each build clears at its end), so one document is built at a time.
var buildMu sync.Mutex

// newConfig is how every document is read.
func newConfig(abs string) *datamodel.DocumentConfiguration {
	return &datamodel.DocumentConfiguration{
		// References to other files resolve against the document's
		// directory. With no LocalFS and no FileFilter, libopenapi opens each
		// referred file when a reference needs it, rather than indexing
		// the whole directory tree.
		BasePath:            filepath.Dir(abs),
		SpecFilePath:        abs,
		AllowFileReferences: true,
		// Nothing is fetched from the network; refError explains a
		// reference that would need it.
		AllowRemoteReferences: false,
		// libopenapi's default logger writes JSON to standard output, which
		// is go vet's channel to the user.
		Logger: slog.New(slog.DiscardHandler),
		// Neither descriptions nor $refs hidden in x- extensions matter to
		// the check (kin-openapi did not follow the latter either).
		SkipMetadataCollection: true,
		ExcludeExtensionRefs:   true,
	}
}

// newDocument parses data and builds its model with build, under buildMu;
// errors are reduced by buildError.
func newDocument[M any](abs string, data []byte, build func(libopenapi.Document) (*M, error)) (*M, error) {
	buildMu.Lock()
	defer buildMu.Unlock()
	d, err := libopenapi.NewDocumentWithConfiguration(data, newConfig(abs))
	if err != nil {
		return nil, err
	}
	m, err := build(d)
	if err := buildError(err, abs, d.GetSpecInfo().RootNode); err != nil {
		return nil, err
	}
	if m == nil {
		return nil, errors.New("the document could not be read")
	}
	return m, nil
}

func parse3(abs string, data []byte) (*Doc, error) {
	m, err := newDocument(abs, data, func(d libopenapi.Document) (*libopenapi.DocumentModel[v3.Document], error) {
		return d.BuildV3Model()
	})
	if err != nil {
		return nil, err
	}
	t := &m.Model
	doc := &Doc{}
	if t.Paths == nil || t.Paths.PathItems == nil {
		return doc, nil
	}
	top := serverPaths(t.Servers)
	for p, item := range t.Paths.PathItems.FromOldest() {
		if item == nil {
			continue
		}
		prefixes := top
		if len(item.Servers) > 0 {
			prefixes = serverPaths(item.Servers)
		}
		lines := opLines3(item)
		for method, o := range item.GetOperations().FromOldest() {
			if o == nil {
				continue
			}
			pre := prefixes
			if len(o.Servers) > 0 {
				pre = serverPaths(o.Servers)
			}
			op := &Operation{Method: strings.ToUpper(method), SpecPath: p, OperationID: o.OperationId, Line: lines[method]}
			op.setPaths(pre, p)
			if o.Responses != nil {
				lr := o.Responses.GoLow()
				err := readResponses(op, lr.Codes, lr.Default, func(r *v3low.Response, _ *yaml.Node) []string {
					if r == nil {
						return nil
					}
					return keys(r.Headers.Value)
				})
				if err != nil {
					return nil, err
				}
			}
			doc.Operations = append(doc.Operations, op)
		}
	}
	doc.sort()
	return doc, nil
}

// opLines3 maps each method of a path item to the line of its key in the
// document; none when the path item comes from another file, whose lines
// would be read as the document's.
func opLines3(item *v3.PathItem) map[string]int {
	lines := map[string]int{}
	l := item.GoLow()
	if l == nil || external(l.GetReference()) {
		return lines
	}
	for method, ref := range map[string]low.NodeReference[*v3low.Operation]{
		"get": l.Get, "put": l.Put, "post": l.Post, "delete": l.Delete, "options": l.Options,
		"head": l.Head, "patch": l.Patch, "trace": l.Trace, "query": l.Query,
	} {
		if ref.KeyNode != nil {
			lines[method] = ref.KeyNode.Line
		}
	}
	if l.AdditionalOperations.Value != nil {
		for k := range l.AdditionalOperations.Value.KeysFromOldest() {
			if k.KeyNode != nil {
				lines[k.Value] = k.KeyNode.Line
			}
		}
	}
	return lines
}

func parse2(abs string, data []byte) (*Doc, error) {
	m, err := newDocument(abs, data, func(d libopenapi.Document) (*libopenapi.DocumentModel[v2.Swagger], error) {
		return d.BuildV2Model()
	})
	if err != nil {
		return nil, err
	}
	t := &m.Model
	doc := &Doc{}
	if t.Paths == nil || t.Paths.PathItems == nil {
		return doc, nil
	}
	prefixes := []string{strings.TrimRight(t.BasePath, "/")}
	for p, item := range t.Paths.PathItems.FromOldest() {
		if item == nil {
			continue
		}
		l := item.GoLow()
		for _, mo := range []struct {
			method string
			op     *v2.Operation
			key    *yaml.Node
		}{
			{"GET", item.Get, l.Get.KeyNode}, {"PUT", item.Put, l.Put.KeyNode}, {"POST", item.Post, l.Post.KeyNode},
			{"DELETE", item.Delete, l.Delete.KeyNode}, {"OPTIONS", item.Options, l.Options.KeyNode},
			{"HEAD", item.Head, l.Head.KeyNode}, {"PATCH", item.Patch, l.Patch.KeyNode},
		} {
			o := mo.op
			if o == nil {
				continue
			}
			op := &Operation{Method: mo.method, SpecPath: p, OperationID: o.OperationId}
			if mo.key != nil && !external(l.Ref.Value) {
				op.Line = mo.key.Line
			}
			op.setPaths(prefixes, p)
			if o.Responses != nil {
				lr := o.Responses.GoLow()
				// libopenapi's 2.0 model drops headers whose names start
				// with "x-" (it takes them for extensions), so the names
				// come from the document.
				err := readResponses(op, lr.Codes, lr.Default, func(_ *v2low.Response, n *yaml.Node) []string {
					return headerNames(n)
				})
				if err != nil {
					return nil, err
				}
			}
			doc.Operations = append(doc.Operations, op)
		}
	}
	doc.sort()
	return doc, nil
}

// external says whether a $ref names another file (or a URL).
func external(ref string) bool {
	return ref != "" && !strings.HasPrefix(ref, "#")
}

// readResponses adds an operation's responses, from libopenapi's low-level
// model (the same for 2.0 and 3.x but for the response type), with the
// header names headers lists, given the response (possibly nil) and its node.
func readResponses[R any](op *Operation, codes *orderedmap.Map[low.KeyReference[string], low.ValueReference[R]], def low.NodeReference[R], headers func(R, *yaml.Node) []string) error {
	add := func(key string, node *yaml.Node, resp R) error {
		// A response that is still a bare $ref was not resolved: a loop
		// of references through another file, which libopenapi reports
		// as a tolerable loop yet builds anyway.
		if isRef, _, ref := utils.IsNodeRefValue(node); isRef {
			return fmt.Errorf("cannot resolve $ref %q in %s %s responses %s: the references form a loop", ref, op.Method, op.SpecPath, key)
		}
		r := newResponse(key)
		for _, h := range headers(resp, node) {
			r.Headers = append(r.Headers, http.CanonicalHeaderKey(h))
		}
		op.add(r)
		return nil
	}
	if codes != nil {
		for k, v := range codes.FromOldest() {
			if err := add(k.Value, v.ValueNode, v.Value); err != nil {
				return err
			}
		}
	}
	if !def.IsEmpty() {
		return add("default", def.ValueNode, def.Value)
	}
	return nil
}

// headerNames lists the keys of the headers mapping in a response's node.
func headerNames(n *yaml.Node) []string {
	n = utils.ResolveMergeNodes(utils.NodeAlias(n))
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	var out []string
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value != "headers" {
			continue
		}
		h := utils.ResolveMergeNodes(utils.NodeAlias(n.Content[i+1]))
		if h == nil || h.Kind != yaml.MappingNode {
			return nil
		}
		for j := 0; j+1 < len(h.Content); j += 2 {
			out = append(out, h.Content[j].Value)
		}
	}
	return out
}

// keys lists a low-level map's keys.
func keys[V any](m *orderedmap.Map[low.KeyReference[string], V]) []string {
	var out []string
	if m != nil {
		for k := range m.KeysFromOldest() {
			out = append(out, k.Value)
		}
	}
	return out
}

// buildError reduces what libopenapi reports to one message, or nil when
// nothing in it matters to the check: a loop of references through schemas
// (a tree type) is normal, and is the one kind of loop libopenapi reports
// while still building a complete model.
func buildError(err error, abs string, root *yaml.Node) error {
	if err == nil {
		return nil
	}
	// Problems with a named reference come first, in document order (the
	// order libopenapi reports them in varies with its goroutines); it often
	// adds a vaguer error about the same reference from a later stage.
	type refMsg struct {
		line int
		msg  string
	}
	var refs []refMsg
	var other []string
	for _, e := range utils.UnwrapErrors(err) {
		var re *index.ResolvingError
		if errors.As(e, &re) && re.CircularReference != nil && !errors.Is(re.ErrorRef, index.ErrReferenceChainCycle) {
			continue
		}
		if m, line, ok := refError(e, filepath.Dir(abs), root); ok {
			if !slices.ContainsFunc(refs, func(r refMsg) bool { return r.msg == m }) {
				refs = append(refs, refMsg{line, m})
			}
		} else if !slices.Contains(other, m) {
			other = append(other, m)
		}
	}
	slices.SortFunc(refs, func(a, b refMsg) int {
		if (a.line == 0) != (b.line == 0) {
			return cmp.Compare(b.line, a.line) // those with a line first
		}
		return cmp.Or(cmp.Compare(a.line, b.line), strings.Compare(a.msg, b.msg))
	})
	sort.Strings(other)
	msgs := other
	if len(refs) > 0 {
		msgs = nil
		for _, r := range refs {
			msgs = append(msgs, r.msg)
		}
	}
	for i, m := range msgs {
		// libopenapi's words for a loop of references found while building.
		rest, ok := strings.CutPrefix(m, "circular reference '")
		journey, rest, ok2 := strings.Cut(rest, "' found during lookup at line ")
		line, _, ok3 := strings.Cut(rest, ",")
		if ok && ok2 && ok3 {
			msgs[i] = fmt.Sprintf("cannot resolve $ref: the references %s form a loop (line %s)", journey, line)
		}
	}
	switch len(msgs) {
	case 0:
		return nil
	case 1:
		return errors.New(msgs[0])
	}
	return fmt.Errorf("%s (and %d more)", msgs[0], len(msgs)-1)
}

// refError words one of libopenapi's errors. For a reference that does not
// resolve it names the reference, its line when it is in the document
// (root), and the likely cause, and says ok.
func refError(e error, dir string, root *yaml.Node) (msg string, line int, ok bool) {
	var node *yaml.Node
	var ie *index.IndexingError
	var re *index.ResolvingError
	switch {
	case errors.As(e, &re):
		node = re.Node
		if errors.Is(re.ErrorRef, index.ErrReferenceChainCycle) {
			e = errors.New("the references form a loop")
		}
	case errors.As(e, &ie):
		node = ie.Node
	}
	isRef, _, ref := utils.IsNodeRefValue(node)
	if !isRef {
		return oneLine(e), 0, false
	}
	at := ""
	if node.Line > 0 && contains(root, node) {
		line = node.Line
		at = fmt.Sprintf(" at line %d", line)
	}
	why := oneLine(e)
	file, frag, _ := strings.Cut(ref, "#")
	if strings.Contains(why, "does not exist in the specification") {
		why = "nothing at #" + frag
		if file != "" {
			why += " in " + file
		}
	}
	if u, err := url.Parse(file); file != "" && (err != nil || u.Scheme != "" || u.Host != "") {
		if err != nil || u.Scheme != "file" {
			return fmt.Sprintf("cannot resolve $ref %q%s: remote references are not followed; only files next to the document can be referred to", ref, at), line, true
		}
		file = u.Path
	}
	if file != "" {
		path := filepath.FromSlash(file)
		if !filepath.IsAbs(path) {
			path = filepath.Join(dir, path)
		}
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			why = file + ": no such file"
		} else if err != nil {
			why = oneLine(err)
		}
	}
	return fmt.Sprintf("cannot resolve $ref %q%s: %s", ref, at, why), line, true
}

// contains says whether n is one of the nodes of the tree at root.
func contains(root, n *yaml.Node) bool {
	if root == nil {
		return false
	}
	if root == n {
		return true
	}
	for _, c := range root.Content {
		if contains(c, n) {
			return true
		}
	}
	return false
}

// yamlError words a YAML syntax error as "line 3: what is wrong".
func yamlError(err error) string {
	var le *yaml.LoadError
	if errors.As(err, &le) && le.Mark.Line > 0 {
		return fmt.Sprintf("line %d: %s", le.Mark.Line, le.Message)
	}
	return strings.TrimPrefix(oneLine(err), "yaml: ")
}

// serverPaths returns the distinct URL paths of servers, without a
// trailing slash, in order; [""] when there are none.
func serverPaths(servers []*v3.Server) []string {
	var out []string
	for _, s := range servers {
		if s == nil {
			continue
		}
		raw := s.URL
		if s.Variables != nil {
			for name, v := range s.Variables.FromOldest() {
				if v != nil {
					raw = strings.ReplaceAll(raw, "{"+name+"}", v.Default)
				}
			}
		}
		p := raw
		if u, err := url.Parse(raw); err == nil && (u.Scheme != "" || u.Host != "") {
			p = u.Path
		} else if i := strings.Index(raw, "//"); i >= 0 {
			// A relative URL with a host but an unparsable part.
			rest := raw[i+2:]
			if j := strings.IndexByte(rest, '/'); j >= 0 {
				p = rest[j:]
			} else {
				p = ""
			}
		}
		p = strings.TrimRight(p, "/")
		if !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

func (op *Operation) setPaths(prefixes []string, p string) {
	for _, pre := range prefixes {
		full := pre + p
		if pre != "" && p == "/" {
			full = pre + "/"
		}
		if !slices.Contains(op.Paths, full) {
			op.Paths = append(op.Paths, full)
		}
	}
	op.Path = op.Paths[0]
}

func newResponse(key string) *Response {
	r := &Response{Key: key}
	up := strings.ToUpper(key)
	switch {
	case key == "default":
		r.Default = true
	case len(up) == 3 && up[1:] == "XX" && up[0] >= '1' && up[0] <= '5':
		r.Key, r.Class = up, int(up[0]-'0')
	default:
		if n, err := strconv.Atoi(key); err == nil {
			r.Code = n
		}
	}
	return r
}

func (op *Operation) add(r *Response) {
	sort.Strings(r.Headers)
	op.Responses = append(op.Responses, r)
}

var methodOrder = []string{"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY"}

func rank(m string) int {
	if i := slices.Index(methodOrder, m); i >= 0 {
		return i
	}
	return len(methodOrder)
}

func respRank(r *Response) (int, int) {
	switch {
	case r.Code != 0:
		return 0, r.Code
	case r.Class != 0:
		return 1, r.Class
	case r.Default:
		return 2, 0
	}
	return 3, 0
}

func (d *Doc) sort() {
	for _, op := range d.Operations {
		sort.SliceStable(op.Responses, func(i, j int) bool {
			a, b := op.Responses[i], op.Responses[j]
			ai, ac := respRank(a)
			bi, bc := respRank(b)
			if ai != bi {
				return ai < bi
			}
			if ac != bc {
				return ac < bc
			}
			return a.Key < b.Key
		})
	}
	sort.SliceStable(d.Operations, func(i, j int) bool {
		a, b := d.Operations[i], d.Operations[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if rank(a.Method) != rank(b.Method) {
			return rank(a.Method) < rank(b.Method)
		}
		return a.Method < b.Method
	})
}

// oneLine folds a multi-line error into one line.
func oneLine(err error) string {
	s := strings.TrimSpace(err.Error())
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return strings.Join(slices.DeleteFunc(lines, func(l string) bool { return l == "" }), "; ")
}
