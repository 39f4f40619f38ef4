// Package marshal: a recipe API that sends its JSON through a helper
// that marshals and then writes, the way many services do.
package marshal

import (
	"encoding/json"
	"net/http"
)

type response map[string]any

// bodyMarshal writes v's JSON with whatever status was set before it.
func bodyMarshal(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "encoding failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}

// indented is the same through MarshalIndent and a string.
func indented(w http.ResponseWriter, status int, v any) {
	out, _ := json.MarshalIndent(v, "", "  ")
	w.WriteHeader(status)
	w.Write([]byte(string(out)))
}

func findRecipe(name string) (string, bool) { return name, name != "" }

func getRecipe(w http.ResponseWriter, r *http.Request) {
	recipe, ok := findRecipe(r.PathValue("name"))
	if !ok {
		bodyMarshal(w, response{"success": false, "message": "no such recipe"}) // want `error body written with no status set first`
		return
	}
	bodyMarshal(w, response{"success": true, "recipe": recipe}) // ok: success is true
}

func getRecipeTwin(w http.ResponseWriter, r *http.Request) {
	recipe, ok := findRecipe(r.PathValue("name"))
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		bodyMarshal(w, response{"success": false, "message": "no such recipe"}) // ok: 404
		return
	}
	bodyMarshal(w, response{"recipe": recipe}) // ok
}

func rateRecipe(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("stars") == "" {
		indented(w, http.StatusOK, map[string]string{"error": "stars are required"}) // want `error body sent with 200 OK \(through indented\)`
		return
	}
	indented(w, http.StatusBadRequest, map[string]string{"error": "stars are required"}) // ok: 400
}
