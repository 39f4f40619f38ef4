package fiber3

import (
	fiber2 "github.com/gofiber/fiber/v2" // ok: fiber v2 is modelled
)

func listV2(c *fiber2.Ctx) error {
	return c.Status(fiber2.StatusOK).JSON([]string{})
}
