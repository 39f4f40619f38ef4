// Package errorbody defines an Analyzer that reports errors sent with a
// success status.
//
// # Analyzer errorbody
//
// errorbody: report errors sent with a 2xx status
//
// Monitoring, load balancers, caches and client retry logic look at the
// status code, not at the body. An error sent as 200 OK counts as a
// success everywhere that matters: dashboards stay green, a failed
// request is cached, a client that should retry does not.
//
// The check reports:
//
//   - http.Error called with a 2xx status;
//   - an error-shaped body written with an explicit 2xx status
//     (WriteHeader(200), c.JSON(http.StatusOK, ...), a helper given 200);
//   - an error-shaped body written in a failure branch (if err != nil,
//     if !ok, a case of errors.Is) with no status before it, which net/http
//     sends as an implicit 200.
//
// A body is error-shaped when it is an error value, text made from one
// (err.Error(), fmt.Sprintf("...%v", err), "x: "+err.Error()), constant
// text that opens with "error:", a struct whose type is named for an
// error or a problem, or a map, struct or JSON text (a literal such as
// `{"error":"..."}` written as bytes, or a format that builds one) that
// has:
//
//   - an error key (-errorbody.keys, by default error, errors, err and
//     error_message) whose value is not nil or empty;
//   - "success" or "ok" literally false;
//   - a message field (message, msg, detail, reason...) holding an
//     error's text: {Code: 1, Message: err.Error()};
//   - a code field (code, errcode, status...) holding an application
//     error code: a constant named for an error or a failure, or a number
//     that is negative or reads as an HTTP error class (500, 40001);
//   - a "status" of "error" or "fail", as JSend envelopes say it.
//
// Values are followed through locals, field and index assignments,
// json.Marshal and helpers in any package, so a helper that marshals v
// and writes the bytes is judged with the v each caller gives it.
//
// A 200 envelope whose error field is nil or left out is a success, and
// so is a result the caller may not like (a low-confidence prediction is
// still a 200). A list under "errors" is not reported either: GraphQL
// and batch endpoints report partial failures that way, with a 200, on
// purpose. A body that has an identity field (id, uuid, a name ending in
// ID or _id, other than a request, trace or error ID) or a lifecycle
// state (state, phase) next to its error field describes a resource: a
// job that failed is the right answer to GET of that job, so its error
// field is not the request's failure. Only "status" is not taken as a
// state, because envelopes use it for the outcome of the request.
//
// A helper that writes the code it is given into the body and sends a
// 2xx (errorResp(c, "slow down", 429) writing {"code": code} with 200)
// carries the real status in the body only. It is reported once, at its
// write, when a caller in its own package gives it an error code, with
// those calls as related positions; callers in other packages are
// reported at the call when the helper's own package did not report it.
//
// Send the status that matches the problem, with the details in the body:
//
//	w.WriteHeader(http.StatusUnprocessableEntity)
//	json.NewEncoder(w).Encode(apiError{Code: "INVALID_INPUT", Detail: "..."})
package errorbody
