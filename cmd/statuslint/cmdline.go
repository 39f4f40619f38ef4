package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// wantsSARIF reports whether the command line asks for SARIF output (a
// -sarif or -sarif=true flag before a "--"), and returns the arguments to
// go on with. -sarif=false asks for the ordinary output and is dropped,
// as multichecker does not know the flag.
func wantsSARIF(args []string) (bool, []string) {
	for i, arg := range args {
		if arg == "--" {
			break
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "-") || name != "sarif" {
			continue
		}
		on := true
		if b, err := strconv.ParseBool(val); hasVal && err == nil {
			on = b // a bad value is left to the flag parser to report
		}
		if on {
			return true, args
		}
		rest := append(append([]string(nil), args[:i]...), args[i+1:]...)
		return wantsSARIF(rest)
	}
	return false, args
}

// cmdline is the command line of the SARIF path. It takes the flags of
// multichecker's that make sense there, with the same meaning: -NAME and
// -NAME=false for each check, -NAME.option for each of a check's own
// flags (the Analyzer's Flags, shared with multichecker and go vet), and
// -test.
type cmdline struct {
	fs       *flag.FlagSet
	enabled  []*triState // per analyzer, in order
	sarif    bool
	tests    bool
	patterns []string
}

// errUsage reports a command line that was already explained on stderr.
var errUsage = errors.New("bad usage")

// parseCmdline parses args; on a bad command line it prints the problem
// and the usage to stderr and returns errUsage (flag.ErrHelp for -h).
func parseCmdline(stderr io.Writer, all []*analysis.Analyzer, args []string) (*cmdline, error) {
	c := &cmdline{fs: flag.NewFlagSet("statuslint", flag.ContinueOnError)}
	c.fs.SetOutput(stderr)
	c.fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fmt.Fprintln(stderr, "\nFlags with -sarif:")
		c.fs.PrintDefaults()
	}
	for _, a := range all {
		ts := new(triState)
		c.enabled = append(c.enabled, ts)
		c.fs.Var(ts, a.Name, fmt.Sprintf("enable %q analysis", a.Name))
		a.Flags.VisitAll(func(f *flag.Flag) {
			c.fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	c.fs.BoolVar(&c.sarif, "sarif", false, "print SARIF 2.1.0 on standard output, for code scanning")
	c.fs.BoolVar(&c.tests, "test", true, "indicates whether test files should be analyzed, too")
	if err := c.fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return nil, err
		}
		return nil, errUsage
	}
	c.patterns = c.fs.Args()
	for _, p := range c.patterns {
		if strings.HasPrefix(p, "-") {
			fmt.Fprintf(stderr, "statuslint: flag %s after the packages; flags go first: statuslint -sarif [flags] packages\n", p)
			return nil, errUsage
		}
	}
	if len(c.patterns) == 0 {
		fmt.Fprintln(stderr, "statuslint: -sarif needs packages to lint, e.g. statuslint -sarif ./...")
		return nil, errUsage
	}
	return c, nil
}

// selected returns the analyzers to run, by multichecker's rule: if any
// -NAME is true, only those; otherwise, if any is false, all but those.
func (c *cmdline) selected(all []*analysis.Analyzer) []*analysis.Analyzer {
	var hasTrue, hasFalse bool
	for _, ts := range c.enabled {
		hasTrue = hasTrue || *ts == setTrue
		hasFalse = hasFalse || *ts == setFalse
	}
	var keep []*analysis.Analyzer
	for i, a := range all {
		switch {
		case hasTrue && *c.enabled[i] == setTrue,
			!hasTrue && *c.enabled[i] != setFalse:
			keep = append(keep, a)
		}
	}
	return keep
}

// triState is a boolean flag that also knows whether it was set, as in
// multichecker.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (ts *triState) IsBoolFlag() bool { return true }

func (ts *triState) Set(value string) error {
	b, err := strconv.ParseBool(value)
	if err != nil {
		// The flag package prints "invalid boolean value" itself.
		return err
	}
	if b {
		*ts = setTrue
	} else {
		*ts = setFalse
	}
	return nil
}

func (ts *triState) String() string {
	switch *ts {
	case setTrue:
		return "true"
	case setFalse:
		return "false"
	}
	return "unset"
}
