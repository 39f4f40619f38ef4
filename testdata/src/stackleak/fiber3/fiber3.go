// Package fiber3 holds fiber v3 handlers that write stack traces and
// panic values.
package fiber3

import (
	"log"
	"runtime/debug"

	"github.com/gofiber/fiber/v3"
)

func trace(c fiber.Ctx) error {
	return c.Status(fiber.StatusInternalServerError).SendString(string(debug.Stack())) // want `a stack trace is written to the response body`
}

func traceTwin(c fiber.Ctx) error {
	log.Printf("failed: %s", debug.Stack())
	return c.Status(fiber.StatusInternalServerError).SendString("internal error") // ok: the stack goes to the log
}

func recoverer(c fiber.Ctx) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"panic": r}) // want `the value recovered from a panic is written to the response body`
		}
	}()
	return c.Next()
}

func recovererTwin(c fiber.Ctx) (err error) {
	defer func() {
		if r := recover(); r != nil {
			log.Printf("panic: %v", r)
			err = c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": "internal error"}) // ok: the value goes to the log
		}
	}()
	return c.Next()
}

func routes(app *fiber.App) {
	app.Use(recoverer, recovererTwin)
	app.Get("/trace", trace)
	app.Get("/trace/twin", traceTwin)
}
