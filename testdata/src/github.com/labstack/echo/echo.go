// Package echo is a minimal stub of github.com/labstack/echo
// v3.3.10+incompatible, the import path of echo v3 and earlier, which
// statuslint does not model; the unmodelled check's fixtures import it. It
// declares the handler types and a few response methods; bodies do
// nothing. The test in tools/stubcheck compares this package with the real
// module.
package echo

type (
	// Context is the context of one request (a subset of the real methods).
	Context interface {
		String(code int, s string) error
		JSON(code int, i interface{}) error
		NoContent(code int) error
	}

	// HandlerFunc serves a request.
	HandlerFunc func(Context) error
)
