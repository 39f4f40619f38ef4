package flow

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

type apiError struct {
	Message   string `json:"message"`
	RequestID string `json:"request_id"`
}

func load() error { return nil }

func builder(w http.ResponseWriter, r *http.Request) {
	err := load()
	var sb strings.Builder
	sb.WriteString("failed: ")
	sb.WriteString(err.Error())
	http.Error(w, sb.String(), http.StatusInternalServerError) // want `raw error text sent in a 500 Internal Server Error body`
}

func buffer(w http.ResponseWriter, r *http.Request) {
	err := load()
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "failed: %v", err)
	w.WriteHeader(http.StatusInternalServerError)
	w.Write(buf.Bytes()) // want `raw error text sent in a 500 Internal Server Error body`
}

func field(w http.ResponseWriter, r *http.Request) {
	err := load()
	resp := apiError{RequestID: "req_1"}
	resp.Message = err.Error()
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(resp) // want `raw error text sent in a 500 Internal Server Error body`
}

func fieldTwin(w http.ResponseWriter, r *http.Request) {
	resp := apiError{RequestID: "req_1"}
	resp.Message = "internal error"
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(resp) // ok
}

func index(w http.ResponseWriter, r *http.Request) {
	err := load()
	body := map[string]string{}
	body["detail"] = err.Error()
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(body) // want `raw error text sent in a 500 Internal Server Error body`
}

func slice(w http.ResponseWriter, r *http.Request) {
	err := load()
	var problems []string
	problems = append(problems, err.Error())
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(problems) // want `raw error text sent in a 500 Internal Server Error body`
}

func structLit(w http.ResponseWriter, r *http.Request) {
	err := load()
	w.WriteHeader(http.StatusInternalServerError)
	json.NewEncoder(w).Encode(&apiError{Message: fmt.Sprint(err)}) // want `raw error text sent in a 500 Internal Server Error body`
}

func perPathStatus(w http.ResponseWriter, r *http.Request) {
	err := load()
	status := http.StatusInternalServerError
	if r.URL.Query().Has("x") {
		status = http.StatusBadRequest
	}
	w.WriteHeader(status)
	fmt.Fprint(w, err.Error()) // ok: on one path it is a 400; the check does not guess
}
