// Package echo5 holds echo v5 handlers that answer 401.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func auth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			return c.JSON(http.StatusUnauthorized, map[string]string{"error": "login first"}) // want `401 Unauthorized sent without a WWW-Authenticate header; set it before echo.Context.JSON`
		}
		return next(c) // ok: the next handler answers
	}
}

func authTwin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c *echo.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Bearer realm="api"`)
			return c.JSON(http.StatusUnauthorized, map[string]string{"error": "login first"}) // ok: WWW-Authenticate set first
		}
		return next(c) // ok: the next handler answers
	}
}

func routes(e *echo.Echo) {
	e.Use(auth, authTwin)
}
