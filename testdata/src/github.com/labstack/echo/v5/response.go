package echo

import (
	"bufio"
	"log/slog"
	"net"
	"net/http"
)

// Response is echo's http.ResponseWriter, reachable from Context.Response
// through UnwrapResponse.
type Response struct {
	http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

// NewResponse wraps w.
func NewResponse(w http.ResponseWriter, logger *slog.Logger) (r *Response) {
	return &Response{ResponseWriter: w}
}

// Before registers fn to run just before the status is written.
func (r *Response) Before(fn func()) {}

// After registers fn to run after each write.
func (r *Response) After(fn func()) {}

// WriteHeader sends the status line and headers.
func (r *Response) WriteHeader(code int) {}

// Write writes body bytes.
func (r *Response) Write(b []byte) (n int, err error) { return len(b), nil }

// Flush flushes buffered data to the client.
func (r *Response) Flush() {}

// Hijack takes over the connection.
func (r *Response) Hijack() (net.Conn, *bufio.ReadWriter, error) { return nil, nil, nil }

// Unwrap returns the wrapped writer.
func (r *Response) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// UnwrapResponse finds the *Response behind rw.
func UnwrapResponse(rw http.ResponseWriter) (*Response, error) { return nil, nil }
