// Package bodystatus defines an Analyzer that reports bodies written
// with a status that cannot carry one.
//
// # Analyzer bodystatus
//
// bodystatus: report bodies sent with 1xx, 204, 205 or 304
//
// A 204 No Content, 205 Reset Content, 304 Not Modified or 101 Switching
// Protocols response ends at its headers. net/http refuses the body
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
// The other 1xx statuses (100 Continue, 102 Processing, 103 Early Hints)
// are interim: net/http writes one given to WriteHeader at once, as a
// response of its own, and still waits for the final one. So a call that
// sends a whole response, given such a status (http.Error, a gin or echo
// sender such as c.JSON or c.String, a helper that takes the status),
// does not send the 1xx with the body: the 1xx goes out as an interim
// response, and the response that follows is a 200 OK. Under net/http
// and echo that 200 carries the body; gin drops the body of a status that
// allows none, so its 200 is empty. The check reports the call; send the
// final status the body is meant for.
//
// fiber has no interim responses: fasthttp writes c.Status(100) as the
// whole response, without the body, and a client, taking it for an
// interim response, waits for a final one that never comes. The check
// reports a body sent in the same chain as such a status
// (c.Status(100).JSON(v)).
//
// A 1xx sent alone and followed by the real response is what interim
// responses are for, and is not reported: Link headers, WriteHeader(103),
// then the final status and body (or fiber v3's SendEarlyHints).
//
// A whole response (http.Error, c.JSON) sent after a 101, 204 or 304
// already went out is left to headerorder: its status cannot change
// either, and that late call is the defect to fix; the dropped body
// follows from it.
package bodystatus
