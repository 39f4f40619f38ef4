package stackleak_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/stackleak"
)

func Test(t *testing.T) {
	dir := fixtures.Dir(t)
	analysistest.Run(t, dir, stackleak.Analyzer, "stackleak/basic", "stackleak/echo5", "stackleak/fiber3")
}
