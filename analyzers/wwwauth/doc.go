// Package wwwauth defines an Analyzer that reports 401 responses sent
// without a WWW-Authenticate header.
//
// # Analyzer wwwauth
//
// wwwauth: report 401 responses without WWW-Authenticate
//
// HTTP requires a 401 Unauthorized to carry a WWW-Authenticate header
// naming at least one scheme the client can use (Bearer, Basic...).
// Browsers and HTTP client libraries use it to decide how to
// authenticate and retry; without it a 401 is just "no".
//
//	w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
//	w.WriteHeader(http.StatusUnauthorized)
//
// Many JSON APIs leave it out on purpose and document their scheme
// elsewhere, so the check is off by default: enable it with -wwwauth.
package wwwauth
