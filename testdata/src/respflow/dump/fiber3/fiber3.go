// Package fiber3: fiber v3 calls as events; fiber.Ctx is an interface,
// c.Redirect() a *Redirect whose To defaults to 303.
package fiber3

import (
	"github.com/gofiber/fiber/v3"
)

func get(c fiber.Ctx) error {
	id := fiber.Params[int](c, "id")
	if id == 0 {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "bad id"})
	}
	c.Cookie(&fiber.Cookie{Name: "seen", Value: "1"})
	return c.JSON(fiber.Map{"id": id})
}

func slow(c fiber.Ctx) error {
	c.Set("Retry-After", "1")
	return c.SendStatus(fiber.StatusTooManyRequests)
}

func empty(c fiber.Ctx) error {
	return c.SendStatus(fiber.StatusNoContent)
}

func seeOther(c fiber.Ctx) error {
	return c.Redirect().To("/next")
}

func found(c fiber.Ctx) error {
	return c.Redirect().Status(fiber.StatusFound).With("status", "ok").To("/next")
}

func express(req fiber.Req, res fiber.Res) error {
	if req.Query("q") == "" {
		return res.Status(fiber.StatusBadRequest).SendString("no query")
	}
	return res.SendString("ok")
}

func noErr(c fiber.Ctx) {
	_ = c.SendStatus(fiber.StatusAccepted)
}

func mw(c fiber.Ctx) error {
	c.Set("X-Frame-Options", "DENY")
	return c.Next()
}

func routes(app *fiber.App) {
	app.Use(mw)
	app.Get("/items/:id", get)
	app.Get("/slow", slow)
	api := app.Group("/api")
	api.Post("/empty", empty)
	api.Post("/see", seeOther)
	api.Post("/found", found)
	app.Get("/express", express)
	app.Get("/noerr", noErr)
}
