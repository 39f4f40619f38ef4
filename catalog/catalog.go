package catalog

import (
	"fmt"
	"slices"
)

// Class is the kind of response a status code announces, given by its
// first digit.
type Class int

// The five classes defined by RFC 9110 §15.
const (
	Informational Class = iota + 1 // 1xx
	Success                        // 2xx
	Redirection                    // 3xx
	ClientError                    // 4xx
	ServerError                    // 5xx
)

// String returns the class in "4xx" form.
func (c Class) String() string {
	if !c.valid() {
		return fmt.Sprintf("Class(%d)", int(c))
	}
	return fmt.Sprintf("%dxx", int(c))
}

// Name returns the class's name, e.g. "Client Error".
func (c Class) Name() string {
	switch c {
	case Informational:
		return "Informational"
	case Success:
		return "Success"
	case Redirection:
		return "Redirection"
	case ClientError:
		return "Client Error"
	case ServerError:
		return "Server Error"
	}
	return c.String()
}

func (c Class) valid() bool { return c >= Informational && c <= ServerError }

// Strength is how strongly an RFC asks for something, in RFC 2119 terms.
// The zero value is deliberately not a strength, so a rule that forgot to
// set one is caught by the tests.
type Strength int

// RFC 2119 requirement levels, weakest first.
const (
	May Strength = iota + 1
	Should
	Must
)

// String returns the RFC 2119 keyword: "MAY", "SHOULD" or "MUST".
func (s Strength) String() string {
	switch s {
	case May:
		return "MAY"
	case Should:
		return "SHOULD"
	case Must:
		return "MUST"
	}
	return fmt.Sprintf("Strength(%d)", int(s))
}

// HeaderRule is a response header that goes with a status code.
type HeaderRule struct {
	Name     string   // canonical header name as the RFCs spell it, e.g. "WWW-Authenticate"
	Strength Strength // how strongly the response should carry it
	Note     string   // when and why the header is needed
}

// Code is one HTTP status code with everything statuslint knows about it.
type Code struct {
	Code int
	// Reason is the registry's reason phrase. It follows RFC 9110, so it
	// differs from http.StatusText for 413, 414, 416 and 422, where net/http
	// keeps the older names. 306 has no name beyond "(Unused)"; 418 keeps
	// "I'm a teapot", the name it is known by, although the registry lists it
	// as unused.
	Reason string
	// Registered reports whether the IANA registry assigns the code. It is
	// false for 306 and 418, which the registry reserves as unused.
	Registered bool
	// BodyAllowed is false for codes whose responses never carry content
	// (1xx, 204, 205, 304). It is at least as strict as net/http, which
	// still lets a 205 carry a body.
	BodyAllowed bool
	// Const is the net/http constant's name, e.g. "StatusTooManyRequests",
	// or "" when net/http has none.
	Const    string
	Headers  []HeaderRule
	Common   bool     // the code is one APIs send and meet all the time
	Summary  string   // one line: what the code means
	Guidance []string // how an API should use it
	RFC      string   // where it is defined, e.g. "RFC 6585 §4"
	// Checks names the statuslint checks whose rule is about this code or
	// its class. Checks that look at every response (stackleak) are listed
	// on the code their rule grew from (500).
	Checks []string
}

// Class returns the code's class.
func (c Code) Class() Class { return Class(c.Code / 100) }

// Constant returns the qualified net/http constant, e.g.
// "http.StatusTooManyRequests", or "" when net/http has none.
func (c Code) Constant() string {
	if c.Const == "" {
		return ""
	}
	return "http." + c.Const
}

// All returns every code in the catalog, sorted by number. The slice is a
// copy; the nested slices are shared and must not be modified.
func All() []Code { return slices.Clone(codes) }

// Lookup returns the catalog entry for code. Codes the registry marks
// unused (306, 418) are found too; check Registered.
func Lookup(code int) (Code, bool) {
	i, ok := slices.BinarySearchFunc(codes, code, func(c Code, n int) int { return c.Code - n })
	if !ok {
		return Code{}, false
	}
	return codes[i], true
}

// ClassOf returns the class of any code from 100 to 599, registered or not.
func ClassOf(code int) (Class, bool) {
	if code < 100 || code > 599 {
		return 0, false
	}
	return Class(code / 100), true
}

// Nearest returns the registered code to use in place of code. A registered
// code is its own answer. Any other code from 100 to 599 (unassigned, or
// reserved like 306 and 418) maps to the generic code of its class: 100, 200,
// 400 or 500, the codes RFC 9110 §15 says a client falls back to. For 3xx it
// returns 307 rather than the fallback 300: an invented 3xx is almost always
// meant as a redirect, and 307 is the one that changes nothing else about the
// request (temporary, method kept), while 300 asks the client to choose among
// representations. It returns false outside 100..599.
func Nearest(code int) (Code, bool) {
	if c, ok := Lookup(code); ok && c.Registered {
		return c, true
	}
	class, ok := ClassOf(code)
	if !ok {
		return Code{}, false
	}
	fallback := int(class) * 100
	if class == Redirection {
		fallback = 307
	}
	return Lookup(fallback)
}

// Phrase returns the code and its reason phrase, e.g. "429 Too Many
// Requests", or just the number for a code the catalog does not hold.
func Phrase(code int) string {
	if c, ok := Lookup(code); ok {
		return fmt.Sprintf("%d %s", c.Code, c.Reason)
	}
	return fmt.Sprint(code)
}

// Decision is one entry of the "which code should I return?" table.
type Decision struct {
	Scenario string // the situation a handler is in
	Code     int    // the code to send
	Alt      []int  // other codes that are also acceptable
	Why      string // the reasoning
	// Check is the statuslint check that enforces the decision, or "" when
	// no check can: the choice depends on meaning a linter cannot see.
	Check string
}

// AntiPattern is a common mistake paired with what to do instead.
type AntiPattern struct {
	Name  string // short id, e.g. "error-as-200"
	Bad   string // the mistake
	Good  string // what to do instead
	Why   string // why it matters
	Check string // the check that enforces it, or "" when none can
}

// Decisions returns the decision table in the order the reference gives it.
func Decisions() []Decision { return slices.Clone(decisions) }

// AntiPatterns returns the anti-patterns in the order the reference gives them.
func AntiPatterns() []AntiPattern { return slices.Clone(antiPatterns) }
