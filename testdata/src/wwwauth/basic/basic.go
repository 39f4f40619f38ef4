package basic

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
)

func protected(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "unauthorized", http.StatusUnauthorized) // want `401 Unauthorized sent without a WWW-Authenticate header; set it before http.Error naming the scheme the client should use`
		return
	}
	w.WriteHeader(http.StatusOK)
}

func protectedTwin(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
		http.Error(w, "unauthorized", http.StatusUnauthorized) // ok
		return
	}
	w.WriteHeader(http.StatusOK)
}

func forbidden(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "forbidden", http.StatusForbidden) // ok: 403 needs no challenge
}

func fiberHandler(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusUnauthorized) // want `401 Unauthorized sent without a WWW-Authenticate header`
}

func fiberHandlerTwin(c *fiber.Ctx) error {
	c.Set(fiber.HeaderWWWAuthenticate, "Basic")
	return c.SendStatus(fiber.StatusUnauthorized) // ok
}
