// Package fiber3 holds fiber v3 handlers that send invented statuses.
package fiber3

import "github.com/gofiber/fiber/v3"

func state(c fiber.Ctx) error {
	if c.Query("upstream") != "" {
		return fiber.NewError(599, "upstream exploded") // want `status 599 is not a registered HTTP status code`
	}
	if c.Query("moved") != "" {
		return c.Redirect().Status(399).To("/elsewhere") // want `status 399 is not a registered HTTP status code`
	}
	return c.Status(230).JSON(fiber.Map{"ok": true}) // want `status 230 is not a registered HTTP status code`
}

func stateTwin(c fiber.Ctx) error {
	if c.Query("upstream") != "" {
		return fiber.NewError(fiber.StatusBadGateway, "upstream exploded") // ok: a registered code
	}
	if c.Query("moved") != "" {
		return c.Redirect().Status(fiber.StatusTemporaryRedirect).To("/elsewhere") // ok: a registered code
	}
	return c.Status(fiber.StatusOK).JSON(fiber.Map{"ok": true}) // ok: a registered code
}

func routes(app *fiber.App) {
	app.Get("/state", state)
	app.Get("/state/twin", stateTwin)
}
