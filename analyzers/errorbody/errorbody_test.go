package errorbody_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/errorbody"
)

func Test(t *testing.T) {
	dir := fixtures.Dir(t)
	analysistest.Run(t, dir, errorbody.Analyzer, "errorbody/basic", "errorbody/helpers", "errorbody/frameworks", "errorbody/crosspkg/use", "errorbody/shapes", "errorbody/marshal", "errorbody/codes", "errorbody/crosscodes/lib", "errorbody/crosscodes/use", "errorbody/echo5", "errorbody/fiber3")
}

func TestKeysFlag(t *testing.T) {
	if err := errorbody.Analyzer.Flags.Set("keys", " , "); err == nil {
		t.Error("-keys with no key was accepted")
	}
}
