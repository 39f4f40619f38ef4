package main

import (
	"errors"
	"flag"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers"
	"github.com/statuslint/statuslint/analyzers/unknowncode"
)

func TestOptions(t *testing.T) {
	all := analyzers.All
	names := func(as []*analysis.Analyzer) []string {
		var n []string
		for _, a := range as {
			n = append(n, a.Name)
		}
		return n
	}
	defaults := slices.DeleteFunc(names(all), func(n string) bool { return analyzers.Off[n] })
	allBut := func(name string) []string {
		return slices.DeleteFunc(slices.Clone(defaults), func(n string) bool { return n == name })
	}
	withWWWAuth := slices.DeleteFunc(names(all), func(n string) bool { return analyzers.Off[n] && n != "wwwauth" })
	withoutTwo := slices.DeleteFunc(allBut("unknowncode"), func(n string) bool { return n == "errorbody" })
	asFlags := func(names []string) string { return "-" + strings.Join(names, "=true -") + "=true" }
	t.Cleanup(func() { unknowncode.Analyzer.Flags.Set("allow", "") })
	for _, tc := range []struct {
		args       string
		selected   []string
		checkFlags string
		patterns   string
	}{
		{"./...", defaults, "", "./..."},
		{"-sarif -unknowncode=false ./...", allBut("unknowncode"), "-unknowncode=false", "./..."},
		{"-unknowncode ./a ./b", []string{"unknowncode"}, "-unknowncode=true", "./a ./b"},
		{"-wwwauth -unknowncode ./...", []string{"unknowncode", "wwwauth"}, "-wwwauth=true -unknowncode=true", "./..."},
		{"-wwwauth=false ./...", defaults, "-wwwauth=false", "./..."},
		{"-unknowncode.allow=499 -json -tags=integration ./...", defaults, "-unknowncode.allow=499", "./..."},
		{"-c=2 ./...", defaults, "", "./..."},
		{"-enable=wwwauth ./...", withWWWAuth, asFlags(withWWWAuth), "./..."},
		{"-disable=unknowncode,errorbody -unknowncode.allow=499 ./...", withoutTwo, "-unknowncode.allow=499 " + asFlags(withoutTwo), "./..."},
		{"-unknowncode -enable wwwauth ./...", []string{"unknowncode", "wwwauth"}, "-unknowncode=true -wwwauth=true", "./..."},
	} {
		o, err := parseOptions(all, strings.Fields(tc.args), nil)
		if err != nil {
			t.Errorf("%s: %v", tc.args, err)
			continue
		}
		if got := names(o.checks); !slices.Equal(got, tc.selected) {
			t.Errorf("%s: selected %v, want %v", tc.args, got, tc.selected)
		}
		if got := strings.Join(o.checkFlags, " "); got != tc.checkFlags {
			t.Errorf("%s: check flags %q, want %q", tc.args, got, tc.checkFlags)
		}
		if got := strings.Join(o.patterns, " "); got != tc.patterns {
			t.Errorf("%s: patterns %q, want %q", tc.args, got, tc.patterns)
		}
	}
	if got := unknowncode.Analyzer.Flags.Lookup("allow").Value.String(); got != "499" {
		t.Errorf("-unknowncode.allow=499 did not reach the analyzer's flag: %q", got)
	}

	for _, tc := range []struct{ args, msg string }{
		{"-nosuchflag ./...", "flag provided but not defined: -nosuchflag"},
		{"-retryafer ./...", "flag provided but not defined: -retryafer; did you mean -retryafter?"},
		{"-unknowncode.alow=499 ./...", "flag provided but not defined: -unknowncode.alow; did you mean -unknowncode.allow?"},
		{"-enable=wwwauht ./...", "-enable: no check is named \"wwwauht\"; did you mean wwwauth?; the checks are " + strings.Join(names(all), ", ")},
		{"-disable=nosuch ./...", "-disable: no check is named \"nosuch\"; the checks are " + strings.Join(names(all), ", ")},
		{"-enable=wwwauth -disable=wwwauth ./...", "wwwauth is in both -enable and -disable; name it in one"},
		{"-json -sarif ./...", "-json and -sarif cannot be combined: each is the whole of standard output; run statuslint once for each"},
		{"-fix -json ./...", "-fix cannot be combined with -json or -sarif; run statuslint -fix, then statuslint -json or -sarif for what remains"},
		{"-c=1 -sarif ./...", "-c shows source lines in the plain output; -json and -sarif carry positions instead"},
		{"-unknowncode.allow=abc ./...", `invalid value "abc" for flag -unknowncode.allow: "abc" is not a status code from 100 to 999`},
		{"-sarif=maybe ./...", `invalid boolean value "maybe" for -sarif: parse error`},
		{"-unknowncode=maybe ./...", `invalid boolean value "maybe" for -unknowncode: want true or false`},
		{"./... -unknowncode=false", "flag -unknowncode=false after the packages; flags go first: statuslint [flags] packages"},
		{"-json", "no packages to lint; for the module in this directory: statuslint ./..."},
		{"-test=false ./...", "-test is no longer accepted: test files are always read, as go vet reads them (findings in them are never reported); drop the flag"},
	} {
		_, err := parseOptions(all, strings.Fields(tc.args), nil)
		var u *usageError
		if !errors.As(err, &u) || u.msg != tc.msg {
			t.Errorf("%s: error %v, want the usage error %q", tc.args, err, tc.msg)
		}
	}
	for _, args := range []string{"-h", "-help", "-json -h ./..."} {
		if _, err := parseOptions(all, strings.Fields(args), nil); !errors.Is(err, flag.ErrHelp) {
			t.Errorf("%s: error %v, want flag.ErrHelp", args, err)
		}
	}
}

func TestCalledByGoVet(t *testing.T) {
	for _, tc := range []struct {
		args string
		want bool
	}{
		{"-V=full", true},
		{"-flags", true},
		{"-unknowncode=false /tmp/go-build1/b001/vet.cfg", true},
		{"-V", false},
		{"./...", false},
		{"-flags ./...", false},
	} {
		if got := calledByGoVet(strings.Fields(tc.args)); got != tc.want {
			t.Errorf("calledByGoVet(%s) = %v, want %v", tc.args, got, tc.want)
		}
	}
}
