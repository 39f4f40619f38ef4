package basic

import (
	"net/http"
	"net/http/httptest"
)

func invented(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(230) // want `status 230 is not a registered HTTP status code; tools that classify by number see only a 2xx: send 200 OK and carry your own code in the body`
}

func inventedTwin(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(200) // ok: registered
}

func belowRange(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "bad", 42) // want `status 42 is outside 100-999 and net/http panics when it is sent`
}

func belowRangeTwin(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "bad", http.StatusBadRequest) // ok: a constant of net/http
}

func aboveRange(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(1000) // want `status 1000 is outside 100-999 and net/http panics when it is sent`
}

func noClass(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(600) // want `status 600 is in no HTTP class, so clients and proxies cannot tell success from failure; send a registered code and carry your own code in the body`
}

func noClassTwin(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(599 - 96) // ok: 503, a constant expression that is registered
}

func constExpr(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusBadRequest + 99) // want `status 499 is not a registered HTTP status code; tools that classify by number see only a 4xx: send 400 Bad Request`
}

func interim(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(199) // want `status 199 is not a registered HTTP status code; clients do not know what to do with an unknown interim response: send a registered 1xx, or none`
}

func interimTwin(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(104) // ok: Upload Resumption Supported, a temporary registration resumable uploads use
}

func unused(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTeapot) // want `status 418 is reserved and unused in the HTTP status registry`
}

func redirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/next", 399) // want `status 399 is not a registered HTTP status code; tools that classify by number see only a 3xx`
}

func redirectTwin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/next", http.StatusSeeOther) // ok: registered
}

var handler = http.RedirectHandler("/x", 309) // want `status 309 is not a registered HTTP status code`

var handlerTwin = http.RedirectHandler("/x", http.StatusPermanentRedirect) // ok: registered

// recorder implements http.ResponseWriter, so its WriteHeader sets a status too.
type recorder struct {
	http.ResponseWriter
	code int
}

func (r *recorder) WriteHeader(code int) { r.code = code; r.ResponseWriter.WriteHeader(code) }

func wrapped(w http.ResponseWriter, r *http.Request) {
	rec := &recorder{ResponseWriter: w}
	rec.WriteHeader(299) // want `status 299 is not a registered HTTP status code`
}

func wrappedTwin(w http.ResponseWriter, r *http.Request) {
	rec := &recorder{ResponseWriter: w}
	rec.WriteHeader(http.StatusAccepted) // ok: registered
}

func testRecorder() {
	rec := httptest.NewRecorder()
	rec.WriteHeader(http.StatusOK) // ok: registered
}

// Reading statuses is not sending them.
func client(resp *http.Response) bool {
	return resp.StatusCode >= 400 && resp.StatusCode != 499 // ok: a comparison
}

// A variable status is not known at compile time.
func dynamic(w http.ResponseWriter, code int) {
	w.WriteHeader(code) // ok: unknown value
}

// notWriter has a WriteHeader method but is no http.ResponseWriter.
type notWriter struct{}

func (notWriter) WriteHeader(code int) {}

func lookalike() {
	notWriter{}.WriteHeader(230) // ok: not a response
}
