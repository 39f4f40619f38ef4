package errleak_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/errleak"
)

func Test(t *testing.T) {
	dir := fixtures.Dir(t)
	analysistest.Run(t, dir, errleak.Analyzer, "errleak/basic", "errleak/flow", "errleak/helpers", "errleak/crosspkg/use", "errleak/frameworks", "errleak/paramhelpers", "errleak/crossparam/lib", "errleak/crossparam/use", "errleak/constant", "errleak/echo5", "errleak/fiber3")
}
