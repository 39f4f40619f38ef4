// Package main serves a small API whose document (openapi.yaml) drifts
// from it on purpose; each drift has a correct twin beside it.
package main

import (
	"net/http"
	"strconv"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", getItem) // want `operation GET /items/\{id\}/history \(itemHistory\) declared at openapi.yaml:\d+ has no route in this program`
	mux.HandleFunc("GET /v2/items/{id}", getItemTwin)
	mux.HandleFunc("POST /items", createItem)
	mux.HandleFunc("POST /v2/items", createItemTwin)
	mux.HandleFunc("GET /quota", quota)
	mux.HandleFunc("GET /v2/quota", quotaTwin)
	mux.HandleFunc("GET /ranged", ranged)
	mux.HandleFunc("GET /debug/vars", debugVars) // want `route GET /debug/vars \(debugVars\) has no operation in openapi.yaml`
	mux.HandleFunc("GET /health", health)         // ok: documented
	mux.HandleFunc("DELETE /items/{id}", func(w http.ResponseWriter, r *http.Request) { // want `DELETE /items/\{id\} \(func literal at basic.go:\d+\) sends a status that operation DELETE /items/\{itemId\} \(deleteItem\) at openapi.yaml:\d+ does not declare: 202 Accepted`
		w.WriteHeader(http.StatusAccepted)
	})
	http.ListenAndServe(":8080", mux)
}

func found() bool { return true }

// getItem sends a 404 the document does not declare, from two places.
func getItem(w http.ResponseWriter, r *http.Request) { // want `GET /items/\{id\} \(getItem\) sends a status that operation GET /items/\{itemId\} \(getItem\) at openapi.yaml:\d+ does not declare: 404 Not Found \(at basic.go:\d+, basic.go:\d+\); declare it in the document, or send a status it declares`
	if r.PathValue("id") == "" {
		http.Error(w, "no id", http.StatusNotFound)
		return
	}
	if !found() {
		writeJSON(w, http.StatusNotFound, "no such item")
		return
	}
	writeJSON(w, http.StatusOK, "item")
}

// ok: the document declares 404 for /v2/items/{id}.
func getItemTwin(w http.ResponseWriter, r *http.Request) {
	if !found() {
		writeJSON(w, http.StatusNotFound, "no such item")
		return
	}
	writeJSON(w, http.StatusOK, "item")
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write([]byte(`"` + v.(string) + `"`))
}

// createItem sends 201 without the Location the document declares.
func createItem(w http.ResponseWriter, r *http.Request) { // want `POST /items \(createItem\) sends 201 Created without the Location header that operation POST /items \(createItem\) declares for response 201 \(openapi.yaml:\d+\): it is set on no path`
	writeJSON(w, http.StatusCreated, "created")
}

// ok: Location is set before the 201.
func createItemTwin(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/v2/items/1")
	writeJSON(w, http.StatusCreated, "created")
}

// quota sets Retry-After on one of its two 429s.
func quota(w http.ResponseWriter, r *http.Request) { // want `GET /quota \(quota\) sends 429 Too Many Requests without the Retry-After header that operation GET /quota \(getQuota\) declares for response 429 \(openapi.yaml:\d+\): it is set on some paths only`
	if r.URL.Query().Has("burst") {
		w.Header().Set("Retry-After", strconv.Itoa(1))
		http.Error(w, "slow down", http.StatusTooManyRequests)
		return
	}
	if r.URL.Query().Has("daily") {
		http.Error(w, "come back tomorrow", http.StatusTooManyRequests)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// ok: every 429 carries Retry-After.
func quotaTwin(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", "1")
	if r.URL.Query().Has("daily") {
		http.Error(w, "come back tomorrow", http.StatusTooManyRequests)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// ok: 409 is covered by the document's 4XX, 503 by its default.
func ranged(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("conflict") {
		http.Error(w, "conflict", http.StatusConflict)
		return
	}
	if r.URL.Query().Has("down") {
		http.Error(w, "down", http.StatusServiceUnavailable)
		return
	}
	w.Write([]byte("ok"))
}

func debugVars(w http.ResponseWriter, r *http.Request) { w.Write([]byte("{}")) }

// ok: the response escapes, so what it sends is not known: no finding.
func health(w http.ResponseWriter, r *http.Request) {
	report(w)
}

var report = func(w http.ResponseWriter) { w.WriteHeader(599) }
