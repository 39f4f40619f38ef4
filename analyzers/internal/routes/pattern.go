package routes

import (
	"path"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
)

// Param is one path parameter of a route, in template order.
type Param struct {
	Name string // as declared; "*" or "+" for an anonymous catch-all
	// Rest: the parameter matches the rest of the path, slashes included
	// ({name...}, gin *name, chi/echo/fiber *, a subtree or prefix
	// pattern). OpenAPI has no such template.
	Rest bool
	// Optional: the parameter may match nothing (fiber :id?, a catch-all
	// that matches an empty rest).
	Optional bool
}

// piece is one part of a route's pattern as written at one level: a
// group or mount prefix, or the route's own pattern. The full pattern
// joins every piece, outermost first, with the join rule of the router
// the inner piece was registered on.
type piece struct {
	Fw   string // the adapter whose syntax and join rule apply
	Text string // the text as written; for a dynamic piece, the source expression
	Dyn  bool   // not a constant
	// Prefix: the piece is a prefix the router matches anything under
	// (gorilla PathPrefix); only meaningful for the last piece.
	Prefix bool
	// Param is, for a piece that is a string parameter of the function
	// registering it (Dyn), the parameter's index plus one: each call
	// binds it to its argument.
	Param int
}

// joined is a pattern after joining its pieces.
type joined struct {
	raw      string // the pieces' texts joined, each in its own syntax
	template string // the OpenAPI path template; "" when a piece is dynamic
	params   []Param
	rest     bool
	dynamic  bool
	// slashRedirect: the router answers the path without its trailing
	// slash with a redirect to this one (ServeMux's 301).
	slashRedirect bool
	exact         bool // net/http {$}: the trailing slash matches only itself
}

// join builds the full pattern from its pieces.
func join(pieces []piece) joined {
	var j joined
	for i, p := range pieces {
		last := i == len(pieces)-1
		text := p.Text
		if p.Dyn {
			text = "<" + p.Text + ">"
			j.dynamic = true
		}
		j.raw = joinRaw(p.Fw, j.raw, text, i == 0)
		if p.Dyn {
			continue
		}
		t := normalise(p.Fw, p.Text, last, p.Prefix)
		j.template = joinRaw(p.Fw, j.template, t.template, i == 0)
		j.params = append(j.params, t.params...)
		if last {
			j.rest, j.exact = t.rest, t.exact
			j.slashRedirect = t.slashRedirect
		}
	}
	if j.slashRedirect {
		// "/", "/{$}" and "/{rest...}" have no slashless form to redirect from.
		base := j.template
		if j.rest {
			base = base[:strings.LastIndexByte(base, '{')]
		}
		j.slashRedirect = base != "/"
	}
	if j.dynamic {
		j.template = ""
	}
	if j.template == "" && !j.dynamic {
		j.template = "/"
	}
	if len(pieces) > 0 && syntax(pieces[len(pieces)-1].Fw).DropsSlash && len(j.template) > 1 && !j.rest {
		// The router's default (non-strict) routing drops a trailing
		// slash (fiber).
		j.template = strings.TrimRight(j.template, "/")
	}
	return j
}

// joinRaw joins child to the prefix built so far, as the router child
// was registered on (the adapter fw) does.
func joinRaw(fw, prefix, child string, first bool) string {
	return joinWith(syntax(fw).Join, prefix, child, first)
}

// joinWith joins child to prefix by rule j.
func joinWith(j frameworks.Join, prefix, child string, first bool) string {
	if first {
		return child
	}
	switch j {
	case frameworks.JoinPath:
		// gin's joinPaths: path.Join, keeping a trailing slash.
		if child == "" {
			return prefix
		}
		out := path.Join(prefix, child)
		if strings.HasSuffix(child, "/") && !strings.HasSuffix(out, "/") {
			out += "/"
		}
		return out
	case frameworks.JoinMount:
		// A mounted or routed chi sub-router serves "/" at the prefix
		// itself (and at the prefix with a slash).
		if child == "/" || child == "" {
			return prefix
		}
		return strings.TrimRight(prefix, "/") + child
	case frameworks.JoinTrim:
		return strings.TrimRight(prefix, "/") + child
	case frameworks.JoinSlash:
		if child == "" {
			return prefix
		}
		if !strings.HasPrefix(child, "/") {
			child = "/" + child
		}
		return strings.TrimRight(prefix, "/") + child
	}
	// JoinConcat: echo concatenates group prefix and path; http.StripPrefix
	// hands the rest of the path to the inner handler as it is.
	return prefix + child
}

type normalised struct {
	template      string
	params        []Param
	rest          bool
	exact         bool
	slashRedirect bool
}

