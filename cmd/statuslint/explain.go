package main

import (
	"flag"
	"fmt"
	"go/doc/comment"
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
	msg := fmt.Sprintf("%q is not a status code, check or class", args[0])
	if near := nearest(arg, names); near != "" {
		msg += fmt.Sprintf("; did you mean %s?", near)
	}
	return "", fmt.Errorf("%s; try a code (429), a class (1xx-5xx), all, or a check: %s", msg, strings.Join(names, ", "))
}

// checkCard is a check's documentation followed by the codes, decisions
// and anti-patterns of the catalog that it enforces.
func checkCard(a *analysis.Analyzer) string { return describe(a).text() }

// checkDoc is what statuslint says about a check, gathered once for
// explain (text) and for the SARIF rules (text and markdown).
type checkDoc struct {
	name, title, body, state, url string
	codes                         []string
	antiPatterns, decisions       []pair // bad → good; scenario → code to send
	flags                         []pair // -NAME.flag → usage
}

type pair struct{ a, b string }

func describe(a *analysis.Analyzer) checkDoc {
	title, body, _ := strings.Cut(a.Doc, "\n")
	d := checkDoc{name: a.Name, title: title, body: strings.TrimSpace(body), state: "on by default", url: a.URL}
	if analyzers.Off[a.Name] {
		d.state = "off by default; enable with -" + a.Name
	}
	for _, c := range catalog.All() {
		for _, n := range c.Checks {
			if n == a.Name {
				d.codes = append(d.codes, catalog.Phrase(c.Code))
			}
		}
	}
	for _, ap := range catalog.AntiPatterns() {
		if ap.Check == a.Name {
			d.antiPatterns = append(d.antiPatterns, pair{ap.Bad, ap.Good})
		}
	}
	for _, dec := range catalog.Decisions() {
		if dec.Check == a.Name {
			d.decisions = append(d.decisions, pair{dec.Scenario, catalog.Phrase(dec.Code)})
		}
	}
	a.Flags.VisitAll(func(f *flag.Flag) {
		d.flags = append(d.flags, pair{"-" + a.Name + "." + f.Name, f.Usage})
	})
	return d
}

func (d checkDoc) text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s (%s)\n\n%s\n", d.name, d.title, d.state, d.body)
	if len(d.codes) > 0 {
		fmt.Fprintf(&b, "\nCodes it watches: %s\n", strings.Join(d.codes, ", "))
	}
	for _, p := range d.antiPatterns {
		fmt.Fprintf(&b, "\nAnti-pattern: %s\n  instead: %s\n", p.a, p.b)
	}
	for _, p := range d.decisions {
		fmt.Fprintf(&b, "\nWhen: %s\n  send: %s\n", p.a, p.b)
	}
	for _, p := range d.flags {
		fmt.Fprintf(&b, "\nFlag %s: %s\n", p.a, p.b)
	}
	fmt.Fprintf(&b, "\nMore: %s\n", d.url)
	return b.String()
}

// markdown renders the doc.go prose (Go doc comment syntax) and the
// catalog's guidance as Markdown, for code-scanning viewers.
func (d checkDoc) markdown() string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**: %s (%s)\n\n", d.name, d.title, d.state)
	var p comment.Parser
	pr := comment.Printer{HeadingLevel: 3}
	b.Write(pr.Markdown(p.Parse(d.body)))
	if len(d.codes) > 0 {
		fmt.Fprintf(&b, "\n**Codes it watches:** %s\n", strings.Join(d.codes, ", "))
	}
	if len(d.antiPatterns) > 0 {
		b.WriteString("\n**Anti-patterns:**\n\n")
		for _, p := range d.antiPatterns {
			fmt.Fprintf(&b, "- %s\n  Instead: %s\n", p.a, p.b)
		}
	}
	if len(d.decisions) > 0 {
		b.WriteString("\n**When to send what:**\n\n")
		for _, p := range d.decisions {
			fmt.Fprintf(&b, "- %s: send %s\n", p.a, p.b)
		}
	}
	if len(d.flags) > 0 {
		b.WriteString("\n**Flags:**\n\n")
		for _, p := range d.flags {
			fmt.Fprintf(&b, "- `%s`: %s\n", p.a, p.b)
		}
	}
	fmt.Fprintf(&b, "\nMore: [%s](%s)\n", d.url, d.url)
	return b.String()
}
