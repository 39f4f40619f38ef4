package errorbody_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/errorbody"
)

func Test(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, errorbody.Analyzer, "errorbody/basic", "errorbody/helpers", "errorbody/frameworks", "errorbody/crosspkg/use")
}

func TestKeysFlag(t *testing.T) {
	if err := errorbody.Analyzer.Flags.Set("keys", " , "); err == nil {
		t.Error("-keys with no key was accepted")
	}
}
