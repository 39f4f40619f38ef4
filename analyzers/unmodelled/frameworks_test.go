package unmodelled

import "testing"

func TestVersionOf(t *testing.T) {
	for _, tc := range []struct {
		path     string
		module   string // "" when path is no framework's
		label    string
		modelled bool
	}{
		{"github.com/gin-gonic/gin", "github.com/gin-gonic/gin", "v1", true},
		{"github.com/gin-gonic/gin/binding", "github.com/gin-gonic/gin", "v1", true},
		{"github.com/gin-gonic/gin/v2", "github.com/gin-gonic/gin/v2", "v2", false},
		{"github.com/gin-gonic/contrib/sessions", "", "", false},
		{"github.com/labstack/echo", "github.com/labstack/echo", "v3 or earlier", false},
		{"github.com/labstack/echo/middleware", "github.com/labstack/echo", "v3 or earlier", false},
		{"github.com/labstack/echo/v4", "github.com/labstack/echo/v4", "v4", true},
		{"github.com/labstack/echo/v4/middleware", "github.com/labstack/echo/v4", "v4", true},
		{"github.com/labstack/echo/v5", "github.com/labstack/echo/v5", "v5", true},
		{"github.com/labstack/echo/v12/middleware", "github.com/labstack/echo/v12", "v12", false},
		{"github.com/labstack/echo-contrib/session", "", "", false},
		{"github.com/labstack/echox", "", "", false},
		{"github.com/gofiber/fiber", "github.com/gofiber/fiber", "v1", false},
		{"github.com/gofiber/fiber/v1", "github.com/gofiber/fiber", "v1", false}, // not a version element
		{"github.com/gofiber/fiber/v02", "github.com/gofiber/fiber", "v1", false},
		{"github.com/gofiber/fiber/v2/middleware/cors", "github.com/gofiber/fiber/v2", "v2", true},
		{"github.com/gofiber/fiber/v3", "github.com/gofiber/fiber/v3", "v3", true},
		{"github.com/gofiber/fiberx", "", "", false},
		{"net/http", "", "", false},
	} {
		v, ok := versionOf(tc.path)
		if !ok {
			if tc.module != "" {
				t.Errorf("versionOf(%q): no framework, want %s", tc.path, tc.module)
			}
			continue
		}
		if v.module != tc.module || v.label != tc.label || v.modelled() != tc.modelled {
			t.Errorf("versionOf(%q) = %s %s modelled=%v, want %s %s modelled=%v",
				tc.path, v.module, v.label, v.modelled(), tc.module, tc.label, tc.modelled)
		}
	}
}

// TestModelledPaths keeps the adapters' packages to root packages of
// known families: an adapter for a new framework needs a family here.
func TestModelledPaths(t *testing.T) {
	for _, m := range modelledPaths {
		if v, ok := versionOf(m); !ok || v.module != m {
			t.Errorf("an adapter's package is %q, which is not the root package of a gin, echo or fiber version", m)
		}
	}
}
