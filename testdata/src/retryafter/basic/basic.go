package basic

import (
	"net/http"
	"strconv"
)

func limited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header; set it before WriteHeader so clients know when to retry`
}

func limitedTwin(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "30")
	w.WriteHeader(http.StatusTooManyRequests) // ok: Retry-After first
}

func unavailable(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "down for maintenance", http.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header; set it before http.Error`
}

func unavailableTwin(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", strconv.Itoa(120))
	http.Error(w, "down for maintenance", http.StatusServiceUnavailable) // ok
}

func late(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(429)                // want `Retry-After is set after the 429 Too Many Requests status went out, so net/http drops it; set it before WriteHeader`
	w.Header().Set("Retry-After", "5") // the dropped header
}

func lateTwin(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "5")
	w.WriteHeader(429) // ok
}

func mapWrite(w http.ResponseWriter, r *http.Request) {
	w.Header()["Retry-After"] = []string{"5"}
	w.WriteHeader(429) // ok: a direct map write counts
}

func viaVariable(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Add("retry-after", "5")
	w.WriteHeader(429) // ok: set through a variable, in any case
}

func deleted(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Retry-After", "5")
	h.Del("Retry-After")
	w.WriteHeader(429) // want `429 Too Many Requests sent without a Retry-After header`
}

func otherCodes(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusBadGateway) // ok: 502 needs no Retry-After
}

func dynamicName(w http.ResponseWriter, r *http.Request, name string) {
	w.Header().Set(name, "5")
	w.WriteHeader(429) // ok: the header name is not known, it may be Retry-After
}

func localStatus(w http.ResponseWriter, r *http.Request) {
	status := http.StatusTooManyRequests
	w.WriteHeader(status) // want `429 Too Many Requests sent without a Retry-After header`
}

func localStatusTwin(w http.ResponseWriter, r *http.Request) {
	status := http.StatusTooManyRequests
	w.Header().Set("Retry-After", "1")
	w.WriteHeader(status) // ok
}

type server struct{}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header`
}

// The response escapes into code the model cannot see: silent.
func escaped(w http.ResponseWriter, r *http.Request, decorate func(http.ResponseWriter)) {
	decorate(w)
	w.WriteHeader(429) // ok: decorate may have set it
}

func superfluous(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.WriteHeader(429) // ok for this check: the 429 never goes out (headerorder reports the second WriteHeader)
}

func newReadinessProbe(ping func() error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if ping() != nil {
			http.Error(w, "database unreachable", http.StatusServiceUnavailable) // ok: probes are polled on a schedule, Retry-After is never read
			return
		}
		w.WriteHeader(http.StatusOK)
	}
}

func healthz(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusServiceUnavailable) // ok: a health probe
}
