// Package fiber3 holds fiber v3 handlers that send error text in 5xx
// bodies.
package fiber3

import (
	"errors"
	"log"

	"github.com/gofiber/fiber/v3"
	"github.com/gofiber/fiber/v3/middleware/session"
)

func load() (string, error) { return "", errors.New("db: dial tcp 10.0.0.5:5432: refused") }

func show(c fiber.Ctx) error {
	v, err := load()
	if err != nil {
		return c.Status(fiber.StatusInternalServerError).SendString(err.Error()) // want `raw error text sent in a 500 Internal Server Error body`
	}
	return c.SendString(v) // ok: a success
}

func showTwin(c fiber.Ctx) error {
	v, err := load()
	if err != nil {
		log.Printf("load: %v", err)
		return c.Status(fiber.StatusInternalServerError).SendString("internal error") // ok: a generic message
	}
	return c.SendString(v) // ok: a success
}

// fail answers with the status it is given and the error's text.
func fail(c fiber.Ctx, code int, err error) error {
	return c.Status(code).JSON(fiber.Map{"error": err.Error()})
}

func viaHelper(c fiber.Ctx) error {
	if _, err := load(); err != nil {
		return fail(c, fiber.StatusBadGateway, err) // want `raw error text sent in a 502 Bad Gateway body \(through fail\)`
	}
	if _, err := load(); err != nil {
		return fail(c, fiber.StatusBadRequest, err) // ok: a 4xx tells the client what it did wrong
	}
	return c.SendStatus(fiber.StatusNoContent) // ok: no body
}

func routes(app *fiber.App) {
	app.Get("/show", show)
	app.Get("/show/twin", showTwin)
	app.Get("/helper", viaHelper)
}

// Reading the session keeps the handler in view: the store reads the
// session cookie, and only the session's Save and Destroy touch the
// response, by setting that cookie.
var sessions *session.Store

func profile(c fiber.Ctx) error {
	sess, err := sessions.Get(c)
	if err != nil {
		return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()}) // want `raw error text sent in a 500 Internal Server Error body`
	}
	return c.JSON(fiber.Map{"user": sess.Get("user")}) // ok: a success
}

func profileTwin(c fiber.Ctx) error {
	sess, err := sessions.Get(c)
	if err != nil {
		log.Printf("session: %v", err)
		return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": "internal error"}) // ok: a generic message
	}
	return c.JSON(fiber.Map{"user": sess.Get("user")}) // ok: a success
}
