// Package allowheader defines an Analyzer that reports 405 responses
// sent without an Allow header.
//
// # Analyzer allowheader
//
// allowheader: report 405 responses without an Allow header
//
// A 405 Method Not Allowed says the resource exists but not for this
// method. The Allow header is what makes it useful: the methods the
// resource does support, so that a client (or a person reading a log)
// can correct the request. HTTP requires a server to send it with 405.
//
//	w.Header().Set("Allow", "GET, HEAD")
//	w.WriteHeader(http.StatusMethodNotAllowed)
//
// Go's ServeMux and gin (with HandleMethodNotAllowed) set Allow on the
// 405s they send themselves; this check looks at the 405s handler code
// sends, along each path, through helpers in any package.
package allowheader
