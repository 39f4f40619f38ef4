// Package fiber3 holds a fiber v3 handler: v3 has an adapter, so its
// import is not reported.
package fiber3

import (
	"github.com/gofiber/fiber/v3" // ok: fiber v3 is modelled
)

func list(c fiber.Ctx) error {
	return c.Status(fiber.StatusOK).JSON([]string{})
}
