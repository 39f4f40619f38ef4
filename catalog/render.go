package catalog

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// width is the column limit for wrapped prose.
const width = 80

// classAbout says what each class means, indexed by Class.
var classAbout = [...]string{
	Informational: "Interim responses sent while the request is still being handled; a final response always follows. Application code meets them mainly in WebSocket upgrades and early hints.",
	Success:       "The request did what the client asked. Most answers are plain 200; the rarer codes add detail such as creation, deferral or an empty body.",
	Redirection:   "The client has a further step to take: usually following Location to another URL, or reusing its cached copy (304).",
	ClientError:   "The fault lies with the request, so repeating it unchanged will fail again: it may be malformed, unauthenticated or unauthorised, or aimed at nothing.",
	ServerError:   "The request may well have been fine; the server could not complete it. Operators, not clients, have to fix these, so alerting should track their rate.",
}

// Card renders everything the catalog knows about c as plain text, for
// `statuslint explain 429`.
func (c Code) Card() string {
	var b strings.Builder
	tags := []string{c.Class().String() + " " + c.Class().Name()}
	if c.Common {
		tags = append(tags, "common")
	}
	if !c.Registered {
		tags = append(tags, "unused")
	}
	fmt.Fprintf(&b, "%s (%s)\n", Phrase(c.Code), strings.Join(tags, ", "))
	if !c.Registered {
		b.WriteString("Status:    unused: the IANA registry reserves this code; do not send it\n")
	}
	fmt.Fprintf(&b, "net/http:  %s\n", orNone(c.Constant()))
	fmt.Fprintf(&b, "Defined:   %s\n", c.RFC)
	if c.BodyAllowed {
		b.WriteString("Body:      allowed\n")
	} else {
		b.WriteString("Body:      not allowed; the response must end after the headers\n")
	}
	fmt.Fprintf(&b, "Checks:    %s\n", orNone(strings.Join(c.Checks, ", ")))
	b.WriteString("\n")
	wrap(&b, "", "", c.Summary)
	if len(c.Headers) > 0 {
		b.WriteString("\nHeaders:\n")
		for _, h := range c.Headers {
			wrap(&b, "  - ", "    ", fmt.Sprintf("%s (%s): %s", h.Name, h.Strength, h.Note))
		}
	}
	b.WriteString("\nGuidance:\n")
	for _, g := range c.Guidance {
		wrap(&b, "  - ", "    ", g)
	}
	return b.String()
}

// ClassCard renders what class c means and a table of its codes. It
// returns "" for a value that is not one of the five classes.
func ClassCard(c Class) string {
	if !c.valid() {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s\n\n", c, c.Name())
	wrap(&b, "", "", classAbout[c])
	b.WriteString("\n")
	var rows [][]string
	for _, code := range codes {
		if code.Class() == c {
			rows = append(rows, []string{fmt.Sprint(code.Code), mark(code.Common, "*"), code.Reason, orNone(code.Const)})
		}
	}
	b.WriteString(table(rows))
	b.WriteString("\n* common in APIs\n")
	return b.String()
}

// Table renders one line per code: number, flags, reason phrase and
// net/http constant, below a legend for the flags. The constant is shown
// without its "http." qualifier to keep lines within 80 columns.
func Table() string {
	var b strings.Builder
	b.WriteString("flags: * common in APIs, - no body allowed, ! unused (do not send)\n\n")
	rows := make([][]string, 0, len(codes))
	for _, c := range codes {
		flags := mark(c.Common, "*") + mark(!c.BodyAllowed, "-") + mark(!c.Registered, "!")
		rows = append(rows, []string{fmt.Sprint(c.Code), flags, c.Reason, orNone(c.Const)})
	}
	b.WriteString(table(rows))
	return b.String()
}

// DecisionsText renders the decision table as a numbered list.
func DecisionsText() string {
	var b strings.Builder
	b.WriteString("Which code should I return?\n")
	for i, d := range decisions {
		b.WriteString("\n")
		wrap(&b, fmt.Sprintf("%d. ", i+1), "   ", d.Scenario)
		answer := "   -> " + Phrase(d.Code)
		if len(d.Alt) > 0 {
			alts := make([]string, len(d.Alt))
			for j, a := range d.Alt {
				alts[j] = Phrase(a)
			}
			answer += " (also acceptable: " + strings.Join(alts, ", ") + ")"
		}
		b.WriteString(answer + "\n")
		wrap(&b, "   ", "   ", d.Why)
		fmt.Fprintf(&b, "   enforced by: %s\n", checkOrWhyNot(d.Check))
	}
	return b.String()
}

// AntiPatternsText renders each anti-pattern with its remedy.
func AntiPatternsText() string {
	var b strings.Builder
	b.WriteString("Anti-patterns\n")
	for _, a := range antiPatterns {
		fmt.Fprintf(&b, "\n%s\n", a.Name)
		wrap(&b, "  bad:   ", "         ", a.Bad)
		wrap(&b, "  good:  ", "         ", a.Good)
		wrap(&b, "  why:   ", "         ", a.Why)
		fmt.Fprintf(&b, "  check: %s\n", checkOrWhyNot(a.Check))
	}
	return b.String()
}

func checkOrWhyNot(check string) string {
	if check == "" {
		return "none (a static check cannot tell which case applies)"
	}
	return check
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func mark(on bool, m string) string {
	if on {
		return m
	}
	return ""
}

// table aligns rows into columns two spaces apart. Trailing padding is
// trimmed so an empty last cell leaves no spaces behind.
func table(rows [][]string) string {
	var buf strings.Builder
	tw := tabwriter.NewWriter(&buf, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		fmt.Fprintln(tw, strings.Join(r, "\t"))
	}
	tw.Flush()
	lines := strings.SplitAfter(buf.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \n")
	}
	return strings.Join(lines[:len(lines)-1], "\n") + "\n"
}

// wrap writes text as lines of at most width columns, the first prefixed
// with first and the rest with rest. A word longer than a line gets a line
// of its own rather than being split.
func wrap(b *strings.Builder, first, rest, text string) {
	line, n := first, utf8.RuneCountInString(first)
	empty := true
	for _, w := range strings.Fields(text) {
		wn := utf8.RuneCountInString(w)
		if !empty && n+1+wn > width {
			b.WriteString(line + "\n")
			line, n, empty = rest, utf8.RuneCountInString(rest), true
		}
		if !empty {
			line += " "
			n++
		}
		line += w
		n += wn
		empty = false
	}
	b.WriteString(line + "\n")
}
