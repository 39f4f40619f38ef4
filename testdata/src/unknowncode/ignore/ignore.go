package ignore

import "net/http"

func logged(w http.ResponseWriter) {
	//statuslint:ignore unknowncode 499 is read by our access-log pipeline only
	w.WriteHeader(499) // ok: silenced by the directive above
}

func sameLine(w http.ResponseWriter) {
	w.WriteHeader(499) //statuslint:ignore unknowncode the gateway maps it
}

func otherCheck(w http.ResponseWriter) {
	//statuslint:ignore retryafter not this check
	w.WriteHeader(499) // want `status 499 is not a registered HTTP status code`
}

func stale(w http.ResponseWriter) {
	//statuslint:ignore unknowncode left behind after a fix // want `//statuslint:ignore unknowncode silences nothing here; remove it or move it onto the line it is meant for`
	w.WriteHeader(http.StatusOK)
}

func noReason(w http.ResponseWriter) {
	//statuslint:ignore unknowncode
	w.WriteHeader(499) // want `status 499 is not a registered HTTP status code`
}

func twoAbove(w http.ResponseWriter) {
	//statuslint:ignore unknowncode too far away to count // want `silences nothing here`

	w.WriteHeader(499) // want `status 499 is not a registered HTTP status code`
}
