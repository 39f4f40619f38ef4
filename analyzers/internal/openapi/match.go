package openapi

import (
	"slices"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/routes"
)

// Match pairs a route of the code with an operation of the document.
type Match struct {
	Route *routes.Route
	Op    *Operation
	// Note says how the pair was made when it was not by equal templates
	// and method: through a rest-of-path parameter, a trailing slash, a
	// GET route that also serves HEAD, a route for any method.
	Note string
}

// Matching is the join of a route list with a document.
type Matching struct {
	Matches []Match // in route order, then operation order
	// Unmatched are routes no operation matches; Dynamic are routes whose
	// pattern is not constant, which are not matched.
	Unmatched []*routes.Route
	Dynamic   []*routes.Route
	// Missing are operations no route serves, in document order.
	Missing []*Operation
}

// match levels, best first.
const (
	exact = iota
	slash // equal but for a trailing slash
	rest  // through the route's rest-of-path parameter
	bare  // the paths key without the servers URL's path
	none
)

// MatchRoutes matches routes with the document's operations. Templates
// are compared with parameter names erased ({id} and {userId} are the
// same segment, as OpenAPI has it). Each operation goes to the routes
// that match it best: equal templates before a trailing-slash
// difference, before a catch-all; a route for its method before one
// for any method.
func MatchRoutes(rs []*routes.Route, d *Doc) *Matching {
	m := &Matching{}
	type cand struct {
		route       int
		level, meth int
		note        string
	}
	best := make([][]cand, len(d.Operations))
	for ri, r := range rs {
		if r.DynamicPattern || r.Path == "" {
			continue
		}
		for oi, op := range d.Operations {
			meth, mnote := methodMatch(r, op.Method)
			if meth < 0 {
				continue
			}
			level, pnote := none, ""
			for _, p := range op.Paths {
				if l, n := pathMatch(r, p); l < level {
					level, pnote = l, n
				}
			}
			if level == none && op.SpecPath != op.Path {
				// A servers URL often names a gateway's prefix that the
				// service itself never sees (/auth/v1 in front of /token).
				if l, n := pathMatch(r, op.SpecPath); l < none {
					level, pnote = bare, join("matched without the servers URL path, as the paths key "+op.SpecPath, n)
				}
			}
			if level == none {
				continue
			}
			c := cand{route: ri, level: level, meth: meth, note: join(pnote, mnote)}
			switch {
			case len(best[oi]) == 0 || c.level < best[oi][0].level || (c.level == best[oi][0].level && c.meth < best[oi][0].meth):
				best[oi] = []cand{c}
			case c.level == best[oi][0].level && c.meth == best[oi][0].meth:
				best[oi] = append(best[oi], c)
			}
		}
	}
	matched := make([]bool, len(rs))
	byRoute := make([][]Match, len(rs))
	for oi, cs := range best {
		if len(cs) == 0 {
			m.Missing = append(m.Missing, d.Operations[oi])
			continue
		}
		for _, c := range cs {
			matched[c.route] = true
			byRoute[c.route] = append(byRoute[c.route], Match{Route: rs[c.route], Op: d.Operations[oi], Note: c.note})
		}
	}
	for ri, r := range rs {
		switch {
		case r.DynamicPattern || r.Path == "":
			m.Dynamic = append(m.Dynamic, r)
		case !matched[ri]:
			m.Unmatched = append(m.Unmatched, r)
		default:
			m.Matches = append(m.Matches, byRoute[ri]...)
		}
	}
	return m
}

// methodMatch ranks how a route's method serves an operation's: 0 the
// same method, 1 HEAD through a GET route the router also answers HEAD
// with, 2 a route for any method; -1 not at all.
func methodMatch(r *routes.Route, method string) (int, string) {
	switch {
	case r.Method == method:
		return 0, ""
	case method == "HEAD" && r.Method == "GET" && r.AlsoHead:
		return 1, "HEAD is served by the GET route"
	case r.Method == "":
		return 2, "the route serves every method"
	}
	return -1, ""
}

// pathMatch ranks how a route's template matches an operation's path.
func pathMatch(r *routes.Route, opPath string) (int, string) {
	rt, ot := segments(r.Path), segments(opPath)
	if slices.Equal(rt, ot) {
		return exact, ""
	}
	if slices.Equal(trimSlash(rt), trimSlash(ot)) {
		return slash, "the paths differ by a trailing slash"
	}
	if r.Rest && len(r.Params) > 0 {
		p := r.Params[len(r.Params)-1]
		head := rt[:len(rt)-1] // the catch-all is the last segment
		min := len(head) + 1
		if p.Optional {
			min = len(head)
		}
		if len(ot) >= min && slices.Equal(head, ot[:len(head)]) {
			return rest, "matched through the rest-of-path parameter {" + p.Name + "}, which OpenAPI cannot express"
		}
		// "/static/{*}" also serves "/static" and "/static/".
		if p.Optional && slices.Equal(trimSlash(head), trimSlash(ot)) {
			return rest, "matched through the rest-of-path parameter {" + p.Name + "}, which OpenAPI cannot express"
		}
	}
	return none, ""
}

// segments splits a template into segments with parameter names erased:
// "/users/{id}.json" -> ["users", "{}.json"].
func segments(p string) []string {
	parts := strings.Split(strings.TrimPrefix(p, "/"), "/")
	for i, s := range parts {
		var b strings.Builder
		depth := 0
		for _, c := range s {
			switch {
			case c == '{':
				if depth == 0 {
					b.WriteString("{}")
				}
				depth++
			case c == '}' && depth > 0:
				depth--
			case depth == 0:
				b.WriteRune(c)
			}
		}
		parts[i] = b.String()
	}
	return parts
}

func trimSlash(s []string) []string {
	if n := len(s); n > 0 && s[n-1] == "" {
		return s[:n-1]
	}
	return s
}

func join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}
