// Package echo5 holds echo v5 handlers that set headers after the status
// went out.
package echo5

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func late(c *echo.Context) error {
	c.Response().WriteHeader(http.StatusOK)
	c.Response().Header().Set("Cache-Control", "no-store") // want `Cache-Control header set after the response was committed`
	return nil
}

func lateTwin(c *echo.Context) error {
	c.Response().Header().Set("Cache-Control", "no-store")
	c.Response().WriteHeader(http.StatusOK) // ok: the header goes first
	return nil
}

func lateCookie(c *echo.Context) error {
	if err := c.String(http.StatusOK, "hello"); err != nil {
		return err
	}
	c.SetCookie(&http.Cookie{Name: "seen", Value: "1"}) // want `Set-Cookie header set after the response was committed`
	return nil
}

func lateCookieTwin(c *echo.Context) error {
	c.SetCookie(&http.Cookie{Name: "seen", Value: "1"})
	return c.String(http.StatusOK, "hello") // ok: the cookie goes first
}

func routes(e *echo.Echo) {
	e.GET("/late", late)
	e.GET("/late/twin", lateTwin)
	e.GET("/cookie", lateCookie)
	e.GET("/cookie/twin", lateCookieTwin)
}
