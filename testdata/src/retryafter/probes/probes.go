package probes

import (
	"net/http"
	"sync/atomic"

	"github.com/gin-gonic/gin"
)

type manager struct{ ready atomic.Bool }

func (m *manager) IsReady() bool { return m.ready.Load() }

var health manager

func Routes(mux *http.ServeMux, db pinger) {
	mux.HandleFunc("GET /readyz", dbCheck(db))
	mux.HandleFunc("GET /healthz", componentCheck)
	mux.HandleFunc("GET /jobs/{id}/status", jobStatus)
	mux.HandleFunc("GET /api/items", listItems)
}

type pinger interface{ Ping() error }

// Registered at a probe path, through a factory of this package.
func dbCheck(db pinger) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := db.Ping(); err != nil {
			http.Error(w, "database unreachable", http.StatusServiceUnavailable) // ok: registered at /readyz
			return
		}
		w.WriteHeader(http.StatusOK)
	}
}

func componentCheck(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("verbose") != "" {
		w.Header().Set("X-Verbose", "1")
	}
	w.WriteHeader(http.StatusServiceUnavailable) // ok: registered at /healthz
}

// A resource's status is not a probe.
func jobStatus(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header`
}

func listItems(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header`
}

// Answering only from a health state, registered in another package: the
// shape of a framework's built-in health handler.
func CreateHandler(reply string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		if health.IsReady() {
			_, _ = w.Write([]byte(reply))
		} else {
			http.Error(w, "Service Unavailable", http.StatusServiceUnavailable) // ok: chosen by the health state alone
		}
	}
}

// The same condition in a handler that serves the request: clients of
// the API need to know when to come back.
func CreateAPIHandler(store map[string]string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !health.IsReady() {
			http.Error(w, "starting up", http.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header`
			return
		}
		_, _ = w.Write([]byte(store[r.URL.Query().Get("key")]))
	}
}

// A probe that pings with the request's context still reads nothing of
// the request.
func NewPingHandler(db interface{ PingContext(any) error }) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		err := db.PingContext(r.Context())
		if err != nil {
			w.WriteHeader(http.StatusServiceUnavailable) // ok: chosen by a ping's result
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}

// Named for a probe, registered elsewhere: the condition names no state.
type HealthHandler struct{ check func() bool }

func (h *HealthHandler) Readiness(c *gin.Context) {
	if ok := h.check(); !ok {
		c.JSON(http.StatusServiceUnavailable, gin.H{"status": "unavailable"}) // ok: a readiness method of a health handler
		return
	}
	c.JSON(http.StatusOK, gin.H{"status": "ready"})
}

// Words, not substrings: shipping is not ping, delivery is not live.
func ShippingQuote(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusServiceUnavailable) // want `503 Service Unavailable sent without a Retry-After header`
}

// A 429 from a probe is still a rate limit.
func PingLimited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
}
