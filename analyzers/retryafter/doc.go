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
// net/http; that is reported here too, pointing at both lines. A 503 from
// a health or readiness probe (a handler named for health, ready, live,
// probe or ping) is left alone: the orchestrators that poll it never read
// Retry-After. Paths on
// which the response escapes into code the check cannot see, or on which
// some path may set the header, are not reported.
package retryafter
