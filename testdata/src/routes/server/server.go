// Package server keeps its router in a struct field and registers
// handlers made by factories, as many services do.
package server

import (
	"net/http"

	"github.com/gorilla/mux"
)

type server struct {
	router *mux.Router
}

func newServer() *server {
	s := &server{router: mux.NewRouter()}
	s.routes()
	return s
}

func (s *server) routes() {
	s.router.HandleFunc("/api/things", s.handleThings()).Methods("GET")
	s.router.HandleFunc("/api/admin", s.adminOnly(s.handleAdmin())).Methods("POST")
	s.router.HandleFunc("/about", s.handleAbout) // ok: a method value, not a factory
}

func (s *server) handleThings() http.HandlerFunc {
	type thing struct{}
	return func(w http.ResponseWriter, r *http.Request) {}
}

func (s *server) handleAdmin() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {}
}

func (s *server) adminOnly(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { h(w, r) }
}

func (s *server) handleAbout(w http.ResponseWriter, r *http.Request) {}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.router.ServeHTTP(w, r) }
