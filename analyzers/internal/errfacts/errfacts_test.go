package errfacts_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/errfacts"
	"github.com/statuslint/statuslint/analyzers/internal/fixtures"
)

// TestFacts asserts the facts recorded of errors.
func TestFacts(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), errfacts.Analyzer, "errfacts")
}
