package echo

import (
	"errors"
	"net/http"
)

// Errors whose StatusCode method gives the response status. In the real
// module they are values of an unexported type whose Error method returns
// the status text; the stub declares them with that type's method set.
var (
	ErrBadRequest                  = &httpError{http.StatusBadRequest}
	ErrUnauthorized                = &httpError{http.StatusUnauthorized}
	ErrForbidden                   = &httpError{http.StatusForbidden}
	ErrNotFound                    = &httpError{http.StatusNotFound}
	ErrMethodNotAllowed            = &httpError{http.StatusMethodNotAllowed}
	ErrRequestTimeout              = &httpError{http.StatusRequestTimeout}
	ErrStatusRequestEntityTooLarge = &httpError{http.StatusRequestEntityTooLarge}
	ErrUnsupportedMediaType        = &httpError{http.StatusUnsupportedMediaType}
	ErrTooManyRequests             = &httpError{http.StatusTooManyRequests}
	ErrInternalServerError         = &httpError{http.StatusInternalServerError}
	ErrBadGateway                  = &httpError{http.StatusBadGateway}
	ErrServiceUnavailable          = &httpError{http.StatusServiceUnavailable}
)

// Errors that carry no status: the default error handler answers them with 500.
var (
	ErrValidatorNotRegistered = errors.New("validator not registered")
	ErrRendererNotRegistered  = errors.New("renderer not registered")
	ErrInvalidRedirectCode    = errors.New("invalid redirect status code")
	ErrCookieNotFound         = errors.New("cookie not found")
	ErrInvalidCertOrKeyType   = errors.New("invalid cert or key type, must be string or []byte")
	ErrInvalidListenerNetwork = errors.New("invalid listener network")
	ErrInvalidJSONPCallback   = errors.New("invalid JSONP callback")
)

// HTTPStatusCoder is implemented by errors that choose the response status.
type HTTPStatusCoder interface {
	StatusCode() int
}

// StatusCode returns the status err carries, or 0.
func StatusCode(err error) int { return 0 }

// ResolveResponseStatus returns the status that was or will be sent for rw
// and err.
func ResolveResponseStatus(rw http.ResponseWriter, err error) (resp *Response, status int) {
	return nil, 0
}

// NewHTTPError returns an error that the default error handler answers with
// code and message.
func NewHTTPError(code int, message string) *HTTPError {
	return &HTTPError{Code: code, Message: message}
}

// HTTPError is an error with a status and a message for the client.
type HTTPError struct {
	Code    int    `json:"-"`
	Message string `json:"message"`
}

// StatusCode returns the status.
func (he *HTTPError) StatusCode() int { return he.Code }

// Error describes the error with its code and message.
func (he *HTTPError) Error() string { return "" }

// Wrap returns a copy of he that wraps err.
func (he HTTPError) Wrap(err error) error { return &he }

// Unwrap returns the wrapped error.
func (he *HTTPError) Unwrap() error { return nil }

type httpError struct {
	code int
}

func (he httpError) StatusCode() int { return he.code }

func (he httpError) Error() string { return http.StatusText(he.code) }

func (he httpError) Wrap(err error) error { return &HTTPError{Code: he.code} }
