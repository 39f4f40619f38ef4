// Package fakes is a helper package of fake servers for a client's tests,
// in files that are not _test.go files.
package fakes

import (
	"net/http"
	"net/http/httptest"

	"github.com/gin-gonic/gin"
)

// Given to the test server directly, through http.HandlerFunc.
func NewBusyServer() *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "slow down", http.StatusTooManyRequests) // ok: a fake server for a client's tests
	}))
}

// Through a local variable.
func NewDownServer() *httptest.Server {
	h := func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusServiceUnavailable) // ok: a fake server, reached through a variable
	}
	return httptest.NewTLSServer(http.HandlerFunc(h))
}

// A mux held here and given to the test server only.
func NewMuxServer() *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/query", fakeQuery)
	srv := httptest.NewUnstartedServer(mux)
	srv.Start()
	return srv
}

func fakeQuery(w http.ResponseWriter, r *http.Request) {
	writeBusy(w) // ok: a handler of the fake mux, through a helper only fakes call
}

func writeBusy(w http.ResponseWriter) {
	w.WriteHeader(http.StatusTooManyRequests)
}

// A gin engine and its group, given to the test server only.
func NewGinServer() *httptest.Server {
	r := gin.New()
	v1 := r.Group("/v1")
	v1.GET("/items", func(c *gin.Context) {
		c.JSON(http.StatusTooManyRequests, gin.H{}) // ok: a route of the fake gin engine
	})
	return httptest.NewServer(r)
}

// The ServeHTTP method of a fake type.
type fakeUpstream struct{ down bool }

func (f *fakeUpstream) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusServiceUnavailable) // ok: the fake type given to the test server
}

func NewUpstream() *httptest.Server { return httptest.NewServer(&fakeUpstream{down: true}) }

// A mux also served for real: its handlers are the service's.
func NewSharedMux() (*http.ServeMux, *httptest.Server) {
	mux := http.NewServeMux()
	mux.HandleFunc("/limited", sharedLimited)
	return mux, httptest.NewServer(mux)
}

func sharedLimited(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
}

// A handler given to the test server and also registered on a router it
// is handed: the route is real.
func Routes(mux *http.ServeMux) *httptest.Server {
	mux.HandleFunc("/jobs", limitedJobs)
	return httptest.NewServer(http.HandlerFunc(limitedJobs))
}

func limitedJobs(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTooManyRequests) // want `429 Too Many Requests sent without a Retry-After header`
}

// The same helper called from a real handler is judged there.
func realQuery(w http.ResponseWriter, r *http.Request) {
	writeBusy(w) // want `429 Too Many Requests sent without a Retry-After header`
}

func RealRoutes(mux *http.ServeMux) { mux.HandleFunc("/real", realQuery) }
