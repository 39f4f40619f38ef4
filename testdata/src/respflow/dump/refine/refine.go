// Package refine: conditions on r.Method and on status variables drop
// the paths that cannot run.
package refine

import "net/http"

// byMethod redirects only on POST.
func byMethod(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		http.Redirect(w, r, "/done", http.StatusSeeOther)
		return
	}
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET, POST")
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	w.Write([]byte("form"))
}

// registered is known to serve PUT from its route.
func registered(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/x", http.StatusTemporaryRedirect)
}

// byVar: the status variable is known per path, so 429 is seen only where
// it is set.
func byVar(w http.ResponseWriter, r *http.Request) {
	code := http.StatusOK
	if r.URL.Query().Has("slow") {
		code = http.StatusTooManyRequests
	}
	if code == http.StatusTooManyRequests {
		w.Header().Set("Retry-After", "3")
	}
	w.WriteHeader(code)
}

func routes(mux *http.ServeMux) {
	mux.HandleFunc("/form", byMethod)
	mux.HandleFunc("PUT /x", registered)
	mux.HandleFunc("/var", byVar)
}
