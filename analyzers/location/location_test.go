package location_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/location"
)

func Test(t *testing.T) {
	dir := fixtures.Dir(t)
	analysistest.Run(t, dir, location.Analyzer, "location/basic", "location/helpers", "location/echo5", "location/fiber3")
}
