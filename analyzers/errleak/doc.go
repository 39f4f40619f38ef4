// Package errleak defines an Analyzer that reports raw error text sent
// in 5xx response bodies.
//
// # Analyzer errleak
//
// errleak: report raw error text in 5xx response bodies
//
// When a server fails, the error it got usually names its insides: a SQL
// statement, a file path, a host and port, a library's message. Sent to
// the client in a 500 it helps no one but an attacker, and it ties the
// API's behaviour to the wording of every dependency.
//
// The check reports a 5xx body that carries the text of an error: the
// error itself written with fmt, err.Error(), or text built from it
// (fmt.Sprintf("db: %v", err), "failed: "+err.Error(), fmt.Errorf),
// directly or inside a map or struct literal, followed through locals,
// builders, field and index assignments and helpers in any package.
//
// The finding goes where the text is made. respondError(w, 500,
// err.Error()) is judged at the call, which builds the text. A helper
// that is handed the error and writes its text itself, such as
// serverError(w, err) calling http.Error(w, err.Error(), 500), is
// reported once, in the helper, with its calls in the same package as
// related positions, and its calls are not reported: ten callers are one
// fix. It is reported when a caller in its own package hands it an error
// whose text is not fixed; an exported helper with no such caller is
// judged at each call in the packages that import it. A helper whose
// status comes from its caller is judged at each call as well.
//
// Not reported: 4xx bodies (validation messages are the client's
// business); errors whose text is a compile-time constant (a sentinel
// such as var ErrNotFound = errors.New("not found"), a type whose Error
// method returns constants, or ctx.Err(), which is context.Canceled or
// context.DeadlineExceeded); an error value encoded as JSON, which is
// {}; text that went through a function of
// our own (a sanitiser); writes under a debug switch; and bodies whose
// status is not known to be 5xx.
//
// Log the error server-side, and send a generic message with a request
// ID that support can search for:
//
//	log.Printf("create job [%s]: %v", reqID, err)
//	writeJSON(w, http.StatusInternalServerError, apiError{Detail: "internal error", RequestID: reqID})
package errleak
