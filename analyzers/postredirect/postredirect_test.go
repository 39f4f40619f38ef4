package postredirect_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/postredirect"
)

func Test(t *testing.T) {
	dir := fixtures.Dir(t)
	analysistest.RunWithSuggestedFixes(t, dir, postredirect.Analyzer, "postredirect/basic", "postredirect/helpers", "postredirect/echo5", "postredirect/fiber3")
}
