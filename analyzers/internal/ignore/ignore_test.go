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
		{"//statuslint:ignore unknowncode, x", nil, "", `//statuslint:ignore names unknown check "x"; known checks: allowheader, bodystatus, contract, errleak, errorbody, headerorder, location, methodstatus, postredirect, retryafter, stackleak, unknowncode, unmodelled, wwwauth`},
		{"//statuslint:ignore unknowncode, retryafter the gateway", nil, "", "the check names of a directive are separated by commas alone, no spaces; write //statuslint:ignore unknowncode,retryafter the gateway"},
		{"//statuslint:ignore unknowncode ,retryafter the gateway", nil, "", "the check names of a directive are separated by commas alone, no spaces; write //statuslint:ignore unknowncode,retryafter the gateway"},
		{"//statuslint:ignore unknowncode, retryafter", nil, "", "//statuslint:ignore needs a reason after the check names, so the next reader knows why the finding is wrong"},
		{"//statuslint: ignore unknowncode why", nil, "", `a space after "//statuslint:" makes this no directive; write //statuslint:ignore unknowncode why`},
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

// TestLookalike: a directive with a space after the slashes is reported
// with its correct spelling; prose that mentions the directive is not.
func TestLookalike(t *testing.T) {
	for _, tc := range []struct{ text, problem, fix string }{
		{"// statuslint:ignore unknowncode 499 is logged only", "a space after // makes this an ordinary comment that silences nothing; write //statuslint:ignore unknowncode 499 is logged only", "//statuslint:ignore unknowncode 499 is logged only"},
		{"//\tstatuslint:ignore unknowncode, retryafter why", "a space after // makes this an ordinary comment that silences nothing; write //statuslint:ignore unknowncode,retryafter why", "//statuslint:ignore unknowncode,retryafter why"},
		{"// statuslint:ignore unknowncode", "a space after // makes this an ordinary comment that silences nothing; write //statuslint:ignore unknowncode and a reason", ""},
		{"// statuslint:ignore is how a finding is silenced", "", ""},
		{"// statuslint:ignore", "", ""},
		{"// see statuslint:ignore unknowncode", "", ""},
		{"/* statuslint:ignore unknowncode why */", "", ""},
	} {
		d := lookalike(tc.text)
		if tc.problem == "" {
			if d != nil {
				t.Errorf("lookalike(%q) = %q, want nil", tc.text, d.Problem)
			}
			continue
		}
		if d == nil || d.Problem != tc.problem || d.Fix != tc.fix {
			t.Errorf("lookalike(%q) = %+v, want problem %q fix %q", tc.text, d, tc.problem, tc.fix)
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
