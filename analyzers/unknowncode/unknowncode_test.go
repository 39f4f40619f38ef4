package unknowncode_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/statuslint/statuslint/analyzers/internal/fixtures"

	"github.com/statuslint/statuslint/analyzers/unknowncode"
)

func TestUnknowncode(t *testing.T) {
	analysistest.Run(t, fixtures.Dir(t), unknowncode.Analyzer,
		"unknowncode/basic", "unknowncode/consts", "unknowncode/ignore", "unknowncode/frameworks", "unknowncode/helpers", "unknowncode/sentinels", "unknowncode/echo5", "unknowncode/fiber3")
}

func TestAllow(t *testing.T) {
	if err := unknowncode.Analyzer.Flags.Set("allow", "499, 520"); err != nil {
		t.Fatal(err)
	}
	defer unknowncode.Analyzer.Flags.Set("allow", "")
	analysistest.Run(t, fixtures.Dir(t), unknowncode.Analyzer, "unknowncode/allow")
}

func TestAllowRejectsBadValues(t *testing.T) {
	for _, bad := range []string{"abc", "99", "1000", "499;520"} {
		err := unknowncode.Analyzer.Flags.Set("allow", bad)
		if err == nil {
			t.Errorf("-allow=%s: accepted, want an error", bad)
		}
	}
}
