package entries

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	for name, want := range map[string][]string{
		"IsReady":           {"is", "ready"},
		"newHTTPHealth":     {"new", "http", "health"},
		"healthz":           {"healthz"},
		"ShippingQuote":     {"shipping", "quote"},
		"check_db_liveness": {"check", "db", "liveness"},
	} {
		if got := words(name); !slices.Equal(got, want) {
			t.Errorf("words(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestIsProbePath(t *testing.T) {
	for path, want := range map[string]bool{
		"/healthz":          true,
		"/api/v1/ready/":    true,
		"/-/healthy":        true,
		"/status":           true,
		"/jobs/{id}/status": false,
		"/users/:id/ping":   false,
		"/shipping":         false,
		"":                  false,
	} {
		if got := isProbePath(path); got != want {
			t.Errorf("isProbePath(%q) = %v, want %v", path, got, want)
		}
	}
}
