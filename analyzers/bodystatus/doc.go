// Package bodystatus defines an Analyzer that reports bodies written
// with a status that cannot carry one.
//
// # Analyzer bodystatus
//
// bodystatus: report bodies sent with 1xx, 204, 205 or 304
//
// A 204 No Content, 205 Reset Content, 304 Not Modified or any 1xx
// response ends at its headers. net/http refuses the body
// (Write returns http.ErrBodyNotAllowed, which handlers rarely check),
// gin and fiber silently drop it, and a client or proxy that reads it
// anyway can mistake it for the start of the next response on the
// connection. Either way the bytes never reach the caller, so the code
// that builds them is dead or, worse, was meant to be sent.
//
// The check reports a body write on a path whose status is one of
// these, and http.Error, c.JSON and the like called with one of them:
//
//	w.WriteHeader(http.StatusNoContent) // and nothing after it
//
// or send 200 OK if there is something to say.
//
// A whole response (http.Error, c.JSON) sent after a 1xx, 204 or 304
// already went out is left to headerorder: its status cannot change
// either, and that late call is the defect to fix; the dropped body
// follows from it.
package bodystatus
