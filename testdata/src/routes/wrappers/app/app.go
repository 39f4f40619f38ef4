// want package:`registrars`

// Package app registers on kit's router type: the routes reach their
// full paths through kit's facts.
package app

import (
	"net/http"
	"os"

	"routes/wrappers/kit"
)

func ping(w http.ResponseWriter, r *http.Request)   {}
func items(w http.ResponseWriter, r *http.Request)  {}
func things(w http.ResponseWriter, r *http.Request) {}

func Main() {
	r := kit.New()
	r.Get("/ping", ping)
	r.Group("/v1", func(r *kit.Router) {
		r.Get("/items/{id:[0-9]+}", items)
		r.Post("/items", items)
		r.Get(os.Getenv("ITEMS_PATH"), items) // not constant: listed as such
	})
	register(r.Prefix("/v2"))
	http.ListenAndServe(":8080", r)
}

// register adds its routes to the kit router it is given.
func register(r *kit.Router) { // want register:`registers\(0:GET /things=things\)`
	r.Get("/things", things)
}
