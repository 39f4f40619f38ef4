// Package methodstatus defines an Analyzer that reports method checks
// answered with 501 Not Implemented.
//
// # Analyzer methodstatus
//
// methodstatus: report method checks answered with 501, not 405
//
// When a resource exists but does not support the request's method, the
// answer is 405 Method Not Allowed with an Allow header listing the
// methods it does support. 501 Not Implemented means the server does not
// recognise the method at all, for any resource; clients and monitoring
// read it as a server fault (it is a 5xx) rather than a mistake in the
// request.
//
//	if r.Method != http.MethodGet {
//		w.Header().Set("Allow", "GET, HEAD")
//		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
//		return
//	}
//
// Some servers use 501 on purpose for methods they never implement
// anywhere (PROPFIND, say), so the check is off by default: enable it
// with -methodstatus.
package methodstatus
