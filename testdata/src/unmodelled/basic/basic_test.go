package basic

import (
	"testing"

	"github.com/gofiber/fiber" // ok: imports in test files are not reported
)

func TestList(t *testing.T) {
	listFiber1(&fiber.Ctx{})
}
