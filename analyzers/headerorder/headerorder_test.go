package headerorder_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/headerorder"
)

func Test(t *testing.T) {
	dir := fixtures.Dir(t)
	analysistest.Run(t, dir, headerorder.Analyzer, "headerorder/basic", "headerorder/crosspkg/use", "headerorder/guards", "headerorder/noreturn", "headerorder/overlap", "headerorder/echo5", "headerorder/fiber3")
}
