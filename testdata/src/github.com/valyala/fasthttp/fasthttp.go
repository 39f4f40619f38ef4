// Package fasthttp is a minimal stub of github.com/valyala/fasthttp v1.69.0
// (the version github.com/gofiber/fiber/v3 v3.1.0 resolves to; fiber v2
// builds with it too), present only because fiber hands out
// *fasthttp.RequestCtx ((*fiber.Ctx).Context in v2, Ctx.RequestCtx in v3)
// and v3 accepts fasthttp handlers. It declares that type with its
// context.Context methods and the few response setters handler code calls
// on it, and RequestHandler. Bodies do nothing. The test in tools/stubcheck
// compares this package with the real module.
package fasthttp

import (
	"context"
	"time"
)

// RequestCtx contains incoming request and manages outgoing response.
type RequestCtx struct{}

var _ context.Context = (*RequestCtx)(nil)

// RequestHandler serves a request.
type RequestHandler func(ctx *RequestCtx)

// Deadline returns the time when work done on behalf of this context should be canceled.
func (ctx *RequestCtx) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

// Done returns a channel which is closed when the server is shutting down.
func (ctx *RequestCtx) Done() <-chan struct{} { return nil }

// Err returns a non-nil error value after Done is closed.
func (ctx *RequestCtx) Err() error { return nil }

// Value returns the value associated with attributes context.
func (ctx *RequestCtx) Value(key interface{}) interface{} { return nil }

// UserValue returns the value stored via SetUserValue* under the given key.
func (ctx *RequestCtx) UserValue(key interface{}) interface{} { return nil }

// SetUserValue stores the given value (arbitrary object) under the given key in ctx.
func (ctx *RequestCtx) SetUserValue(key interface{}, value interface{}) {}

// SetStatusCode sets response status code.
func (ctx *RequestCtx) SetStatusCode(statusCode int) {}

// SetContentType sets response Content-Type.
func (ctx *RequestCtx) SetContentType(contentType string) {}

// SetBody sets response body to the given value.
func (ctx *RequestCtx) SetBody(body []byte) {}

// SetBodyString sets response body to the given value.
func (ctx *RequestCtx) SetBodyString(body string) {}

// Error sets response status code to the given value and sets response body to the given message.
func (ctx *RequestCtx) Error(msg string, statusCode int) {}

// Redirect sets 'Location: uri' response header and sets the given statusCode.
func (ctx *RequestCtx) Redirect(uri string, statusCode int) {}

// Write writes p into response body.
func (ctx *RequestCtx) Write(p []byte) (int, error) { return len(p), nil }

// WriteString appends s to response body.
func (ctx *RequestCtx) WriteString(s string) (int, error) { return len(s), nil }
