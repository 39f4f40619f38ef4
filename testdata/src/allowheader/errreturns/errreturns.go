// Package errreturns: a 405 returned as an error to the framework.
package errreturns

import (
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

func echoOnlyGet(c echo.Context) error {
	if c.Request().Method != "GET" {
		return echo.ErrMethodNotAllowed // want `405 Method Not Allowed sent without an Allow header`
	}
	return c.String(200, "ok")
}

func echoOnlyGetTwin(c echo.Context) error {
	if c.Request().Method != "GET" {
		c.Response().Header().Set("Allow", "GET")
		return echo.ErrMethodNotAllowed // ok: Allow is set first
	}
	return c.String(200, "ok")
}

func fiberOnlyPost(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodPost {
		return fiber.ErrMethodNotAllowed // want `405 Method Not Allowed sent without an Allow header`
	}
	return c.SendStatus(fiber.StatusCreated)
}

func fiberOnlyPostTwin(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodPost {
		c.Set(fiber.HeaderAllow, fiber.MethodPost)
		return fiber.ErrMethodNotAllowed // ok: Allow is set first
	}
	return c.SendStatus(fiber.StatusCreated)
}

func routes(e *echo.Echo, app *fiber.App) {
	e.Any("/a", echoOnlyGet)
	e.Any("/b", echoOnlyGetTwin)
	app.All("/c", fiberOnlyPost)
	app.All("/d", fiberOnlyPostTwin)
}
