package basic

import (
	"github.com/gofiber/fiber" // want `fiber v1 \(github.com/gofiber/fiber\) is not modelled, so no check reads this package's fiber handlers; modelled fiber versions: v2, v3`
)

func listFiber1(c *fiber.Ctx) {
	c.SendStatus(200)
}
