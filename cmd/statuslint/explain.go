package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers"
	"github.com/statuslint/statuslint/catalog"
)

// explain renders the guidance for one code, check or class, or for all.
func explain(args []string) (string, error) {
	if len(args) != 1 {
		return "", fmt.Errorf("give one status code (429), check (%s), class (4xx) or all", analyzers.All[0].Name)
	}
	arg := strings.ToLower(strings.TrimSpace(args[0]))
	if arg == "all" {
		return catalog.Table() + "\n" + catalog.DecisionsText() + "\n" + catalog.AntiPatternsText(), nil
	}
	if n, err := strconv.Atoi(arg); err == nil {
		if c, ok := catalog.Lookup(n); ok {
			return c.Card(), nil
		}
		msg := fmt.Sprintf("%d is not a registered HTTP status code", n)
		if near, ok := catalog.Nearest(n); ok {
			msg += fmt.Sprintf("; the nearest standard one is %s", catalog.Phrase(near.Code))
		} else {
			msg += "; registered codes run from 100 to 599 (statuslint explain all)"
		}
		return "", fmt.Errorf("%s", msg)
	}
	if len(arg) == 3 && arg[1:] == "xx" && arg[0] >= '1' && arg[0] <= '5' {
		return catalog.ClassCard(catalog.Class(arg[0] - '0')), nil
	}
	for _, a := range analyzers.All {
		if a.Name == arg {
			return checkCard(a), nil
		}
	}
	names := make([]string, len(analyzers.All))
	for i, a := range analyzers.All {
		names[i] = a.Name
	}
	return "", fmt.Errorf("%q is not a status code, check or class; try a code (429), a class (1xx-5xx), all, or a check: %s", args[0], strings.Join(names, ", "))
}

// checkCard is a check's documentation followed by the codes, decisions
// and anti-patterns of the catalog that it enforces.
func checkCard(a *analysis.Analyzer) string {
	var b strings.Builder
	title, body, _ := strings.Cut(a.Doc, "\n")
	state := "on by default"
	if analyzers.Off[a.Name] {
		state = "off by default; enable with -" + a.Name
	}
	fmt.Fprintf(&b, "%s: %s (%s)\n\n%s\n", a.Name, title, state, strings.TrimSpace(body))
	var codes []string
	for _, c := range catalog.All() {
		for _, n := range c.Checks {
			if n == a.Name {
				codes = append(codes, catalog.Phrase(c.Code))
			}
		}
	}
	if len(codes) > 0 {
		fmt.Fprintf(&b, "\nCodes it watches: %s\n", strings.Join(codes, ", "))
	}
	for _, ap := range catalog.AntiPatterns() {
		if ap.Check == a.Name {
			fmt.Fprintf(&b, "\nAnti-pattern: %s\n  instead: %s\n", ap.Bad, ap.Good)
		}
	}
	for _, d := range catalog.Decisions() {
		if d.Check == a.Name {
			fmt.Fprintf(&b, "\nWhen: %s\n  send: %s\n", d.Scenario, catalog.Phrase(d.Code))
		}
	}
	a.Flags.VisitAll(func(f *flag.Flag) {
		fmt.Fprintf(&b, "\nFlag -%s.%s: %s\n", a.Name, f.Name, f.Usage)
	})
	fmt.Fprintf(&b, "\nMore: %s\n", a.URL)
	return b.String()
}
