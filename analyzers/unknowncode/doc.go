// Package unknowncode defines an Analyzer that reports HTTP status codes
// nobody registered.
//
// # Analyzer unknowncode
//
// unknowncode: report status codes that are invalid or not registered
//
// Monitoring, load balancers, caches and client retry logic sort a
// response by its number: 2xx worked, 4xx is the caller's fault, 5xx is
// ours. A code nobody registered, such as 230 or 299, is read as a bare
// member of its class and loses whatever meaning its author gave it; a
// code of 600 or more belongs to no class at all; and net/http panics
// at run time on any code below 100 or above 999.
//
// The check looks at every place that sets a response status with a
// value known at compile time: WriteHeader on http.ResponseWriter and on
// every type that implements it, http.Error, http.Redirect,
// http.RedirectHandler, the status arguments of gin, echo and fiber
// (c.JSON, c.String, c.Status, c.NoContent, echo.NewHTTPError,
// fiber.NewError...), and, as the response model sees them, the status
// handed to a helper in any package (writeJSON(w, 230, v)), the
// constants assigned to a variable that is sent as the status, and the
// constants a mapping function of the package returns when its result is
// sent. Literals, named constants from any package and constant
// expressions all count; comparisons such as resp.StatusCode >= 400 and
// client code are never reported.
//
// gin reads a status of zero or less as "keep the one already set"
// (c.Render(-1, sse) is how it streams events), so those are not
// reported for gin; net/http panics on them. An error value built with a
// status at package level that no function of the package uses (echo's
// ErrTeapot in a full table of sentinels) sends nothing and is not
// reported; the code is judged where it is sent, or where an error that
// is returned is built.
//
// A code below 100 or above 999 is reported as a crash waiting to happen;
// 600 to 999, and unregistered codes from 100 to 599, are reported with
// the standard code of the same class to send instead. Keep your own
// error taxonomy in the body, where clients can read it:
//
//	w.WriteHeader(http.StatusBadRequest)
//	json.NewEncoder(w).Encode(apiError{Code: "MODEL_OVERLOADED", Detail: "..."})
//
// A status set through a package-level constant of the same package is
// reported once, at the constant.
//
// Some non-standard codes are used on purpose, such as 499 for a client
// that closed the connection, written only to access logs, or 520 behind
// a CDN that expects it. List them with -unknowncode.allow=499,520.
package unknowncode
