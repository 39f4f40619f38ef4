package respflow_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"
	"github.com/statuslint/statuslint/analyzers/internal/respflow"
)

// TestFacts asserts the helper summaries the model exports.
func TestFacts(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), respflow.Analyzer, "respflow/facts")
}
