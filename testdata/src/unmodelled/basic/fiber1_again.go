package basic

import (
	"github.com/gofiber/fiber" // ok: one finding per package and version, at the first import
)

func showFiber1(c *fiber.Ctx) {
	c.SendStatus(200)
}
