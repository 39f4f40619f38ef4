// Package openapi loads a service's OpenAPI document (3.0, 3.1 or 3.2,
// or Swagger 2.0; YAML or JSON) and reduces it to what the contract check
// compares with the code: each operation's method and full path template
// (after the servers' URL paths or Swagger's basePath), the statuses it
// declares, and the headers declared on each response. It also matches
// discovered routes with operations.
//
// Documents are parsed with github.com/getkin/kin-openapi, once per
// process for each path and content.
package openapi

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi3"
	"go.yaml.in/yaml/v4"
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

var cache sync.Map // file + "\x00" + hash -> *loaded

type loaded struct {
	once sync.Once
	doc  *Doc
	err  error
}

// Load reads and parses the document at file. The result is cached per
// process by absolute path and content hash, so each package's pass
// shares one parse, and an edited file is read afresh. Errors are one
// line, naming the file.
func Load(file string) (*Doc, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("OpenAPI document %s: no such file", file)
		}
		return nil, fmt.Errorf("OpenAPI document %s: %v", file, oneLine(err))
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		abs = file
	}
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	v, _ := cache.LoadOrStore(abs+"\x00"+hash, &loaded{})
	l := v.(*loaded)
	l.once.Do(func() {
		l.doc, l.err = parse(file, abs, data)
		if l.doc != nil {
			l.doc.Hash = hash
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
		return nil, fail("not valid YAML or JSON: %v", strings.TrimPrefix(err.Error(), "yaml: "))
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
		doc, err := parse2(data)
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

func parse3(abs string, data []byte) (*Doc, error) {
	loader := openapi3.NewLoader()
	loader.IncludeOrigin = true
	loader.IsExternalRefsAllowed = true
	loader.ReadFromURIFunc = readLocal
	loc := &url.URL{Path: filepath.ToSlash(abs)}
	t, err := loader.LoadFromDataWithPath(data, loc)
	if err != nil {
		return nil, err
	}
	doc := &Doc{}
	top := serverPaths(t.Servers)
	if t.Paths == nil {
		return doc, nil
	}
	for _, p := range t.Paths.InMatchingOrder() {
		item := t.Paths.Value(p)
		if item == nil {
			continue
		}
		prefixes := top
		if len(item.Servers) > 0 {
			prefixes = serverPaths(item.Servers)
		}
		for method, o := range item.Operations() {
			if o == nil {
				continue
			}
			pre := prefixes
			if o.Servers != nil && len(*o.Servers) > 0 {
				pre = serverPaths(*o.Servers)
			}
			op := &Operation{Method: strings.ToUpper(method), SpecPath: p, OperationID: o.OperationID}
			if o.Origin != nil && o.Origin.Key != nil {
				op.Line = o.Origin.Key.Line
			}
			op.setPaths(pre, p)
			if o.Responses != nil {
				for key, ref := range o.Responses.Map() {
					r := newResponse(key)
					if ref != nil && ref.Value != nil {
						for h := range ref.Value.Headers {
							r.Headers = append(r.Headers, http.CanonicalHeaderKey(h))
						}
					}
					op.add(r)
				}
			}
			doc.Operations = append(doc.Operations, op)
		}
	}
	doc.sort()
	return doc, nil
}

// readLocal reads a document another one refers to: local files only.
func readLocal(loader *openapi3.Loader, u *url.URL) ([]byte, error) {
	if u.Scheme != "" && u.Scheme != "file" {
		return nil, fmt.Errorf("reference to %s: only files next to the document can be referred to", u)
	}
	return os.ReadFile(filepath.FromSlash(u.Path))
}

func parse2(data []byte) (*Doc, error) {
	var t openapi2.T
	if err := openapi2.UnmarshalFromData(data, &t); err != nil {
		return nil, err
	}
	doc := &Doc{}
	prefixes := []string{strings.TrimRight(t.BasePath, "/")}
	for p, item := range t.Paths {
		if item == nil {
			continue
		}
		for method, o := range item.Operations() {
			if o == nil {
				continue
			}
			op := &Operation{Method: strings.ToUpper(method), SpecPath: p, OperationID: o.OperationID}
			op.setPaths(prefixes, p)
			if o.Responses != nil {
				for key, resp := range o.Responses.Map() {
					r := newResponse(key)
					if resp != nil && resp.Ref != "" {
						name, ok := strings.CutPrefix(resp.Ref, "#/responses/")
						if !ok || t.Responses[name] == nil {
							return nil, fmt.Errorf("cannot resolve $ref %q in %s %s responses %s", resp.Ref, op.Method, p, key)
						}
						resp = t.Responses[name]
					}
					if resp != nil {
						for h := range resp.Headers {
							r.Headers = append(r.Headers, http.CanonicalHeaderKey(h))
						}
					}
					op.add(r)
				}
			}
			doc.Operations = append(doc.Operations, op)
		}
	}
	doc.sort()
	return doc, nil
}

// serverPaths returns the distinct URL paths of servers, without a
// trailing slash, in order; [""] when there are none.
func serverPaths(servers openapi3.Servers) []string {
	var out []string
	for _, s := range servers {
		if s == nil {
			continue
		}
		raw := s.URL
		for name, v := range s.Variables {
			if v != nil {
				raw = strings.ReplaceAll(raw, "{"+name+"}", v.Default)
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
