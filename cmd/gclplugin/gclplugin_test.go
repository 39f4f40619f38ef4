package gclplugin

import (
	"encoding/json"
	"flag"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers"
	"github.com/statuslint/statuslint/analyzers/unknowncode"
	statussettings "github.com/statuslint/statuslint/cmd/internal/settings"
)

// settings parses YAML-like test input written as JSON, the shape
// golangci-lint hands over after reading the YAML configuration.
func settings(t *testing.T, js string) any {
	t.Helper()
	if js == "" {
		return nil
	}
	var v any
	if err := json.Unmarshal([]byte(js), &v); err != nil {
		t.Fatalf("bad test input %s: %v", js, err)
	}
	return v
}

func build(t *testing.T, js string) ([]*analysis.Analyzer, error) {
	t.Helper()
	p, err := New(settings(t, js))
	if err != nil {
		return nil, err
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	return p.BuildAnalyzers()
}

func names(as []*analysis.Analyzer) string {
	var n []string
	for _, a := range as {
		n = append(n, a.Name)
	}
	return strings.Join(n, ",")
}

// defaults lists the checks on by default, in the order of analyzers.All.
func defaults(except ...string) string {
	var n []string
next:
	for _, a := range analyzers.All {
		if analyzers.Off[a.Name] {
			continue
		}
		for _, e := range except {
			if a.Name == e {
				continue next
			}
		}
		n = append(n, a.Name)
	}
	return strings.Join(n, ",")
}

func allowFlag() string {
	return unknowncode.Analyzer.Flags.Lookup("allow").Value.String()
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("statuslint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if names(got) != defaults() {
		t.Errorf("registered plugin builds %s, want the default checks %s", names(got), defaults())
	}
}

func TestGoodSettings(t *testing.T) {
	for _, tc := range []struct {
		name, settings, want, allow string
	}{
		{"none", ``, defaults(), ""},
		{"empty", `{}`, defaults(), ""},
		{"disable", `{"disable": ["unknowncode"]}`, defaults("unknowncode"), ""},
		{"enable default-on", `{"enable": ["unknowncode"]}`, defaults(), ""},
		{"allow list", `{"unknowncode": {"allow": [499, 520]}}`, defaults(), "499,520"},
		{"allow string", `{"unknowncode": {"allow": "499,520"}}`, defaults(), "499,520"},
		{"allow number", `{"unknowncode": {"allow": 499}}`, defaults(), "499"},
		{"allow empty list", `{"unknowncode": {"allow": []}}`, defaults(), ""},
		{"options of a disabled check", `{"disable": ["unknowncode"], "unknowncode": {"allow": [499]}}`, defaults("unknowncode"), "499"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := build(t, tc.settings)
			if err != nil {
				t.Fatalf("settings %s: %v", tc.settings, err)
			}
			if names(got) != tc.want {
				t.Errorf("settings %s: checks %s, want %s", tc.settings, names(got), tc.want)
			}
			if allowFlag() != tc.allow {
				t.Errorf("settings %s: -unknowncode.allow = %q, want %q", tc.settings, allowFlag(), tc.allow)
			}
		})
	}
}

// TestDefaultOff: a check in analyzers.Off runs only when enabled. The
// test marks unknowncode off for its duration, as no check is off yet.
func TestDefaultOff(t *testing.T) {
	was, had := analyzers.Off["unknowncode"]
	analyzers.Off["unknowncode"] = true
	t.Cleanup(func() {
		if had {
			analyzers.Off["unknowncode"] = was
		} else {
			delete(analyzers.Off, "unknowncode")
		}
	})
	got, err := build(t, `{}`)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(","+names(got)+",", ",unknowncode,") {
		t.Errorf("a default-off check runs without enable: %s", names(got))
	}
	got, err = build(t, `{"enable": ["unknowncode"]}`)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(","+names(got)+",", ",unknowncode,") {
		t.Errorf("enable did not turn on a default-off check: %s", names(got))
	}
}

