// want package:`registrars`

// Package lib holds registrars another package calls.
package lib

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

type Handler struct{}

func (h *Handler) List(w http.ResponseWriter, r *http.Request) {}
func (h *Handler) Get(w http.ResponseWriter, r *http.Request)  {}

// Register adds the user routes to r.
func Register(r chi.Router, h *Handler) { // want Register:`registers\(0:GET /users=\(\*Handler\).List 0:GET /users/\{id\}=\(\*Handler\).Get 0:POST /users=func literal at lib.go:22\)`
	r.Get("/users", h.List)
	r.Get("/users/{id}", h.Get)
	r.Post("/users", func(w http.ResponseWriter, r *http.Request) {})
}

// Describe is given a router but registers nothing.
func Describe(r chi.Router) int { return len(r.Routes()) } // ok: registers nothing

// NewAPI returns a router with its routes.
func NewAPI() http.Handler { // want NewAPI:`registers\(ret:GET /status=status\)`
	r := chi.NewRouter()
	r.Get("/status", status)
	return r
}

func status(w http.ResponseWriter, r *http.Request) {}

func ping(c *gin.Context) {}

// Gin registers on a gin group.
func Gin(g gin.IRouter) { // want Gin:`registers\(0:GET /ping=ping\)`
	g.GET("/ping", ping)
}
