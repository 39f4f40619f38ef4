package basic

import (
	"net/http/httptest"
	"testing"
)

// Tests call handlers directly; that does not make them helpers, so the
// findings in basic.go stand in the test variant of the package too.
func TestLimited(t *testing.T) {
	limited(httptest.NewRecorder(), httptest.NewRequest("GET", "/", nil))
}
