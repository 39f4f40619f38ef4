package directive_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/directive"
)

func TestDirective(t *testing.T) {
	dir := fixtures.Dir(t)
	analysistest.Run(t, dir, directive.Analyzer, "directive/basic")
}
