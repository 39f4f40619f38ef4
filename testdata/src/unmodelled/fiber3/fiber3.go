// Package fiber3 holds a fiber v3 handler. Once fiber v3 has an adapter,
// its path joins unmodelled.Modelled and the want below goes.
package fiber3

import (
	"github.com/gofiber/fiber/v3" // want `fiber v3 \(github.com/gofiber/fiber/v3\) is not modelled, so no check reads this package's fiber handlers; modelled fiber versions: v2`
)

func list(c fiber.Ctx) error {
	return c.Status(fiber.StatusOK).JSON([]string{})
}
