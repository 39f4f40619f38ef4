package retryafter_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/retryafter"
)

func TestRetryafter(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, retryafter.Analyzer,
		"retryafter/basic", "retryafter/branches", "retryafter/helpers", "retryafter/frameworks",
		"retryafter/closures", "retryafter/crosspkg/use", "retryafter/callbacks")
}
