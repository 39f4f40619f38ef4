// Package fiber3 holds fiber v3 handlers that answer 204, 205 and 304.
package fiber3

import "github.com/gofiber/fiber/v3"

func deleted(c fiber.Ctx) error {
	return c.Status(fiber.StatusNoContent).JSON(fiber.Map{"deleted": true}) // want `fiber.Ctx.JSON writes a body, which a 204 No Content cannot carry`
}

func deletedTwin(c fiber.Ctx) error {
	return c.SendStatus(fiber.StatusNoContent) // ok: v3 sends no body with 204
}

func reset(c fiber.Ctx) error {
	return c.SendStatus(fiber.StatusResetContent) // ok: v3 sends no body with 205 (v2 sent "Reset Content")
}

// reply answers with the status and text it is given.
func reply(c fiber.Ctx, code int, text string) error {
	return c.Status(code).SendString(text)
}

func viaHelper(c fiber.Ctx) error {
	if c.Query("a") != "" {
		return reply(c, fiber.StatusNotModified, "cached") // want `reply writes a body, which a 304 Not Modified cannot carry`
	}
	return reply(c, fiber.StatusOK, "fresh") // ok: a 200 carries the text
}

func routes(app *fiber.App) {
	app.Delete("/items/:id", deleted)
	app.Delete("/items/twin/:id", deletedTwin)
	app.Post("/form", reset)
	app.Get("/helper", viaHelper)
}
