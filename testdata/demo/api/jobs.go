package api

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"runtime/debug"
	"strconv"
	"time"
)

// The handlers below each hold one mistake next to its correct twin. The
// twins are what statuslint wants to see; the mistakes are what it reports.

// JobRoutes registers the job endpoints.
func (s *Server) JobRoutes(mux *http.ServeMux) {
	mux.HandleFunc("DELETE /v1/jobs/{id}", s.deleteJob)
	mux.HandleFunc("DELETE /v2/jobs/{id}", s.deleteJobTwin)
	mux.HandleFunc("GET /v1/jobs", s.listJobs)
	mux.HandleFunc("GET /v2/jobs", s.listJobsTwin)
	mux.HandleFunc("POST /predict", s.legacyPredict)
	mux.HandleFunc("POST /v0/predict", s.legacyPredictTwin)
	mux.HandleFunc("/v1/models", s.models)
	mux.HandleFunc("/v2/models", s.modelsTwin)
	mux.HandleFunc("POST /v1/batch", s.batch)
	mux.HandleFunc("POST /v2/batch", s.batchTwin)
	mux.HandleFunc("GET /v1/quota", s.quota)
	mux.HandleFunc("GET /v2/quota", s.quotaTwin)
	mux.HandleFunc("GET /v1/docs", moved)
	mux.HandleFunc("GET /v2/docs", movedTwin)
	mux.HandleFunc("GET /v1/admin", admin)
	mux.HandleFunc("GET /v2/admin", adminTwin)
}

// deleteJob sends 204 and then a body nobody will receive.
func (s *Server) deleteJob(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	delete(s.jobs, r.PathValue("id"))
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
	json.NewEncoder(w).Encode(map[string]bool{"deleted": true})
}

func (s *Server) deleteJobTwin(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	delete(s.jobs, r.PathValue("id"))
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}

// listJobs sets a header after the body went out. (The http.Error on a
// failed Encode is fine: Encode marshals before it writes anything.)
func (s *Server) listJobs(w http.ResponseWriter, r *http.Request) {
	jobs := s.snapshot()
	if err := json.NewEncoder(w).Encode(jobs); err != nil {
		http.Error(w, "encoding failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("X-Total-Count", strconv.Itoa(len(jobs)))
}

func (s *Server) listJobsTwin(w http.ResponseWriter, r *http.Request) {
	jobs := s.snapshot()
	w.Header().Set("X-Total-Count", strconv.Itoa(len(jobs)))
	writeJSON(w, http.StatusOK, jobs)
}

// legacyPredict moves POST /predict with a 301: old clients follow it with a GET.
func (s *Server) legacyPredict(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/v1/predict", http.StatusMovedPermanently)
}

func (s *Server) legacyPredictTwin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/v1/predict", http.StatusPermanentRedirect)
}

// models answers other methods with 405 but does not say which are allowed,
// and uses 501 for a method it simply does not serve.
func (s *Server) models(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		writeJSON(w, http.StatusOK, []string{"sentiment-v3"})
	case http.MethodPut, http.MethodPatch:
		http.Error(w, "models are read-only", http.StatusMethodNotAllowed)
	default:
		http.Error(w, "not implemented", http.StatusNotImplemented)
	}
}

func (s *Server) modelsTwin(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET")
		http.Error(w, "models are read-only", http.StatusMethodNotAllowed)
		return
	}
	writeJSON(w, http.StatusOK, []string{"sentiment-v3"})
}

// batch reports a failed decode as a 200 with an error envelope.
func (s *Server) batch(w http.ResponseWriter, r *http.Request) {
	var items []Job
	if err := json.NewDecoder(r.Body).Decode(&items); err != nil {
		writeJSON(w, http.StatusOK, map[string]any{"success": false, "message": "the body is not a JSON array"})
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]int{"queued": len(items)})
}

func (s *Server) batchTwin(w http.ResponseWriter, r *http.Request) {
	var items []Job
	if err := json.NewDecoder(r.Body).Decode(&items); err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{Code: "BAD_JSON", Detail: "the body is not a JSON array"})
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]int{"queued": len(items)})
}

// quota limits callers but never says when to come back.
func (s *Server) quota(w http.ResponseWriter, r *http.Request) {
	if overQuota(r) {
		writeJSON(w, http.StatusTooManyRequests, apiError{Code: "RATE_LIMITED", Detail: "slow down"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{"remaining": 10})
}

func (s *Server) quotaTwin(w http.ResponseWriter, r *http.Request) {
	if overQuota(r) {
		w.Header().Set("Retry-After", strconv.Itoa(int(time.Minute.Seconds())))
		writeJSON(w, http.StatusTooManyRequests, apiError{Code: "RATE_LIMITED", Detail: "slow down"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{"remaining": 10})
}

// moved redirects without saying where to.
func moved(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusMovedPermanently)
}

func movedTwin(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/v2/docs/", http.StatusMovedPermanently)
}

// admin refuses anonymous callers without naming a scheme (off by default: -wwwauth).
func admin(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "who are you?", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func adminTwin(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="demo"`)
		http.Error(w, "who are you?", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) snapshot() []Job {
	s.mu.Lock()
	defer s.mu.Unlock()
	jobs := make([]Job, 0, len(s.jobs))
	for _, j := range s.jobs {
		jobs = append(jobs, j)
	}
	return jobs
}

func overQuota(r *http.Request) bool { return r.Header.Get("X-Quota") == "0" }

// ExportRoutes registers the export endpoints.
func (s *Server) ExportRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /v1/export", s.export)
	mux.HandleFunc("GET /v2/export", s.exportTwin)
}

// export sends the database's error text, and a stack trace when it
// panics, to whoever asked.
func (s *Server) export(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if p := recover(); p != nil {
			http.Error(w, fmt.Sprintf("panic: %v\n%s", p, debug.Stack()), http.StatusInternalServerError)
		}
	}()
	data, err := s.dump()
	if err != nil {
		http.Error(w, "export failed: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write(data)
}

func (s *Server) exportTwin(w http.ResponseWriter, r *http.Request) {
	reqID := r.Header.Get("X-Request-Id")
	defer func() {
		if p := recover(); p != nil {
			log.Printf("export panic [%s]: %v\n%s", reqID, p, debug.Stack())
			http.Error(w, "internal error, request id "+reqID, http.StatusInternalServerError)
		}
	}()
	data, err := s.dump()
	if err != nil {
		log.Printf("export [%s]: %v", reqID, err)
		writeJSON(w, http.StatusInternalServerError, apiError{Code: "INTERNAL", Detail: "internal error, request id " + reqID})
		return
	}
	w.Write(data)
}

func (s *Server) dump() ([]byte, error) {
	return json.Marshal(s.snapshot())
}
