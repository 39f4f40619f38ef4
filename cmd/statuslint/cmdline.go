package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers"
)

// options is a parsed command line of statuslint [flags] packages.
type options struct {
	checks []*analysis.Analyzer // the checks to run, in the order of analyzers.All
	// checkFlags are the -NAME and -NAME.option flags as given, passed on
	// to go vet, which hands them to every run of the vet tool.
	checkFlags []string

	json, sarif, fix, diff, version bool
	context                         int // -c: lines of source around each finding; -1 none
	tags                            string
	patterns                        []string
}

// usageError is a bad command line: one line that says what is wrong,
// printed with a pointer to -h.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// parseOptions parses args. It returns flag.ErrHelp for -h and -help,
// and a *usageError for a bad command line.
func parseOptions(all []*analysis.Analyzer, args []string) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the errors are printed as one line by the caller
	fs.Usage = func() {}
	enabled := make([]*triState, len(all))
	for i, a := range all {
		enabled[i] = new(triState)
		fs.Var(recorder{enabled[i], "-" + a.Name, &o.checkFlags}, a.Name, "")
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(recorder{f.Value, "-" + a.Name + "." + f.Name, &o.checkFlags}, a.Name+"."+f.Name, "")
		})
	}
	fs.BoolVar(&o.json, "json", false, "")
	fs.BoolVar(&o.sarif, "sarif", false, "")
	fs.BoolVar(&o.fix, "fix", false, "")
	fs.BoolVar(&o.diff, "diff", false, "")
	fs.IntVar(&o.context, "c", -1, "")
	fs.StringVar(&o.tags, "tags", "", "")
	fs.BoolVar(&o.version, "V", false, "")

	if name, ok := removedFlag(args); ok {
		return nil, usagef("-%s is no longer accepted: test files are always read, as go vet reads them (findings in them are never reported); drop the flag", name)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, &usageError{err.Error()}
	}
	if o.version {
		return o, nil
	}
	o.patterns = fs.Args()
	for _, p := range o.patterns {
		if strings.HasPrefix(p, "-") {
			return nil, usagef("flag %s after the packages; flags go first: statuslint [flags] packages", p)
		}
	}
	switch {
	case o.json && o.sarif:
		return nil, usagef("-json and -sarif cannot be combined: each is the whole of standard output; run statuslint once for each")
	case o.fix && (o.json || o.sarif):
		return nil, usagef("-fix cannot be combined with -json or -sarif; run statuslint -fix, then statuslint -json or -sarif for what remains")
	case o.context >= 0 && (o.json || o.sarif):
		return nil, usagef("-c shows source lines in the plain output; -json and -sarif carry positions instead")
	case len(o.patterns) == 0:
		return nil, usagef("no packages to lint; for the module in this directory: statuslint ./...")
	}
	o.fix = o.fix || o.diff // -diff alone shows what -fix would do
	o.checks = selectChecks(all, enabled)
	return o, nil
}

// removedFlag finds -test among the flags: it chose whether _test.go
// files were loaded, which go vet always does.
func removedFlag(args []string) (string, bool) {
	for _, arg := range args {
		if arg == "--" || !strings.HasPrefix(arg, "-") {
			break
		}
		name, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if name == "test" {
			return name, true
		}
	}
	return "", false
}

// selectChecks picks the checks to run by multichecker's rule, which go
// vet -vettool follows too: if any -NAME is true, only those; otherwise
// all but those set false and those off by default.
func selectChecks(all []*analysis.Analyzer, enabled []*triState) []*analysis.Analyzer {
	hasTrue := false
	for _, ts := range enabled {
		hasTrue = hasTrue || *ts == setTrue
	}
	var keep []*analysis.Analyzer
	for i, a := range all {
		switch {
		case hasTrue && *enabled[i] == setTrue,
			!hasTrue && *enabled[i] != setFalse && !analyzers.Off[a.Name]:
			keep = append(keep, a)
		}
	}
	return keep
}

// recorder is a flag that also records how it was set, to pass it on.
type recorder struct {
	flag.Value
	name string
	into *[]string
}

func (r recorder) Set(s string) error {
	if err := r.Value.Set(s); err != nil {
		return err
	}
	*r.into = append(*r.into, r.name+"="+s)
	return nil
}

func (r recorder) IsBoolFlag() bool {
	b, ok := r.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
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
		return errors.New("want true or false")
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
