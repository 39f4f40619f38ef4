package bodystatus_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/bodystatus"
)

func Test(t *testing.T) {
	dir := fixtures.Dir(t)
	analysistest.Run(t, dir, bodystatus.Analyzer, "bodystatus/basic", "bodystatus/overlap", "bodystatus/echo5", "bodystatus/fiber3", "bodystatus/interim")
}
