// want package:`registrars`

// Package chi registers chi routes through Route, Group, Mount and With.
package chi

import (
	"net/http"

	"github.com/go-chi/chi/v5"
)

func list(w http.ResponseWriter, r *http.Request)   {}
func get(w http.ResponseWriter, r *http.Request)    {}
func create(w http.ResponseWriter, r *http.Request) {}
func admin(w http.ResponseWriter, r *http.Request)  {}
func ping(w http.ResponseWriter, r *http.Request)   {}

func auth(next http.Handler) http.Handler { return next }

// articles registers on the router it is given: a registrar.
func articles(r chi.Router) { // want articles:`registers\(0:GET /=list 0:POST /=create 0:GET /\{articleID\}=get\)`
	r.Get("/", list)
	r.Post("/", create)
	r.Get("/{articleID:[0-9]{1,8}}", get)
}

// describe only reads the router: no fact.
func describe(r chi.Router) []chi.Route { // ok: registers nothing
	return r.Routes()
}

// adminRouter returns the router it builds.
func adminRouter() http.Handler { // want adminRouter:`registers\(ret:GET /=admin ret:ANY /\{\*\}=admin\)`
	r := chi.NewRouter()
	r.Get("/", admin)
	r.Handle("/*", http.HandlerFunc(admin))
	return r
}

func serve() {
	r := chi.NewRouter()
	r.Use(auth)
	r.Get("/ping", ping)
	r.Route("/articles", articles)
	r.Route("/v2", func(r chi.Router) {
		r.Route("/articles", func(r chi.Router) {
			r.Get("/{id}", get)
			r.With(auth).Post("/", create)
		})
		r.Group(func(r chi.Router) {
			r.Method(http.MethodDelete, "/articles/{id}", http.HandlerFunc(admin))
		})
	})
	r.Mount("/admin", adminRouter())
	sub := chi.NewRouter()
	sub.Get("/stats", admin)
	r.Mount("/internal", sub)
	r.Mount("/files", http.FileServer(http.Dir("."))) // a plain handler: the prefix and all under it
	http.ListenAndServe(":8080", r)
}
