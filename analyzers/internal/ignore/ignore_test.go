package ignore

import (
	"slices"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		text    string
		names   []string
		reason  string
		problem string
	}{
		{"//statuslint:ignore unknowncode 499 is for the access log", []string{"unknowncode"}, "499 is for the access log", ""},
		{"//statuslint:ignore unknowncode,unknowncode  two   spaces", []string{"unknowncode", "unknowncode"}, "two spaces", ""},
		{"//statuslint:ignore unknowncode", nil, "", "//statuslint:ignore needs a reason after the check names, so the next reader knows why the finding is wrong"},
		{"//statuslint:ignore", nil, "", "//statuslint:ignore needs the checks to silence and a reason: //statuslint:ignore NAME[,NAME] reason"},
		{"//statuslint:ignore   ", nil, "", "//statuslint:ignore needs the checks to silence and a reason: //statuslint:ignore NAME[,NAME] reason"},
		{"//statuslint:ignore retry after", nil, "", `//statuslint:ignore names unknown check "retry"; known checks: allowheader, bodystatus, contract, errleak, errorbody, headerorder, location, methodstatus, postredirect, retryafter, stackleak, unknowncode, unmodelled, wwwauth`},
		{"//statuslint:ignore unknowncode, x", nil, "", `//statuslint:ignore names unknown check ""; known checks: allowheader, bodystatus, contract, errleak, errorbody, headerorder, location, methodstatus, postredirect, retryafter, stackleak, unknowncode, unmodelled, wwwauth`},
		{"//statuslint:ignored unknowncode x", nil, "", `unknown directive "//statuslint:ignored": the only statuslint directive is //statuslint:ignore NAME[,NAME] reason`},
	} {
		d := parse(tc.text)
		if d.Problem != tc.problem {
			t.Errorf("Parse(%q).Problem = %q, want %q", tc.text, d.Problem, tc.problem)
			continue
		}
		if tc.problem == "" && (!slices.Equal(d.Names, tc.names) || d.reason != tc.reason) {
			t.Errorf("Parse(%q) = names %q reason %q, want %q %q", tc.text, d.Names, d.reason, tc.names, tc.reason)
		}
	}
}

func TestSuppresses(t *testing.T) {
	d := &Directive{File: "a.go", line: 10, Names: []string{"unknowncode"}, reason: "r"}
	for _, tc := range []struct {
		name string
		file string
		line int
		want bool
	}{
		{"unknowncode", "a.go", 10, true},
		{"unknowncode", "a.go", 11, true},
		{"unknowncode", "a.go", 12, false},
		{"unknowncode", "a.go", 9, false},
		{"unknowncode", "b.go", 10, false},
		{"retryafter", "a.go", 10, false},
	} {
		if got := d.Suppresses(tc.name, tc.file, tc.line); got != tc.want {
			t.Errorf("Suppresses(%s, %s:%d) = %v, want %v", tc.name, tc.file, tc.line, got, tc.want)
		}
	}
	d.Problem = "malformed"
	if d.Suppresses("unknowncode", "a.go", 10) {
		t.Error("a malformed directive suppressed a finding")
	}
}
