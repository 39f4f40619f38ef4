// Package gorilla registers gorilla/mux routes built by chains.
package gorilla

import (
	"net/http"

	"github.com/gorilla/mux"
)

func list(w http.ResponseWriter, r *http.Request)      {}
func get(w http.ResponseWriter, r *http.Request)       {}
func update(w http.ResponseWriter, r *http.Request)    {}
func static(w http.ResponseWriter, r *http.Request)    {}
func anyMethod(w http.ResponseWriter, r *http.Request) {}

func serve() {
	r := mux.NewRouter()
	api := r.PathPrefix("/api/").Subrouter()
	api.HandleFunc("/users", list).Methods("GET")
	api.HandleFunc("/users/{id:[0-9]+}", get).Methods(http.MethodGet, http.MethodHead)
	route := api.HandleFunc("/users/{id}", update)
	route.Methods("PUT", "PATCH")
	r.Methods("DELETE").Path("/things/{id}").HandlerFunc(update)
	r.PathPrefix("/static/").Handler(http.HandlerFunc(static))
	r.Host("admin.example.com").Path("/").HandlerFunc(anyMethod)
	gets := r.Methods("GET").Subrouter()
	gets.HandleFunc("/only-get", get)
	r.HandleFunc("/any", anyMethod) // ok: no Methods, any method
	http.ListenAndServe(":8080", r)
}
