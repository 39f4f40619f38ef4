package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// TestShowProgress: no progress line with -json or -sarif, in CI, on a
// dumb terminal, or when standard error is not a terminal.
func TestShowProgress(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	var buf bytes.Buffer
	devnull, err := os.Open(os.DevNull) // a character device, like a terminal
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	for _, tc := range []struct {
		name string
		opts options
		w    any
		env  func(string) string
		want bool
	}{
		{"terminal", options{}, devnull, env(), true},
		{"-json", options{json: true}, devnull, env(), false},
		{"-sarif", options{sarif: true}, devnull, env(), false},
		{"CI", options{}, devnull, env("CI", "true"), false},
		{"GitHub Actions", options{}, devnull, env("GITHUB_ACTIONS", "true"), false},
		{"dumb terminal", options{}, devnull, env("TERM", "dumb"), false},
		{"a buffer", options{}, &buf, env(), false},
	} {
		w := tc.w.(interface{ Write([]byte) (int, error) })
		if got := showProgress(&tc.opts, w, tc.env); got != tc.want {
			t.Errorf("%s: showProgress = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestProgressLine: packages counted from the file the vet tool appends
// to, downloads from the go command's standard error.
func TestProgressLine(t *testing.T) {
	var out bytes.Buffer
	p, err := startProgress(&out)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv(progressEnv, p.file)
	reportProgress()
	reportProgress()
	p.Write([]byte("go: downloading example.com/a v1.0.0\ngo: downloading example.com/b v1.0.0\n"))
	if got, want := p.line(3*time.Second), "statuslint: 2 packages analyzed, 2 modules downloaded (3s; a re-run is answered from the cache)"; got != want {
		t.Errorf("line %q, want %q", got, want)
	}
	p.end()
	if s := out.String(); s != "" && !strings.HasSuffix(s, "\r\033[K") {
		t.Errorf("the line is not cleared at the end: %q", s)
	}
	if _, err := os.Stat(p.file); !os.IsNotExist(err) {
		t.Errorf("the progress file is left behind: %v", err)
	}
}
