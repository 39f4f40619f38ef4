package basic

import "net/http"

func items(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "not implemented", http.StatusNotImplemented) // want `501 Not Implemented answers a method this handler does not serve; send 405 Method Not Allowed with an Allow header listing the methods it does`
		return
	}
	w.WriteHeader(http.StatusOK)
}

func itemsTwin(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed) // ok
		return
	}
	w.WriteHeader(http.StatusOK)
}

func switched(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusNotImplemented) // want `501 Not Implemented answers a method this handler does not serve`
	}
}

func feature(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("export") {
		http.Error(w, "export is not built yet", http.StatusNotImplemented) // ok: not about the method
		return
	}
	w.WriteHeader(http.StatusOK)
}
