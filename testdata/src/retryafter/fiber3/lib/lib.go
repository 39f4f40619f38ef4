// Package lib holds fiber v3 response helpers another package calls.
package lib

import "github.com/gofiber/fiber/v3"

// Throttle answers 429 without saying when to come back; each call is
// judged where it is made.
func Throttle(c fiber.Ctx, detail string) error {
	return c.Status(fiber.StatusTooManyRequests).SendString(detail) // ok: judged at each call
}

// ThrottleFor answers 429 with the delay in Retry-After.
func ThrottleFor(c fiber.Ctx, seconds string) error {
	c.Set(fiber.HeaderRetryAfter, seconds)
	return c.SendStatus(fiber.StatusTooManyRequests) // ok: Retry-After is set
}

// Busy answers with the status it is given.
func Busy(c fiber.Ctx, code int) error {
	return c.Status(code).JSON(fiber.Map{"detail": "try later"})
}
