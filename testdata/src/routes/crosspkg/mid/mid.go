// want package:`registrars`

// Package mid passes its router on to lib's registrar: the routes reach
// its own fact.
package mid

import (
	"github.com/go-chi/chi/v5"

	"routes/crosspkg/lib"
)

// Mount puts lib's routes under /v1.
func Mount(r chi.Router) { // want Mount:`registers\(0:GET /v1/users=\(\*lib.Handler\).List 0:GET /v1/users/\{id\}=\(\*lib.Handler\).Get 0:POST /v1/users=func literal at lib.go:22\)`
	r.Route("/v1", func(r chi.Router) {
		lib.Register(r, &lib.Handler{})
	})
}
