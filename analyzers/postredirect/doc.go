// Package postredirect defines an Analyzer that reports 301 and 302
// redirects answering requests that change state.
//
// # Analyzer postredirect
//
// postredirect: report 301/302 redirects of POST, PUT, PATCH, DELETE
//
// For historical reasons clients may, and most do, turn a POST into a GET
// when they follow a 301 Moved Permanently or 302 Found, dropping the
// body on the way. An API that moves POST /predict to POST /v1/predict
// with a 301 therefore breaks every old client, quietly.
//
// Use 308 Permanent Redirect or 307 Temporary Redirect, which keep the
// method and the body; or, after a form POST, 303 See Other to send the
// browser to a result page with a GET (post/redirect/get).
//
// The check knows a handler serves a method from its registration
// ("POST /jobs" patterns, r.Post, e.POST, app.Post, gorilla's
// .Methods("POST")) or from a check of r.Method on the path to the
// redirect. A helper that is not exported inherits the method when every
// call of it in the package serves that one method: it sits in the POST
// branch of its handler (if c.Request.Method == "POST" { doLogin(c) }),
// after an early return on other methods, or in handlers registered for
// POST only. Its redirect is reported once, in the helper, and a helper
// whose caller serves a browser counts as serving one too.
// Method-agnostic code, such as middleware that redirects HTTP
// to HTTPS, is not reported. Neither is a 302 from a handler that serves a
// browser (it reads form values, or renders or redirects HTML): there the GET the
// browser follows with is the point, and every browser does it. The
// suggested fix turns 301 into 308 (303 after a form), and 302 into 307.
package postredirect
