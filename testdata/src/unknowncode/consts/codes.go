package consts

import "net/http"

// StatusClientClosed is sent at two places: one root cause, one finding.
const StatusClientClosed = 499 // want `status 499 is not a registered HTTP status code; tools that classify by number see only a 4xx: send 400 Bad Request and carry your own code in the body \(constant StatusClientClosed, sent as a status at 2 places\)`

// StatusOKish is declared but never sent: nothing to report.
const StatusOKish = 231 // ok: never used as a status

const StatusGood = http.StatusConflict // ok: registered

func a(w http.ResponseWriter) { w.WriteHeader(StatusClientClosed) }
func b(w http.ResponseWriter) { http.Error(w, "gone", StatusClientClosed) }
func c(w http.ResponseWriter) { w.WriteHeader(StatusGood) }

func local(w http.ResponseWriter) {
	const teapotish = 419
	w.WriteHeader(teapotish) // want `status 419 is not a registered HTTP status code`
}
