package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/analyzers/contract"
)

// A -contract.spec run must not end in silence when it compared nothing:
// the contract check, with -contract.tally (specArgs adds it), tells in
// one diagnostic per package how many routes it compared with the
// document, how many it left out because their path is not constant, and
// which registrars' routes are relative to a router nothing in the run
// mounts. contractTally takes those out of the findings and turns them
// into one line: a count of the routes left out when some were compared,
// or, when none was, why, as a partial result (exit 1 unless
// -allow-incomplete, as for a package analyzed in part).

type pkgTally struct {
	compared, notConstant int
	relative              []string // "returned:example.com/api.Handler"
}

func contractTally(r *result, opts *options) {
	spec := ""
	on := false
	for _, f := range opts.checkFlags {
		name, val, _ := strings.Cut(strings.TrimLeft(f, "-"), "=")
		switch name {
		case "contract.spec":
			spec = val
		case "contract.tally":
			on = val == "" || val == "true" || val == "1"
		}
	}
	if !on || spec == "" {
		return
	}
	byPkg := map[string]pkgTally{}
	var order []string
	r.findings = slices.DeleteFunc(r.findings, func(f finding) bool {
		if f.check != "contract" || !strings.HasPrefix(f.message, contract.TallyPrefix) {
			return false
		}
		t := parseTally(strings.TrimPrefix(f.message, contract.TallyPrefix))
		// A package and its test variant each tell: the larger count.
		pkg := basePackage(f.pkg)
		old, seen := byPkg[pkg]
		if !seen {
			order = append(order, pkg)
		}
		if !seen || t.compared+t.notConstant > old.compared+old.notConstant {
			byPkg[pkg] = t
		}
		return true
	})
	compared, notConstant := 0, 0
	var relative []string
	for _, pkg := range order {
		t := byPkg[pkg]
		compared += t.compared
		notConstant += t.notConstant
		for _, rel := range t.relative {
			kind, name, _ := strings.Cut(rel, ":")
			var s string
			switch kind {
			case "returned":
				s = "the router returned by " + name
			case "receiver":
				s = "the receiver of " + name
			default:
				s = "the router given to " + name
			}
			if !slices.Contains(relative, s) {
				relative = append(relative, s)
			}
		}
	}
	doc := filepath.Base(spec)
	notConst := plural(notConstant, "route", "routes") + " not compared, their path not constant"
	if compared > 0 {
		if notConstant > 0 {
			r.notes = append(r.notes, fmt.Sprintf("statuslint: contract: compared %s with %s; %s", plural(compared, "route", "routes"), doc, notConst))
		}
		return
	}
	var why []string
	if len(relative) > 0 {
		why = append(why, "routes relative to "+strings.Join(relative, ", ")+", which nothing here mounts")
	}
	if notConstant > 0 {
		why = append(why, notConst)
	}
	if len(why) == 0 {
		why = append(why, "no route found in these packages")
	}
	r.partial = append(r.partial, problem{key: "contract", text: fmt.Sprintf("statuslint: contract: no route was compared with %s: %s", doc, strings.Join(why, "; "))})
}

// parseTally reads "compared=N notconstant=M relative=KIND:NAME...".
func parseTally(s string) pkgTally {
	var t pkgTally
	for _, field := range strings.Fields(s) {
		k, v, _ := strings.Cut(field, "=")
		switch k {
		case "compared":
			t.compared, _ = strconv.Atoi(v)
		case "notconstant":
			t.notConstant, _ = strconv.Atoi(v)
		case "relative":
			t.relative = append(t.relative, v)
		}
	}
	return t
}
