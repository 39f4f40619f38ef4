package allowheader_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/allowheader"
)

func Test(t *testing.T) {
	dir := fixtures.Dir(t)
	analysistest.Run(t, dir, allowheader.Analyzer, "allowheader/basic", "allowheader/errreturns", "allowheader/echo5", "allowheader/fiber3")
}
