package retryafter_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/retryafter"
)

func TestRetryafter(t *testing.T) {
	dir := fixtures.Dir(t)
	analysistest.Run(t, dir, retryafter.Analyzer,
		"retryafter/basic", "retryafter/branches", "retryafter/helpers", "retryafter/frameworks",
		"retryafter/closures", "retryafter/crosspkg/use", "retryafter/callbacks", "retryafter/guards", "retryafter/errreturns", "retryafter/fakes", "retryafter/probes", "retryafter/echo5", "retryafter/echo5/lib", "retryafter/fiber3", "retryafter/fiber3/lib")
}
