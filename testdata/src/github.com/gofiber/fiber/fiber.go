// Package fiber is a minimal stub of github.com/gofiber/fiber v1.14.6, the
// import path of fiber v1, which statuslint does not model; the unmodelled
// check's fixtures import it. It declares the handler context and a few of
// its response methods; bodies do nothing. The test in tools/stubcheck
// compares this package with the real module.
package fiber

// Handler serves a request.
type Handler = func(*Ctx)

// Ctx is the context of one request.
type Ctx struct{}

// JSON sends data encoded as JSON.
func (ctx *Ctx) JSON(data interface{}) error { return nil }

// SendStatus sets the status and, with no body yet, its text as the body.
func (ctx *Ctx) SendStatus(status int) {}

// Status sets the status.
func (ctx *Ctx) Status(status int) *Ctx { return ctx }
