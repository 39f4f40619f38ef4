package helpers

import "net/http"

func created(w http.ResponseWriter, url string) {
	w.Header().Set("Location", url)
	w.WriteHeader(http.StatusCreated)
}

func moved(w http.ResponseWriter, code int) {
	w.WriteHeader(code)
}

func create(w http.ResponseWriter, r *http.Request) {
	created(w, "/jobs/1") // ok: the helper sets Location
}

func relocate(w http.ResponseWriter, r *http.Request) {
	moved(w, http.StatusPermanentRedirect) // want `308 Permanent Redirect sent without a Location header \(through moved\); set it before moved so the client can follow, or use http.Redirect`
}

func relocateTwin(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/v2")
	moved(w, http.StatusPermanentRedirect) // ok
}

func byCase(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("v") {
	case "1":
		w.Header().Set("Location", "/v2")
		w.WriteHeader(http.StatusFound) // ok
	case "0":
		w.WriteHeader(http.StatusFound) // want `302 Found sent without a Location header`
	}
}
