package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
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
	// allowIncomplete accepts packages analyzed in part (exit 3 or 0,
	// not 1).
	allowIncomplete bool
	// progress, when set, shows the progress line (see progress.go).
	progress *progress
	context  int // -c: lines of source around each finding; -1 none
	tags     string
	patterns []string
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
//
// cfg, when not nil, holds the settings of .statuslint.yml: they apply
// as if given before the command line, which overrides them (see
// withConfig).
func parseOptions(all []*analysis.Analyzer, args []string, cfg *config) (*options, error) {
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
	fs.BoolVar(&o.allowIncomplete, "allow-incomplete", false, "")
	var enable, disable nameList
	fs.Var(&enable, "enable", "")
	fs.Var(&disable, "disable", "")

	if name, ok := removedFlag(args); ok {
		return nil, usagef("-%s is no longer accepted: test files are always read, as go vet reads them (findings in them are never reported); drop the flag", name)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, &usageError{withSuggestion(fs, err.Error())}
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
	if cfg != nil {
		var err error
		if enable, disable, err = o.withConfig(fs, cfg, enabled, all, enable, disable); err != nil {
			return nil, err
		}
	}
	o.checks = selectChecks(all, enabled)
	if len(enable) > 0 || len(disable) > 0 {
		if err := o.enableDisable(all, enable, disable); err != nil {
			return nil, err
		}
	}
	return o, nil
}

// enableDisable adds the checks of -enable to those selected and takes
// those of -disable away. go vet is then given the selection itself,
// each check as -NAME=true, as its -NAME rule has no "add to the
// defaults".
func (o *options) enableDisable(all []*analysis.Analyzer, enable, disable nameList) error {
	valid := make([]string, len(all))
	for i, a := range all {
		valid[i] = a.Name
	}
	for _, l := range []struct {
		flag  string
		names nameList
	}{{"-enable", enable}, {"-disable", disable}} {
		for _, name := range l.names {
			if !slices.Contains(valid, name) {
				return usagef("%s: %s", l.flag, unknownCheck(name, valid))
			}
			if l.flag == "-enable" && slices.Contains(disable, name) {
				return usagef("%s is in both -enable and -disable; name it in one", name)
			}
		}
	}
	var keep []*analysis.Analyzer
	for _, a := range all {
		if (slices.Contains(o.checks, a) || slices.Contains(enable, a.Name)) && !slices.Contains(disable, a.Name) {
			keep = append(keep, a)
		}
	}
	if len(keep) == 0 {
		return usagef("-disable leaves no check to run")
	}
	o.checks = keep
	o.checkFlags = slices.DeleteFunc(o.checkFlags, func(f string) bool {
		name, _, _ := strings.Cut(strings.TrimPrefix(f, "-"), "=")
		return slices.Contains(valid, name)
	})
	for _, a := range keep {
		o.checkFlags = append(o.checkFlags, "-"+a.Name+"=true")
	}
	return nil
}

// withConfig applies the settings file under the command line: its
// options where the command line does not set the same option, and its
// enable and disable lists unless the command line picks the checks
// itself (-NAME), less the checks the command line names the other way.
func (o *options) withConfig(fs *flag.FlagSet, cfg *config, enabled []*triState, all []*analysis.Analyzer, enable, disable nameList) (nameList, nameList, error) {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var cfgFlags []string
	for _, a := range all {
		for _, opt := range cfg.settings.Options[a.Name] {
			name := a.Name + "." + opt.Name
			if set[name] {
				continue
			}
			if err := fs.Set(name, opt.Value); err != nil {
				return nil, nil, usagef("%s: %v", relPath(mustGetwd(), cfg.path), err)
			}
			// fs.Set recorded it after the command line's: keep the file's first.
			o.checkFlags = o.checkFlags[:len(o.checkFlags)-1]
			cfgFlags = append(cfgFlags, "-"+name+"="+opt.Value)
		}
	}
	o.checkFlags = append(cfgFlags, o.checkFlags...)
	for i := range all {
		if *enabled[i] == setTrue {
			return enable, disable, nil // the command line picks the checks
		}
	}
	isOff := func(name string) bool {
		for i, a := range all {
			if a.Name == name {
				return *enabled[i] == setFalse
			}
		}
		return false
	}
	var en, dis nameList
	for _, name := range cfg.settings.Enable {
		if !slices.Contains(disable, name) && !isOff(name) {
			en = append(en, name)
		}
	}
	for _, name := range cfg.settings.Disable {
		if !slices.Contains(enable, name) {
			dis = append(dis, name)
		}
	}
	return append(en, enable...), append(dis, disable...), nil
}

// nameList is a flag that takes a comma-separated list of names and may
// be given more than once.
type nameList []string

func (l *nameList) String() string { return strings.Join(*l, ",") }

func (l *nameList) Set(s string) error {
	for name := range strings.SplitSeq(s, ",") {
		if name = strings.TrimSpace(name); name != "" {
			*l = append(*l, name)
		}
	}
	return nil
}

// unknownCheck says that name is no check, with the nearest check's name
// when one is near, and the list.
func unknownCheck(name string, valid []string) string {
	msg := fmt.Sprintf("no check is named %q", name)
	if near := nearest(name, valid); near != "" {
		msg += fmt.Sprintf("; did you mean %s?", near)
	}
	return msg + "; the checks are " + strings.Join(valid, ", ")
}

// withSuggestion adds "did you mean" to the flag package's error for a
// flag it does not know, when a defined flag is near its name.
func withSuggestion(fs *flag.FlagSet, msg string) string {
	bad, ok := strings.CutPrefix(msg, "flag provided but not defined: -")
	if !ok {
		return msg
	}
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if near := nearest(bad, names); near != "" {
		return fmt.Sprintf("%s; did you mean -%s?", msg, near)
	}
	return msg
}

// nearest is the name in names closest to s by edit distance, if it is
// close enough to be a slip of the keyboard: at most one edit in a
// short name, two in a longer one. Ties go to the first in names.
func nearest(s string, names []string) string {
	limit := 1
	if len(s) > 5 {
		limit = 2
	}
	best, bestDist := "", limit+1
	for _, n := range names {
		if d := editDistance(strings.ToLower(s), strings.ToLower(n)); d < bestDist {
			best, bestDist = n, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
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
