// Package errreturns: echo and fiber handlers that return an error
// carrying a status; the framework's error handler sends it.
package errreturns

import (
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

type limiter struct{}

func (limiter) Allow(key string) bool { return true }

var rl limiter

// errBusy carries its status wherever it is returned.
var errBusy = echo.NewHTTPError(http.StatusServiceUnavailable, "busy")

func echoSearch(c echo.Context) error {
	if !rl.Allow(c.RealIP()) {
		return echo.NewHTTPError(http.StatusTooManyRequests, "slow down") // want `429 Too Many Requests sent without a Retry-After header; set it before returning echo.NewHTTPError`
	}
	return c.JSON(http.StatusOK, []string{})
}

func echoSearchTwin(c echo.Context) error {
	if !rl.Allow(c.RealIP()) {
		c.Response().Header().Set("Retry-After", "30")
		return echo.NewHTTPError(http.StatusTooManyRequests, "slow down") // ok: Retry-After is set first
	}
	return c.JSON(http.StatusOK, []string{})
}

func echoBusy(c echo.Context) error {
	return errBusy // want `503 Service Unavailable sent without a Retry-After header; set it before returning errBusy`
}

func echoLimited(c echo.Context) error {
	return echo.ErrTooManyRequests // want `429 Too Many Requests sent without a Retry-After header`
}

func fiberUpload(c *fiber.Ctx) error {
	if len(c.Body()) > 1<<20 {
		return fiber.NewError(fiber.StatusServiceUnavailable, "try later") // want `503 Service Unavailable sent without a Retry-After header; set it before returning fiber.NewError`
	}
	return c.SendStatus(fiber.StatusCreated)
}

func fiberUploadTwin(c *fiber.Ctx) error {
	if len(c.Body()) > 1<<20 {
		c.Set("Retry-After", "120")
		return fiber.NewError(fiber.StatusServiceUnavailable, "try later") // ok: Retry-After is set first
	}
	return c.SendStatus(fiber.StatusCreated)
}

// apiError is the application's own error type with a status field.
type apiError struct {
	Status  int
	Message string
}

func (e *apiError) Error() string { return e.Message }

func newThrottled(msg string) error {
	return &apiError{Status: http.StatusTooManyRequests, Message: msg}
}

func fiberThrottled(c *fiber.Ctx) error {
	return newThrottled("slow down") // ok: fiber's default handler reads only *fiber.Error; the status of an own type depends on the app's error handler
}

func routes(e *echo.Echo, app *fiber.App) {
	e.GET("/a", echoSearch)
	e.GET("/b", echoSearchTwin)
	e.GET("/c", echoBusy)
	e.GET("/d", echoLimited)
	app.Post("/e", fiberUpload)
	app.Post("/f", fiberUploadTwin)
	app.Get("/g", fiberThrottled)
}
