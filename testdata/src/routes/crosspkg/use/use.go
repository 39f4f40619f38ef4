// Package use anchors the registrars of lib and mid at full paths.
package use

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"

	"routes/crosspkg/lib"
	"routes/crosspkg/mid"
)

func Main() {
	r := chi.NewRouter()
	lib.Register(r.Route("/api", func(chi.Router) {}), &lib.Handler{})
	mid.Mount(r.With())
	r.Mount("/ext", lib.NewAPI())
	g := gin.New()
	lib.Gin(g.Group("/g"))
	http.ListenAndServe(":8080", r)
}
