// Package nethttp registers ServeMux patterns of every shape.
package nethttp

import (
	"net/http"
	"time"
)

func getUser(w http.ResponseWriter, r *http.Request)  {}
func putUser(w http.ResponseWriter, r *http.Request)  {}
func files(w http.ResponseWriter, r *http.Request)    {}
func index(w http.ResponseWriter, r *http.Request)    {}
func health(w http.ResponseWriter, r *http.Request)   {}
func legacy(w http.ResponseWriter, r *http.Request)   {}
func hostOnly(w http.ResponseWriter, r *http.Request) {}

type metrics struct{}

func (*metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) {}

var handlers = map[string]http.HandlerFunc{}

func serve(prefix string) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{id}", getUser)       // GET also serves HEAD
	mux.HandleFunc("PUT /users/{id}", putUser)       // ok: PUT is PUT only
	mux.HandleFunc("GET /files/{path...}", files)    // a rest-of-path wildcard
	mux.HandleFunc("GET /{$}", index)                // only "/" itself
	mux.HandleFunc("/static/", files)                // a subtree: the mux redirects /static
	mux.HandleFunc("api.example.com/ping", hostOnly) // a host pattern
	mux.Handle("/metrics", &metrics{})               // a handler type: its ServeHTTP
	mux.Handle("/slow", http.TimeoutHandler(http.HandlerFunc(health), time.Second, "slow"))
	mux.Handle("/assets/", http.FileServer(http.Dir("."))) // the library's own handler
	mux.HandleFunc(prefix+"/dyn", health)                  // pattern not constant: listed
	mux.HandleFunc("/lookup", handlers["x"])               // handler not constant: listed
	local := func(w http.ResponseWriter, r *http.Request) {}
	mux.HandleFunc("POST /local", local)

	v1 := http.NewServeMux()
	v1.HandleFunc("GET /items", health)
	mux.Handle("/v1/", http.StripPrefix("/v1", v1)) // v1 sees the path without /v1
	http.ListenAndServe(":8080", mux)
}

func init() {
	http.HandleFunc("/legacy", legacy) // the DefaultServeMux
}
