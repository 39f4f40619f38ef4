package closures

import "net/http"

func factory() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
	}
}

func factoryTwin() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests) // ok
	}
}

func register(mux *http.ServeMux) {
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "slow down", http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// Middleware: the wrapper is the same response; after next runs nothing is known.
func limit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w}
		if r.Header.Get("X-Slow") != "" {
			rec.WriteHeader(http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
			return
		}
		next.ServeHTTP(rec, r)
		rec.WriteHeader(http.StatusTooManyRequests) // ok: next may have done anything
	})
}

// A closure that captures the response starts from an unknown response.
func deferred(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if recover() != nil {
			w.WriteHeader(http.StatusServiceUnavailable) // ok: the closure cannot know what was set before it ran
		}
	}()
	w.WriteHeader(http.StatusOK)
}
