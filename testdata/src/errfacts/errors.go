// Package errfacts holds errors that carry a status or a fixed text;
// what the errfacts analyzer records of each is asserted as a fact.
package errfacts

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// APIError carries its HTTP status in a field.
type APIError struct { // want APIError:`statusField\(HTTPStatus\)`
	HTTPStatus int
	Msg        string
}

func (e *APIError) Error() string { return e.Msg }

// AppError's Code is the application's own: not a status by name alone,
// but it is the only integer field, so it is taken when its values are
// statuses.
type AppError struct { // want AppError:`statusField\(Code\)`
	Code int
}

func (e AppError) Error() string { return "app" } // want Error:"constError"

// NotAnError has a status field but is not an error.
type NotAnError struct{ Status int }

var ErrLimited = echo.NewHTTPError(http.StatusTooManyRequests, "slow down") // want ErrLimited:`statusError\(429 framework\)` ErrLimited:"constError"

var ErrGone = &APIError{HTTPStatus: http.StatusGone, Msg: "gone"} // want ErrGone:`statusError\(410\)`

var ErrApp = AppError{Code: 40001} // ok: not a status

func NewTooMany(msg string) error { // want NewTooMany:`statusError\(429\)`
	return &APIError{HTTPStatus: http.StatusTooManyRequests, Msg: msg}
}

func NewStatus(code int, msg string) *echo.HTTPError { // want NewStatus:`statusError\(param0 framework\)`
	return echo.NewHTTPError(code, msg)
}

func MaybeGone(ok bool) error { // ok: returns nil on one path
	if ok {
		return nil
	}
	return ErrGone
}

// errHTTP is built positionally, with an application code beside the
// HTTP one.
type errHTTP struct { // want errHTTP:`statusField\(HTTPCode\)`
	Code     int
	HTTPCode int
	Message  string
}

func (e *errHTTP) Error() string { return e.Message }

var errTooManyRequests = &errHTTP{42901, http.StatusTooManyRequests, "limit reached"} // want errTooManyRequests:`statusError\(429\)`
