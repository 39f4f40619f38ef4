package usage

import (
	fiber1 "github.com/gofiber/fiber"
	echo3 "github.com/labstack/echo"
)

// Fiber1 uses the fiber v1 stub.
func Fiber1(c *fiber1.Ctx) {
	var h fiber1.Handler = func(*fiber1.Ctx) {}
	_ = h
	err = c.JSON(obj)
	c.SendStatus(code)
	c = c.Status(code)
}

// Echo3 uses the echo v3 stub.
func Echo3(c echo3.Context) error {
	var h echo3.HandlerFunc = func(echo3.Context) error { return nil }
	_ = h
	err = c.String(code, str)
	err = c.JSON(code, obj)
	return c.NoContent(code)
}
