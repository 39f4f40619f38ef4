// Package unsent checks, with -contract.unsent, the statuses the document
// declares that no path sends.
package unsent

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func serve() {
	r := chi.NewRouter()
	r.Get("/files/{name}", getFile)
	r.Get("/v2/files/{name}", getFileTwin)
	r.Delete("/files/{name}", deleteFile)
	r.Get("/opaque", opaque)
	http.ListenAndServe(":8080", r)
}

func exists(string) bool { return true }

// getFile never sends the 409 the document declares.
func getFile(w http.ResponseWriter, r *http.Request) { // want `operation GET /files/\{name\} at openapi.yaml:\d+ declares a status no path of GET /files/\{name\} \(getFile\) sends: 409 Conflict`
	if !exists(chi.URLParam(r, "name")) {
		http.Error(w, "no such file", http.StatusNotFound)
		return
	}
	w.Write([]byte("content"))
}

// ok: every declared status is sent, 405 by the router.
func getFileTwin(w http.ResponseWriter, r *http.Request) {
	if !exists(chi.URLParam(r, "name")) {
		http.Error(w, "no such file", http.StatusNotFound)
		return
	}
	w.Write([]byte("content"))
}

// ok: the 404 the document declares comes from the router when the
// handler itself never sends it.
func deleteFile(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

// ok: the response escapes, so any status may be sent.
func opaque(w http.ResponseWriter, r *http.Request) {
	send(w)
}

var send = func(w http.ResponseWriter) { w.WriteHeader(http.StatusTeapot) }
