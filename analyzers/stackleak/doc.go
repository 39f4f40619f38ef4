// Package stackleak defines an Analyzer that reports stack traces and
// panic values written into response bodies.
//
// # Analyzer stackleak
//
// stackleak: report stack traces and panic values in response bodies
//
// A stack trace in a response tells whoever sent the request which files,
// functions, library versions and sometimes which arguments your server
// runs: a map for the next attack, and nothing the client can act on.
// The same goes for the value recovered from a panic.
//
// The check reports, whatever the status, a body that carries:
//
//   - debug.Stack(), or a buffer filled by runtime.Stack;
//   - the value recover() returned;
//   - an error formatted with %+v or %#v, which prints the stack trace of
//     errors built with pkg/errors and similar packages.
//
// The value is followed through local variables, string concatenation,
// fmt.Sprint*, strings.Builder and bytes.Buffer, map and struct literals
// and helpers in any package. Writes under a debug switch (if s.debug,
// if cfg.Debug) are left alone.
//
// Log the trace server-side and send a generic message the client can
// quote back:
//
//	log.Printf("panic %v [%s]\n%s", p, reqID, debug.Stack())
//	http.Error(w, "internal error, request id "+reqID, http.StatusInternalServerError)
package stackleak