// TestOptionsDoNotLinger: the flags are package-level, so a later build
// without an option must see the option's default again.
func TestOptionsDoNotLinger(t *testing.T) {
	first, err := New(settings(t, `{"unknowncode": {"allow": [499]}}`))
	if err != nil {
		t.Fatal(err)
	}
	second, err := New(settings(t, `{}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := first.BuildAnalyzers(); err != nil {
		t.Fatal(err)
	}
	if allowFlag() != "499" {
		t.Fatalf("-unknowncode.allow = %q after the first build, want 499", allowFlag())
	}
	if _, err := second.BuildAnalyzers(); err != nil {
		t.Fatal(err)
	}
	if allowFlag() != "" {
		t.Errorf("-unknowncode.allow = %q after a build without it, want the default \"\"", allowFlag())
	}
}

func TestBadSettings(t *testing.T) {
	// The lists of what is accepted grow with analyzers.All.
	checks, withOptions := statussettings.CheckNames(), statussettings.OptionChecks()
	for _, tc := range []struct {
		name, settings, want string
	}{
		{"not a map", `["unknowncode"]`,
			`statuslint settings: want a map of enable, disable and check options, got a list`},
		{"unknown key", `{"enabled": ["unknowncode"]}`,
			`statuslint settings: unknown setting "enabled"; accepted: enable, disable, and a check with options (` + withOptions + `)`},
		{"unknown check in enable", `{"enable": ["unknowncod"]}`,
			`statuslint settings: enable: unknown check "unknowncod"; the checks are ` + checks},
		{"unknown check in disable", `{"disable": ["UnknownCode"]}`,
			`statuslint settings: disable: unknown check "UnknownCode"; the checks are ` + checks},
		{"enable not a list", `{"enable": "unknowncode"}`,
			`statuslint settings: enable: want a list of check names (` + checks + `), got the string "unknowncode"`},
		{"enable and disable", `{"enable": ["unknowncode"], "disable": ["unknowncode"]}`,
			`statuslint settings: check unknowncode is both in enable and in disable`},
		{"unknown option", `{"unknowncode": {"alow": [499]}}`,
			`statuslint settings: unknowncode: unknown option "alow"; its options are allow`},
		{"check without options", `{"directive": {"strict": true}}`,
			`statuslint settings: directive: the check has no options; checks with options: ` + withOptions},
		{"options not a map", `{"unknowncode": [499]}`,
			`statuslint settings: unknowncode: want a map of its options (allow), got a list`},
		{"option is a map", `{"unknowncode": {"allow": {"code": 499}}}`,
			`statuslint settings: unknowncode.allow: want a string, number, boolean or a list of them, got a map`},
		{"option is null", `{"unknowncode": {"allow": null}}`,
			`statuslint settings: unknowncode.allow: want a string, number, boolean or a list of them, got nothing (null)`},
		{"list of lists", `{"unknowncode": {"allow": [[499]]}}`,
			`statuslint settings: unknowncode.allow: want a string, number or boolean in the list, got a list`},
		{"bad value", `{"unknowncode": {"allow": [499, "abc"]}}`,
			`statuslint settings: invalid value "499,abc" for unknowncode.allow: "abc" is not a status code from 100 to 999`},
		{"value out of range", `{"unknowncode": {"allow": 1000}}`,
			`statuslint settings: invalid value "1000" for unknowncode.allow: "1000" is not a status code from 100 to 999`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := build(t, tc.settings)
			if err == nil {
				t.Fatalf("settings %s: no error, checks %s", tc.settings, names(got))
			}
			if err.Error() != tc.want {
				t.Errorf("settings %s:\n got error %s\nwant error %s", tc.settings, err, tc.want)
			}
		})
	}
}

// TestFlagsReset: BuildAnalyzers resets every option to its default by
// setting the flag's DefValue, so every check's flags must take back
// their own default text.
func TestFlagsReset(t *testing.T) {
	if _, err := build(t, `{}`); err != nil {
		t.Fatal(err)
	}
	for _, a := range analyzers.All {
		a.Flags.VisitAll(func(f *flag.Flag) {
			if got := f.Value.String(); got != f.DefValue {
				t.Errorf("-%s.%s = %q after a reset, want its default %q", a.Name, f.Name, got, f.DefValue)
			}
		})
	}
}
