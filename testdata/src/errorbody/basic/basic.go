package basic

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
)

type apiError struct {
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

type envelope struct {
	Data  any    `json:"data,omitempty"`
	Error string `json:"error,omitempty"`
}

type prediction struct {
	Label      string  `json:"label"`
	Confidence float64 `json:"confidence"`
}

func errorWith200(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "invalid id", http.StatusOK) // want `http.Error sends an error with 200 OK, which monitoring and clients read as success; use the 4xx or 5xx that matches the problem`
}

func errorWith400(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "invalid id", http.StatusBadRequest) // ok
}

func explicit200(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]string{"error": "invalid id"}) // want `error body sent with 200 OK: monitoring, load balancers and retries see a success; send the 4xx or 5xx that matches the problem and keep the details in the body`
}

func explicit422(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusUnprocessableEntity)
	json.NewEncoder(w).Encode(map[string]string{"error": "invalid id"}) // ok
}

func implicitInErrorBranch(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		fmt.Fprintf(w, "bad id: %v", err) // want `error body written with no status set first, so it goes out as 200 OK; set a 4xx or 5xx status that matches the problem before writing`
		return
	}
	json.NewEncoder(w).Encode(id)
}

func implicitInErrorBranchTwin(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		fmt.Fprintf(w, "bad id: %v", err) // ok
		return
	}
	json.NewEncoder(w).Encode(id)
}

func errorStruct(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("q") == "" {
		json.NewEncoder(w).Encode(apiError{Code: "MISSING_Q", Detail: "q is required"}) // want `error body written with no status set first`
		return
	}
	w.WriteHeader(http.StatusOK)
}

func envelopeOK(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(envelope{Data: 1}) // ok: the error field is left out
}

func envelopeNil(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]any{"data": 1, "error": nil}) // ok: the error is nil
}

func successFalse(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		w.WriteHeader(http.StatusOK)
		json.NewEncoder(w).Encode(map[string]any{"success": false, "message": err.Error()}) // want `error body sent with 200 OK`
		return
	}
}

func lowConfidence(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(prediction{Label: "positive", Confidence: 0.31}) // ok: a result the caller may not like is still a success
}

func notInErrorBranch(w http.ResponseWriter, r *http.Request) {
	err := fmt.Errorf("%d jobs", 3)
	fmt.Fprint(w, err.Error()) // ok: no failure branch, the text is the result
}

func graphQL(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(map[string]any{"data": nil, "errors": []map[string]string{{"message": "field missing"}}}) // ok: GraphQL reports errors with a 200
}

func singleErrors(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]any{"errors": "name is required"}) // want `error body sent with 200 OK`
}
