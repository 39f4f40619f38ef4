// Package retryafter defines an Analyzer that reports 429 and 503
// responses sent without a Retry-After header.
//
// # Analyzer retryafter
//
// retryafter: report 429 and 503 responses without Retry-After
//
// A 429 Too Many Requests or 503 Service Unavailable tells the client to
// come back later; Retry-After tells it when, in seconds or as an HTTP
// date. Without it, well-behaved clients guess, and most guess "now":
// every retry lands on a service that is already overloaded.
//
// The check follows each handler path to the call that sends a 429 or
// 503 (WriteHeader, http.Error, c.JSON(429, ...), a helper such as
// writeError(w, 503, ...) in any package) and reports it when no path to
// that call sets Retry-After first:
//
//	w.Header().Set("Retry-After", strconv.Itoa(seconds))
//	w.WriteHeader(http.StatusTooManyRequests)
//
// A Retry-After set after the status went out is silently dropped by
// net/http; that is reported here too, pointing at both lines.
//
// A 503 from a health, readiness or liveness probe is left alone: the
// load balancers and orchestrators that poll it never read Retry-After.
// A handler is taken for a probe when it is registered in the package at
// a probe path (/health, /healthz, /readyz, /livez, /ping, /status...,
// with no path parameter), when its name, its enclosing function's or its
// receiver type's has a probe word in it (HealthHandler.Readiness, livez;
// whole words, so shipping and delivery do not count), or when the 503
// sits in a branch on a health state (if mgr.IsReady(), err :=
// db.Ping()) in a handler that reads nothing of its request but its
// context. A 429 is a rate limit even there.
//
// Default callbacks, such as a limiter's handler set with if l.onLimit ==
// nil { l.onLimit = onLimit }, run after the code that calls them set
// the header, and are not judged as handlers. Nor are fake servers:
// handlers given to httptest.NewServer outside _test.go files. Paths on
// which the response escapes into code the check cannot see, or on which
// some path may set the header, are not reported.
package retryafter