// normalise turns one piece of pattern text into an OpenAPI path
// template. last marks the route's own pattern, the only piece whose
// trailing slash or catch-all decides what the route matches; prefix
// marks a gorilla PathPrefix, which matches anything under it.
func normalise(fw, text string, last, prefix bool) normalised {
	syn := syntax(fw)
	switch syn.Params {
	case frameworks.ParamsMux:
		return normaliseMux(text, last)
	case frameworks.ParamsBraces:
		n := normaliseBraces(text, syn.StarRest)
		if last && prefix && !n.rest {
			n.template = strings.TrimRight(n.template, "/") + "/{*}"
			n.params = append(n.params, Param{Name: "*", Rest: true, Optional: true})
			n.rest = true
		}
		return n
	case frameworks.ParamsColon:
		return normaliseColon(syn, text)
	}
	return normalised{template: text}
}

// normaliseMux reads a net/http ServeMux path (method and host already
// removed): {name}, {name...}, {$}, and, in the route's own pattern, a
// trailing slash for a subtree.
func normaliseMux(text string, last bool) normalised {
	var n normalised
	segs := strings.Split(text, "/")
	for i, s := range segs {
		if i > 0 {
			n.template += "/"
		}
		switch {
		case s == "{$}" && i == len(segs)-1:
			n.exact = true
			n.slashRedirect = true
		case strings.HasPrefix(s, "{") && strings.HasSuffix(s, "...}"):
			name := strings.TrimSuffix(s[1:], "...}")
			n.template += "{" + name + "}"
			n.params = append(n.params, Param{Name: name, Rest: true, Optional: true})
			n.rest = true
			n.slashRedirect = true
		case strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}"):
			name := s[1 : len(s)-1]
			n.template += "{" + name + "}"
			n.params = append(n.params, Param{Name: name})
		default:
			n.template += s
		}
	}
	if last && strings.HasSuffix(text, "/") && !n.exact {
		// A subtree: "/static/" serves everything under it, and the mux
		// redirects "/static" to it.
		n.template += "{*}"
		n.params = append(n.params, Param{Name: "*", Rest: true, Optional: true})
		n.rest = true
		n.slashRedirect = true
	}
	return n
}

// normaliseBraces reads chi and gorilla patterns: {name}, {name:regexp}
// (the regexp may hold braces of its own), and chi's trailing * for the
// rest of the path.
func normaliseBraces(text string, chiStar bool) normalised {
	var n normalised
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '{':
			depth, j := 0, i
			for ; j < len(text); j++ {
				if text[j] == '{' {
					depth++
				} else if text[j] == '}' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			inner := text[i+1 : min(j, len(text))]
			name, _, _ := strings.Cut(inner, ":")
			b.WriteString("{" + name + "}")
			n.params = append(n.params, Param{Name: name})
			i = j
		case c == '*' && chiStar && i == len(text)-1:
			b.WriteString("{*}")
			n.params = append(n.params, Param{Name: "*", Rest: true, Optional: true})
			n.rest = true
		default:
			b.WriteByte(c)
		}
	}
	n.template = b.String()
	return n
}

// normaliseColon reads colon patterns (gin, echo, fiber): :name, and the
// catch-alls the syntax has (gin *name, echo *, fiber * and +), with
// fiber's :name? (optional), :name<int> (a constraint) and names ending
// at '-' or '.' where the syntax says so.
func normaliseColon(syn frameworks.Pattern, text string) normalised {
	var n normalised
	var b strings.Builder
	nameEnd := func(c byte) bool {
		if c == '/' {
			return true
		}
		return syn.InSegment && (c == '-' || c == '.' || c == '<' || c == '?')
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == ':' && (i == 0 || text[i-1] == '/' || syn.InSegment):
			j := i + 1
			for j < len(text) && !nameEnd(text[j]) {
				j++
			}
			p := Param{Name: text[i+1 : j]}
			if syn.Constraints && j < len(text) && text[j] == '<' {
				if k := strings.IndexByte(text[j:], '>'); k >= 0 {
					j += k + 1
				}
			}
			if syn.Optional && j < len(text) && text[j] == '?' {
				p.Optional = true
				j++
			}
			b.WriteString("{" + p.Name + "}")
			n.params = append(n.params, p)
			i = j - 1
		case c == '*' && syn.NamedStar:
			name := text[i+1:]
			b.WriteString("{" + name + "}")
			n.params = append(n.params, Param{Name: name, Rest: true, Optional: true})
			n.rest = true
			i = len(text)
		case (c == '*' || (c == '+' && syn.Plus)) && syn.AnonStar:
			j := i + 1
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			name := text[i:j]
			b.WriteString("{" + name + "}")
			n.params = append(n.params, Param{Name: name, Rest: true, Optional: c == '*'})
			n.rest = true
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	n.template = b.String()
	return n
}

// splitMux splits a ServeMux pattern "[METHOD ][HOST]/PATH" into its
// parts. ok is false when the pattern has no path.
func splitMux(pattern string) (method, host, p string, ok bool) {
	rest := pattern
	if i := strings.IndexAny(rest, " \t"); i >= 0 {
		method = rest[:i]
		rest = strings.TrimLeft(rest[i+1:], " \t")
	}
	i := strings.IndexByte(rest, '/')
	if i < 0 {
		return method, "", "", false
	}
	return method, rest[:i], rest[i:], true
}
