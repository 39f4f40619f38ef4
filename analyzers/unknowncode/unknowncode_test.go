package unknowncode_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/unknowncode"
)

func testdata() string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		panic(err)
	}
	return dir
}

func TestUnknowncode(t *testing.T) {
	analysistest.Run(t, testdata(), unknowncode.Analyzer,
		"unknowncode/basic", "unknowncode/consts", "unknowncode/ignore", "unknowncode/frameworks")
}

func TestAllow(t *testing.T) {
	if err := unknowncode.Analyzer.Flags.Set("allow", "499, 520"); err != nil {
		t.Fatal(err)
	}
	defer unknowncode.Analyzer.Flags.Set("allow", "")
	analysistest.Run(t, testdata(), unknowncode.Analyzer, "unknowncode/allow")
}

func TestAllowRejectsBadValues(t *testing.T) {
	for _, bad := range []string{"abc", "99", "1000", "499;520"} {
		err := unknowncode.Analyzer.Flags.Set("allow", bad)
		if err == nil {
			t.Errorf("-allow=%s: accepted, want an error", bad)
		}
	}
}
