package errreturns

import (
	"net/http"
	"strconv"
)

// The net/http shape: handlers return an error that an adapter writes,
// with the status the error carries.

type statusError struct {
	Code int
	Msg  string
}

func (e statusError) Error() string { return e.Msg }

// throttled also says when to retry: its handler sets the header.
type throttled struct {
	Status     int
	RetryAfter int
}

func (e *throttled) Error() string { return "throttled" }

var errOverloaded = statusError{Code: http.StatusServiceUnavailable, Msg: "overloaded"}

type appHandler func(http.ResponseWriter, *http.Request) error

func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := fn(w, r); err != nil {
		code := http.StatusInternalServerError
		switch e := err.(type) {
		case statusError:
			code = e.Code
		case *throttled:
			w.Header().Set("Retry-After", strconv.Itoa(e.RetryAfter))
			code = e.Status
		}
		http.Error(w, err.Error(), code)
	}
}

func report(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Has("heavy") {
		return errOverloaded // want `503 Service Unavailable sent without a Retry-After header; set it before returning errOverloaded to the handler's error handler`
	}
	w.Write([]byte("report"))
	return nil
}

func reportTwin(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Has("heavy") {
		w.Header().Set("Retry-After", "60")
		return errOverloaded // ok: Retry-After is set before the error goes to the adapter
	}
	w.Write([]byte("report"))
	return nil
}

func slow(w http.ResponseWriter, r *http.Request) error {
	return &throttled{Status: http.StatusTooManyRequests, RetryAfter: 10} // ok: the error carries its Retry-After for the handler to set
}

func register(mux *http.ServeMux) {
	mux.Handle("/report", appHandler(report))
	mux.Handle("/report2", appHandler(reportTwin))
	mux.Handle("/slow", appHandler(slow))
}

// The error type's builder methods hand back their receiver, so the
// status goes with the call (errors of the shape
// NewLimitError().WithCause(err) in real services).
type limitError struct {
	HTTPStatus int
	cause      error
}

func (e *limitError) Error() string { return "limited" }

func (e *limitError) WithCause(err error) *limitError {
	e.cause = err
	return e
}

// Wrapped is no builder: it returns another error, whose status is not
// the receiver's.
func (e *limitError) Wrapped() error { return e.cause }

func newLimitError() *limitError { return &limitError{HTTPStatus: http.StatusTooManyRequests} }

func quota(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return newLimitError().WithCause(err) // want `429 Too Many Requests sent without a Retry-After header; set it before returning newLimitError\(…\).WithCause to the handler's error handler`
	}
	w.Write([]byte("ok"))
	return nil
}

func quotaTwin(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		w.Header().Set("Retry-After", "5")
		return newLimitError().WithCause(err) // ok: Retry-After is set first
	}
	w.Write([]byte("ok"))
	return nil
}

func quotaCause(w http.ResponseWriter, r *http.Request) error {
	if err := r.ParseForm(); err != nil {
		return newLimitError().Wrapped() // ok: the cause's status is not known
	}
	w.Write([]byte("ok"))
	return nil
}

func registerQuota(mux *http.ServeMux) {
	mux.Handle("/quota", appHandler(quota))
	mux.Handle("/quota2", appHandler(quotaTwin))
	mux.Handle("/quota3", appHandler(quotaCause))
}
