package callbacks

import (
	"net/http"

	"retryafter/callbacks/lib"
)

func onLimit(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "slow down", http.StatusTooManyRequests) // ok: a callback of the limiter, which set Retry-After first
}

var config = lib.Config{LimitReached: onLimit}

var limiter = lib.Limit(lib.WithLimitHandler(func(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "slow down", http.StatusTooManyRequests) // ok: handed to the library's option
}))

func wrap(h http.HandlerFunc) http.HandlerFunc { return h }

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /a", wrap(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "slow down", http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
	}))
}

// A limiter that fills its callback with a default under if l.x == nil:
// its only caller sets Retry-After first.
type rateLimiter struct {
	onLimited http.HandlerFunc
}

func newLimiter(opts ...func(*rateLimiter)) *rateLimiter {
	l := &rateLimiter{}
	for _, o := range opts {
		o(l)
	}
	if l.onLimited == nil {
		l.onLimited = defaultOnLimited
	}
	return l
}

func defaultOnLimited(w http.ResponseWriter, r *http.Request) {
	http.Error(w, http.StatusText(http.StatusTooManyRequests), http.StatusTooManyRequests) // ok: the default callback, called after Retry-After is set
}

// A handler stored in a field with no default test is a route as any.
type server struct{ limited http.HandlerFunc }

func newServer() *server {
	s := &server{}
	s.limited = limitedRoute
	return s
}

func limitedRoute(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "slow down", http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
}

// http.Server's Handler takes an entry point, in a literal or assigned.
func serve() *http.Server {
	srv := &http.Server{Handler: http.HandlerFunc(limitedEverywhere)}
	return srv
}

func limitedEverywhere(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "slow down", http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
}
