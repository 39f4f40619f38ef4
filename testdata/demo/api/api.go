// Package api is a small JSON API for a model-serving service, written the
// way real handlers are written. It is what `make demo` lints: every
// mistake statuslint catches sits in a handler next to a correct twin.
package api

import (
	"encoding/json"
	"net/http"
	"sync"
)

// Job is a long-running prediction.
type Job struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

// Server holds the jobs in memory.
type Server struct {
	mu   sync.Mutex
	jobs map[string]Job
}

// NewServer returns a server with no jobs.
func NewServer() *Server { return &Server{jobs: map[string]Job{}} }

// Routes registers the handlers on a Go 1.22 pattern mux.
func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /v1/jobs/{id}", s.getJob)
	mux.HandleFunc("GET /v1/jobs/{id}/partial", s.getJobPartial)
	mux.HandleFunc("POST /v1/jobs", s.createJob)
	mux.HandleFunc("POST /v1/predict", s.predict)
	mux.HandleFunc("POST /v1/predict/stream", s.predictStream)
}

type apiError struct {
	Code   string `json:"code"`
	Detail string `json:"detail"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (s *Server) getJob(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	job, ok := s.jobs[r.PathValue("id")]
	s.mu.Unlock()
	if !ok {
		writeJSON(w, http.StatusNotFound, apiError{Code: "JOB_NOT_FOUND", Detail: "no job with that id"})
		return
	}
	writeJSON(w, http.StatusOK, job)
}

// getJobPartial invents 230 to say "still running": monitoring sees a bare 2xx.
func (s *Server) getJobPartial(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	job := s.jobs[r.PathValue("id")]
	s.mu.Unlock()
	if job.State != "done" {
		w.WriteHeader(230)
		json.NewEncoder(w).Encode(job)
		return
	}
	writeJSON(w, http.StatusOK, job) // twin: the state is in the body, the status is standard
}

func (s *Server) createJob(w http.ResponseWriter, r *http.Request) {
	var job Job
	if err := json.NewDecoder(r.Body).Decode(&job); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{Code: "BAD_JSON", Detail: "the body is not valid JSON"})
		return
	}
	s.mu.Lock()
	s.jobs[job.ID] = job
	s.mu.Unlock()
	w.Header().Set("Location", "/v1/jobs/"+job.ID)
	writeJSON(w, http.StatusCreated, job)
}

// StatusModelOverloaded is a code of our own; load balancers and retry
// logic cannot know it means "try later".
const StatusModelOverloaded = 529

func (s *Server) predict(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > 1<<20 {
		http.Error(w, "input above the 1 MiB limit", http.StatusRequestEntityTooLarge) // twin: a standard code
		return
	}
	if overloaded() {
		http.Error(w, "model overloaded", StatusModelOverloaded)
		return
	}
	writeJSON(w, http.StatusOK, map[string]float64{"positive": 0.51})
}

func (s *Server) predictStream(w http.ResponseWriter, r *http.Request) {
	if overloaded() {
		// A typo'd status: net/http panics on it at run time.
		w.WriteHeader(50)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func overloaded() bool { return false }
