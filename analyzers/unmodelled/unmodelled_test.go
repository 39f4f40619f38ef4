package unmodelled_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/unmodelled"
)

func TestUnmodelled(t *testing.T) {
	dir := fixtures.Dir(t)
	analysistest.Run(t, dir, unmodelled.Analyzer,
		"unmodelled/basic", "unmodelled/echo5", "unmodelled/fiber3", "unmodelled/ignored")
}
