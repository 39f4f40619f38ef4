package routes

// Behaviour is what a router answers on its own, before or instead of a
// route's handler, with its default configuration. The contract check
// needs it to tell statuses the code sends from statuses the framework
// adds. Each entry was read in the framework's source at the version the
// test stubs mirror (net/http: the Go 1.26 toolchain).
type Behaviour struct {
	// NotFound is the status for a path no route matches.
	NotFound int
	// MethodNotAllowed is the status for a path some route matches with
	// another method (404 where the router does not tell the two apart by
	// default); AllowHeader says whether that answer lists the methods.
	MethodNotAllowed int
	AllowHeader      bool
	// SlashRedirect is the status of the router's own redirect between a
	// path with and without its trailing slash (0: none): net/http for a
	// subtree root, gin in both directions (301 for GET, 307 otherwise).
	SlashRedirect      int
	SlashRedirectOther int // for methods other than GET, when it differs
	// CleanRedirect is the status of the redirect for paths with . or ..
	// segments or repeated slashes (0: none).
	CleanRedirect int
	// ErrorStatus is the status the default error handler sends for an
	// error a handler returns that carries none (0: handlers return no
	// errors).
	ErrorStatus int
}

// BehaviourOf returns the default behaviour of a framework's router.
func BehaviourOf(fw string) Behaviour {
	switch fw {
	case NetHTTP:
		// The mux's redirects are 307 in Go 1.26; older releases sent 301.
		return Behaviour{NotFound: 404, MethodNotAllowed: 405, AllowHeader: true, SlashRedirect: 307, CleanRedirect: 307}
	case Chi:
		return Behaviour{NotFound: 404, MethodNotAllowed: 405, AllowHeader: true}
	case Gorilla:
		return Behaviour{NotFound: 404, MethodNotAllowed: 405, CleanRedirect: 301}
	case Gin:
		// HandleMethodNotAllowed is off by default: a wrong method is a 404.
		return Behaviour{NotFound: 404, MethodNotAllowed: 404, SlashRedirect: 301, SlashRedirectOther: 307}
	case Echo:
		return Behaviour{NotFound: 404, MethodNotAllowed: 405, AllowHeader: true, ErrorStatus: 500}
	case Fiber:
		return Behaviour{NotFound: 404, MethodNotAllowed: 405, ErrorStatus: 500}
	}
	return Behaviour{}
}
