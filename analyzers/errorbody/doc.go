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
// (err.Error(), fmt.Sprintf("...%v", err), "x: "+err.Error()), a struct
// whose type is named for an error or a problem, a map or struct literal
// with an error key (-errorbody.keys, by default error, errors, err and
// error_message) whose value is not nil or empty, or an envelope whose
// "success" or "ok" is literally false. A 200 envelope whose error field
// is nil or left out is a success, and so is a result the caller may not
// like (a low-confidence prediction is still a 200). A list under
// "errors" is not reported either: GraphQL and batch endpoints report
// partial failures that way, with a 200, on purpose.
//
// Send the status that matches the problem, with the details in the body:
//
//	w.WriteHeader(http.StatusUnprocessableEntity)
//	json.NewEncoder(w).Encode(apiError{Code: "INVALID_INPUT", Detail: "..."})
package errorbody
