// Package frameworksem keeps the framework semantics statuslint encodes
// honest.
//
// The adapters for echo v4 and v5 and fiber v2 and v3 encode behaviour that
// differs between versions: fiber v3's c.Redirect().To defaults to 303
// where v2's c.Redirect defaults to 302, fiber v3's SendStatus clears the
// body for 1xx, 204, 205 and 304, echo v5's default error handler takes the
// status from any error with a StatusCode method and exposes the error text
// only when asked to. The tests in testdata/frameworks/semantics serve real
// handlers of the real modules in process (app.Test, httptest) and assert
// that behaviour; this package's test runs them in that nested module.
//
// The test may download the frameworks through the Go module proxy the
// first time; go test -short skips it.
package frameworksem
