package api

import (
	"encoding/json"
	"errors"
	"net/http"
)

var errMissingID = errors.New("a job has no id")

// StatsRoutes registers the statistics endpoints.
func (s *Server) StatsRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /v1/stats", s.stats)
	mux.HandleFunc("GET /v2/stats", s.statsTwin)
}

// stats streams the jobs, then finds a problem and tries to turn the 200
// that already went out into a 500.
func (s *Server) stats(w http.ResponseWriter, r *http.Request) {
	jobs := s.snapshot()
	json.NewEncoder(w).Encode(jobs)
	if err := validate(jobs); err != nil {
		http.Error(w, "inconsistent job list", http.StatusInternalServerError)
	}
}

func (s *Server) statsTwin(w http.ResponseWriter, r *http.Request) {
	jobs := s.snapshot()
	if err := validate(jobs); err != nil {
		http.Error(w, "inconsistent job list", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, jobs)
}

func validate(jobs []Job) error {
	for _, j := range jobs {
		if j.ID == "" {
			return errMissingID
		}
	}
	return nil
}
