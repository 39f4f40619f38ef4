package echo

import (
	"bufio"
	"net"
	"net/http"
)

// Response wraps an http.ResponseWriter and implements its interface to be used
// by an HTTP handler to construct an HTTP response.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

// NewResponse creates a new instance of Response.
func NewResponse(w http.ResponseWriter, e *Echo) (r *Response) { return &Response{Writer: w} }

// Header returns the header map for the writer that will be sent by WriteHeader.
func (r *Response) Header() http.Header { return nil }

// Before registers a function which is called just before the response is written.
func (r *Response) Before(fn func()) {}

// After registers a function which is called just after the response is written.
func (r *Response) After(fn func()) {}

// WriteHeader sends an HTTP response header with status code.
func (r *Response) WriteHeader(code int) {}

// Write writes the data to the connection as part of an HTTP reply.
func (r *Response) Write(b []byte) (n int, err error) { return len(b), nil }

// Flush implements the http.Flusher interface to allow an HTTP handler to flush
// buffered data to the client.
func (r *Response) Flush() {}

// Hijack implements the http.Hijacker interface.
func (r *Response) Hijack() (net.Conn, *bufio.ReadWriter, error) { return nil, nil, nil }

// Unwrap returns the original http.ResponseWriter.
func (r *Response) Unwrap() http.ResponseWriter { return r.Writer }
