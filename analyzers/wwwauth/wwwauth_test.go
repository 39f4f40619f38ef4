package wwwauth_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/wwwauth"
)

func Test(t *testing.T) {
	dir := fixtures.Dir(t)
	analysistest.Run(t, dir, wwwauth.Analyzer, "wwwauth/basic", "wwwauth/echo5", "wwwauth/fiber3")
}
