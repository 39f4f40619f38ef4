// Command bench measures statuslint on a real module: make bench runs it
// as
//
//	go run ./tools/bench -dir=DIR -staticcheck=bin/staticcheck bin/statuslint bin/bench-nothing
//
// where DIR holds the target module with its dependencies downloaded and
// bin/bench-nothing is the baseline from ./tools/bench/nothing: the same
// x/tools passes with no analysis of its own. Given two builds of
// statuslint instead, it tells what a change to the checks costs.
//
// It prints tables, each of medians: wall seconds, CPU seconds
// (user+system of every process, steadier than wall time when other work
// shares the machine) and peak resident memory (of the largest single
// process: go vet runs the tool once per package).
//
// The first is what the checks cost over doing nothing, in one driver:
// go vet -vettool=TOOL ./... against go vet -vettool=BASELINE ./..., runs
// alternating, each tool a fresh copy so that go vet has no results of
// it cached, over a warm compile cache.
//
// The cold table is a first run where nothing is cached, as in a CI job:
// each run with an empty build cache of its own, so that it compiles the
// target's dependencies and computes facts for all of them. go vet
// -vettool=TOOL against go vet -vettool=BASELINE, and TOOL ./... against
// staticcheck ./... (-coldruns runs; 0 leaves the table out).
//
// The next sets statuslint ./... beside staticcheck ./... and go vet
// -vettool=statuslint ./... on the target: with a warm build cache but no
// analysis results, and re-run on the unchanged tree, which each answers
// from its cache.
//
// It is a measurement, not a test: it fails only when a tool fails (an exit
// status other than 0, or 3 for findings), never on time.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"
)

var (
	dir         = flag.String("dir", "", "directory of the target module (required)")
	name        = flag.String("name", "", "target module@version, for the report")
	runs        = flag.Int("runs", 5, "timed runs of each tool in each table")
	sideRuns    = flag.Int("sideruns", 0, "warm runs of each tool in the second table (0: as -runs)")
	coldRuns    = flag.Int("coldruns", 1, "runs of each tool in the cold table, with an empty build cache (0: no cold table)")
	goCmd       = flag.String("go", "go", "the go command")
	staticcheck = flag.String("staticcheck", "", "a staticcheck binary, for the second table (none: no second table)")
	findings    = flag.String("findings", "", "write the first tool's findings to this file")
	gcl         = flag.String("gcl", "", "a golangci-lint built with the statuslint plugin, for the third table (none: no third table)")
	specRuns    = flag.Int("specruns", 3, "runs of the routes and contract table (0: no table)")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: bench -dir=DIR [flags] TOOL BASELINE\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *dir == "" || flag.NArg() != 2 || *runs < 1 || *coldRuns < 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := bench(os.Stdout, flag.Arg(0), flag.Arg(1)); err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		os.Exit(1)
	}
}

// A tool is one of the commands being compared.
type tool struct {
	name string // base name, for the tables
	path string // a private copy
}

// okExit reports whether an exit status of TOOL ./... means success:
// statuslint exits 3 when it reports something.
func okExit(code int) bool { return code == 0 || code == 3 }

// A sample is one measured run.
type sample struct {
	wall, cpu time.Duration
	peakKB    int64 // -1 where the system does not report it
	exit      int
	stderr    []byte
	stdout    []byte
}

func bench(w io.Writer, toolPath, basePath string) error {
	target, err := filepath.Abs(*dir)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "statuslint-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	// The tools run from private copies, so a rebuild of bin/ while the
	// benchmark runs cannot mix two binaries into one table.
	var tools [2]tool
	for i, p := range []string{toolPath, basePath} {
		path, err := copyTool(p, filepath.Join(tmp, fmt.Sprint("bin", i)), false)
		if err != nil {
			return err
		}
		tools[i] = tool{name: filepath.Base(path), path: path}
	}
	if tools[0].name == tools[1].name { // two builds of one command
		tools[0].name, tools[1].name = toolPath, basePath
	}

	if err := describe(w, target); err != nil {
		return err
	}
	loadavg(w, "before")

	fmt.Fprintf(w, "\nwarm-up (untimed): %s vet ./... fills the compile cache go vet needs\n", *goCmd)
	s, err := run(target, nil, *goCmd, "vet", "./...")
	if err != nil {
		return err
	}
	if s.exit != 0 {
		fmt.Fprintf(w, "  (exit %d: the standard vet checks report something here; only the compile cache matters)\n", s.exit)
	}

	// Table 1: go vet -vettool=TOOL ./..., no results cached.
	var results [2][]sample
	for i := range *runs {
		for _, k := range order(i) {
			t := tools[k]
			fresh, err := copyTool(t.path, filepath.Join(tmp, fmt.Sprintf("t1-%d-%d", i, k)), true)
			if err != nil {
				return err
			}
			s, err := vet(target, nil, fresh)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "run %d/%d  %-14s %6.1f s wall %6.1f s cpu %6d MB\n",
				i+1, *runs, t.name, s.wall.Seconds(), s.cpu.Seconds(), mb(s.peakKB))
			results[k] = append(results[k], s)
		}
	}
	fmt.Fprintf(w, "\ngo vet -vettool=TOOL ./... on %s, warm compile cache, no analysis results: medians of %d runs each, alternating\n", label(target), *runs)
	rows := [][]string{{"tool", "wall s", "cpu s", "peak MB"}}
	var med [2][3]float64
	for i, t := range tools {
		med[i] = medians(results[i])
		rows = append(rows, append([]string{t.name}, cells(med[i])...))
	}
	rows = append(rows, []string{"ratio " + tools[0].name + "/" + tools[1].name,
		fmt.Sprintf("%.3f", med[0][0]/med[1][0]), fmt.Sprintf("%.3f", med[0][1]/med[1][1]), fmt.Sprintf("%.3f", med[0][2]/med[1][2])})
	table(w, rows)

	statuslint := tools[0]
	last, err := measure(target, nil, statuslint, "./...")
	if err != nil {
		return err
	}
	if err := report(w, target, statuslint, last.stderr); err != nil {
		return err
	}

	if *coldRuns > 0 {
		if err := coldTable(w, target, tools, tmp); err != nil {
			return err
		}
	}
	if *staticcheck != "" {
		if err := sideBySide(w, target, statuslint, tmp); err != nil {
			return err
		}
	}
	if *gcl != "" {
		if err := plugin(w, target, tmp); err != nil {
			return err
		}
	}
	if *specRuns > 0 {
		if err := routesAndContract(w, target, statuslint, tmp); err != nil {
			return err
		}
	}
	loadavg(w, "after")
	return nil
}

// order is which of two contenders goes first in run i: they alternate,
// so that drift on the machine hits both alike.
func order(i int) []int {
	if i%2 == 1 {
		return []int{1, 0}
	}
	return []int{0, 1}
}

// vet runs go vet -vettool=path ./... and checks that it did not fail.
func vet(target string, env []string, path string) (sample, error) {
	s, err := run(target, env, *goCmd, "vet", "-vettool="+path, "./...")
	if err != nil {
		return s, err
	}
	// go vet exits 1 both for findings and for failures: a failure is an
	// exit with nothing reported.
	if _, n := diagnostics(s.stderr); s.exit != 0 && n == 0 {
		return s, fmt.Errorf("go vet -vettool=%s ./... in %s: exit status %d\n%s", filepath.Base(path), target, s.exit, tail(s.stderr, 20))
	}
	return s, nil
}

// A contender is one command of the second table, run in a fresh state
// by prepare and then as is.
type contender struct {
	name string
	// prepare returns the command line and environment of a run with
	// nothing of this tool's cached (with the build cache env), i is the
	// run's number.
	prepare func(i int, env []string) (argv, runEnv []string, err error)
}

// sideBySide is the second table: statuslint ./..., staticcheck ./... and
// go vet -vettool=statuslint ./... cold and re-run.
func sideBySide(w io.Writer, target string, statuslint tool, tmp string) error {
	scPath, err := copyTool(*staticcheck, filepath.Join(tmp, "staticcheck"), false)
	if err != nil {
		return err
	}
	fresh := func(i int, what string) (string, error) {
		return copyTool(statuslint.path, filepath.Join(tmp, fmt.Sprintf("t2-%s-%d", what, i)), true)
	}
	contenders := []contender{
		{"statuslint ./...", func(i int, env []string) ([]string, []string, error) {
			p, err := fresh(i, "cmd")
			return []string{p, "./..."}, env, err
		}},
		{"go vet -vettool=statuslint ./...", func(i int, env []string) ([]string, []string, error) {
			p, err := fresh(i, "vet")
			return []string{*goCmd, "vet", "-vettool=" + p, "./..."}, env, err
		}},
		{"staticcheck ./...", func(i int, env []string) ([]string, []string, error) {
			cache := filepath.Join(tmp, fmt.Sprintf("staticcheck-cache-%d", i))
			return []string{scPath, "./..."}, append(slices.Clone(env), "STATICCHECK_CACHE="+cache), nil
		}},
	}
	type cell struct{ first, again []sample }
	warm := make([]cell, len(contenders))
	// measureState runs each contender once fresh and once again.
	measureState := func(cells []cell, i int, env func(k int) []string, label string) error {
		for k, c := range contenders {
			argv, runEnv, err := c.prepare(i, env(k))
			if err != nil {
				return err
			}
			for j := range 2 {
				s, err := run(target, runEnv, argv[0], argv[1:]...)
				if err != nil {
					return err
				}
				// statuslint exits 3 for findings; go vet and staticcheck 1,
				// which is a failure when nothing is reported.
				n := len(diagnosticsOnly(append(slices.Clone(s.stdout), s.stderr...)))
				if s.exit != 0 && s.exit != 3 && !(s.exit == 1 && n > 0) {
					return fmt.Errorf("%s in %s: exit status %d\n%s", c.name, target, s.exit, tail(s.stderr, 20))
				}
				fmt.Fprintf(w, "%-10s %d  %-34s %-6s %6.1f s wall %6.1f s cpu %6d MB\n",
					label, i+1, c.name, []string{"first", "again"}[j], s.wall.Seconds(), s.cpu.Seconds(), mb(s.peakKB))
				if j == 0 {
					cells[k].first = append(cells[k].first, s)
				} else {
					cells[k].again = append(cells[k].again, s)
				}
			}
		}
		return nil
	}
	fmt.Fprintln(w)
	warmRuns := cmp.Or(*sideRuns, *runs)
	for i := range warmRuns {
		if err := measureState(warm, i, func(int) []string { return nil }, "warm"); err != nil {
			return err
		}
	}

	fmt.Fprintf(w, "\nstatuslint, go vet and staticcheck on %s: medians; \"warm\" a warm build cache with no analysis results (%d runs), \"re-run\" the same command again on the unchanged tree (the cold table has them with an empty build cache)\n", label(target), warmRuns)
	rows := [][]string{{"tool", "run", "wall s", "cpu s", "peak MB"}}
	var rerun [3][3]float64
	var warmPeak [3]float64
	for k, c := range contenders {
		m := medians(warm[k].first)
		warmPeak[k] = m[2]
		rows = append(rows, append([]string{c.name, "warm, no results"}, cells(m)...))
		rerun[k] = medians(warm[k].again)
		rows = append(rows, append([]string{c.name, "re-run"}, cells(rerun[k])...))
	}
	table(w, rows)
	fmt.Fprintf(w, "re-run, wall: statuslint/go vet %.2f, statuslint/staticcheck %.2f; cpu: statuslint/go vet %.2f, statuslint/staticcheck %.2f\n",
		rerun[0][0]/rerun[1][0], rerun[0][0]/rerun[2][0], rerun[0][1]/rerun[1][1], rerun[0][1]/rerun[2][1])
	fmt.Fprintf(w, "peak MB of any one process: statuslint %.0f, staticcheck %.0f (warm, no results)\n", warmPeak[0], warmPeak[2])
	return nil
}

// coldTable is the cold table: what a first run costs where nothing is
// cached, as in a CI job, with an empty build cache for each run, so that
// every run compiles the target's dependencies and computes facts for
// all of them. statuslint, run by go vet and as statuslint ./..., beside
// the do-nothing baseline under go vet and beside staticcheck ./... (with
// an empty cache of its own too), alternating.
func coldTable(w io.Writer, target string, tools [2]tool, tmp string) error {
	statuslint, baseline := tools[0], tools[1]
	fresh := func(t tool, i int, what string) (string, error) {
		return copyTool(t.path, filepath.Join(tmp, fmt.Sprintf("cold-%s-%d", what, i)), true)
	}
	contenders := []contender{
		{"go vet -vettool=" + statuslint.name, func(i int, env []string) ([]string, []string, error) {
			p, err := fresh(statuslint, i, "vet")
			return []string{*goCmd, "vet", "-vettool=" + p, "./..."}, env, err
		}},
		{"go vet -vettool=" + baseline.name, func(i int, env []string) ([]string, []string, error) {
			p, err := fresh(baseline, i, "base")
			return []string{*goCmd, "vet", "-vettool=" + p, "./..."}, env, err
		}},
		{statuslint.name + " ./...", func(i int, env []string) ([]string, []string, error) {
			p, err := fresh(statuslint, i, "cmd")
			return []string{p, "./..."}, env, err
		}},
	}
	if *staticcheck != "" {
		scPath, err := copyTool(*staticcheck, filepath.Join(tmp, "staticcheck-cold"), false)
		if err != nil {
			return err
		}
		contenders = append(contenders, contender{"staticcheck ./...", func(i int, env []string) ([]string, []string, error) {
			cache := filepath.Join(tmp, fmt.Sprintf("staticcheck-cold-cache-%d", i))
			return []string{scPath, "./..."}, append(slices.Clone(env), "STATICCHECK_CACHE="+cache), nil
		}})
	}
	results := make([][]sample, len(contenders))
	fmt.Fprintln(w)
	for i := range *coldRuns {
		for j := range contenders {
			k := (i + j) % len(contenders) // each goes first in turn
			c := contenders[k]
			cache := filepath.Join(tmp, fmt.Sprintf("gocache-cold-%d-%d", i, k))
			argv, env, err := c.prepare(i, []string{"GOCACHE=" + cache})
			if err != nil {
				return err
			}
			s, err := run(target, env, argv[0], argv[1:]...)
			os.RemoveAll(cache)
			if err != nil {
				return err
			}
			// statuslint exits 3 for findings; go vet and staticcheck 1,
			// which is a failure when nothing is reported.
			n := len(diagnosticsOnly(append(slices.Clone(s.stdout), s.stderr...)))
			if s.exit != 0 && s.exit != 3 && !(s.exit == 1 && n > 0) {
				return fmt.Errorf("%s in %s with an empty build cache: exit status %d\n%s", c.name, target, s.exit, tail(s.stderr, 20))
			}
			fmt.Fprintf(w, "cold %d/%d  %-34s %6.1f s wall %6.1f s cpu %6d MB\n",
				i+1, *coldRuns, c.name, s.wall.Seconds(), s.cpu.Seconds(), mb(s.peakKB))
			results[k] = append(results[k], s)
		}
	}
	fmt.Fprintf(w, "\ncold: %s with an empty build cache (everything compiled, facts computed for every dependency): medians of %d runs each, alternating\n", label(target), *coldRuns)
	rows := [][]string{{"tool", "wall s", "cpu s", "peak MB"}}
	med := make([][3]float64, len(contenders))
	for k, c := range contenders {
		med[k] = medians(results[k])
		rows = append(rows, append([]string{c.name}, cells(med[k])...))
	}
	ratio := func(name string, a, b [3]float64) []string {
		return []string{name, fmt.Sprintf("%.3f", a[0]/b[0]), fmt.Sprintf("%.3f", a[1]/b[1]), fmt.Sprintf("%.3f", a[2]/b[2])}
	}
	rows = append(rows, ratio("ratio go vet: "+statuslint.name+"/"+baseline.name, med[0], med[1]))
	if len(contenders) == 4 {
		rows = append(rows, ratio("ratio "+statuslint.name+" ./.../staticcheck", med[2], med[3]))
	}
	table(w, rows)
	return nil
}

func medians(ss []sample) [3]float64 {
	return [3]float64{
		median(ss, func(s sample) float64 { return s.wall.Seconds() }),
		median(ss, func(s sample) float64 { return s.cpu.Seconds() }),
		median(ss, func(s sample) float64 { return float64(mb(s.peakKB)) }),
	}
}

func cells(m [3]float64) []string {
	return []string{fmt.Sprintf("%.2f", m[0]), fmt.Sprintf("%.2f", m[1]), fmt.Sprintf("%.0f", m[2])}
}

// measure runs the tool in dir and checks its exit status.
func measure(dir string, env []string, t tool, args ...string) (sample, error) {
	s, err := run(dir, env, t.path, args...)
	if err != nil {
		return s, err
	}
	if !okExit(s.exit) {
		return s, fmt.Errorf("%s %s in %s: exit status %d\n%s", t.name, strings.Join(args, " "), dir, s.exit, tail(s.stderr, 20))
	}
	return s, nil
}

// run runs one command and measures it, with env added to the
// environment.
func run(dir string, env []string, path string, args ...string) (sample, error) {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(path, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			return sample{}, err
		}
	}
	ps := cmd.ProcessState
	return sample{
		wall:   wall,
		cpu:    ps.UserTime() + ps.SystemTime(),
		peakKB: peakRSS(ps),
		exit:   ps.ExitCode(),
		stderr: stderr.Bytes(),
		stdout: stdout.Bytes(),
	}, nil
}

// table prints rows as aligned columns: the first to the left, the
// others, numbers, to the right.
func table(w io.Writer, rows [][]string) {
	var width []int
	for _, row := range rows {
		for i, cell := range row {
			if i == len(width) {
				width = append(width, 0)
			}
			width[i] = max(width[i], len(cell))
		}
	}
	for _, row := range rows {
		var b strings.Builder
		for i, cell := range row {
			if i == 0 {
				fmt.Fprintf(&b, "  %-*s", width[i], cell)
			} else {
				fmt.Fprintf(&b, "  %*s", width[i], cell)
			}
		}
		fmt.Fprintln(w, b.String())
	}
}

// copyTool copies the executable src into dir. With salt, it appends a
// random trailer, so that the copy's content hash, and with it go vet's
// cache key, is new.
func copyTool(src, dir string, salt bool) (string, error) {
	data, err := os.ReadFile(src)
	if err != nil {
		return "", err
	}
	if salt {
		b := make([]byte, 16)
		if _, err := rand.Read(b); err != nil {
			return "", err
		}
		data = append(data, "\nstatuslint-bench "+hex.EncodeToString(b)+"\n"...)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	dst := filepath.Join(dir, filepath.Base(src))
	return dst, os.WriteFile(dst, data, 0o755)
}

// lineRE matches a line of the plain output that names a position:
// file:line:col: message. A finding's related positions follow it in the
// same form with an indented message.
var lineRE = regexp.MustCompile(`^\S.*\.go:\d+:\d+: (.*)$`)

// diagnosticsOnly returns the lines of a tool's standard error that name
// a position.
func diagnosticsOnly(stderr []byte) []string {
	lines, _ := diagnostics(stderr)
	return lines
}

// diagnostics returns the lines of a tool's standard error that name a
// position, and the number of distinct findings among them.
func diagnostics(stderr []byte) (lines []string, n int) {
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(stderr))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		m := lineRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		lines = append(lines, line)
		if msg := m[1]; msg != "" && msg[0] != ' ' && msg[0] != '\t' && !seen[line] {
			seen[line] = true
			n++
		}
	}
	return lines, n
}

// report prints how many findings the tool reported on the target, by
// check (from one more, untimed run with -json), and writes them to the
// -findings file with paths relative to the target.
func report(w io.Writer, target string, t tool, stderr []byte) error {
	lines, n := diagnostics(stderr)
	for i, l := range lines {
		if rel, ok := strings.CutPrefix(l, target+string(filepath.Separator)); ok {
			lines[i] = rel
		}
	}
	fmt.Fprintf(w, "\n%s reported %d findings on %s", t.name, n, label(target))
	byCheck, err := countByCheck(target, t)
	if err != nil {
		fmt.Fprintf(w, " (no count by check: %v)", err)
	}
	if len(byCheck) > 0 {
		var parts []string
		for _, name := range sortedKeys(byCheck) {
			parts = append(parts, fmt.Sprintf("%s %d", name, byCheck[name]))
		}
		fmt.Fprintf(w, ": %s", strings.Join(parts, ", "))
	}
	fmt.Fprintln(w)
	if *findings != "" {
		text := strings.Join(lines, "\n")
		if text != "" {
			text += "\n"
		}
		if err := os.WriteFile(*findings, []byte(text), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(w, "findings written to %s\n", *findings)
	}
	return nil
}

// countByCheck runs TOOL -json ./... and counts distinct findings per
// check. A package is listed once for itself and once for its test
// variant, so findings are counted once per position and message.
func countByCheck(target string, t tool) (map[string]int, error) {
	cmd := exec.Command(t.path, "-json", "./...")
	cmd.Dir = target
	out, err := cmd.Output()
	if err != nil {
		return nil, err
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	counts := map[string]int{}
	for _, checks := range tree {
		for check, raw := range checks {
			var diags []struct{ Posn, Message string }
			if json.Unmarshal(raw, &diags) != nil {
				continue // {"error": ...}: the run itself would have failed
			}
			for _, d := range diags {
				key := check + "\x00" + d.Posn + "\x00" + d.Message
				if !seen[key] {
					seen[key] = true
					counts[check]++
				}
			}
		}
	}
	return counts, nil
}

// describe prints the target's size: lines of Go (outside testdata and
// the directories the go command ignores) and packages.
func describe(w io.Writer, target string) error {
	var code, tests, files int
	err := filepath.WalkDir(target, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		base := d.Name()
		if d.IsDir() {
			if path != target && (base == "testdata" || base == "vendor" || strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(base, ".go") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		n := bytes.Count(data, []byte("\n"))
		files++
		if strings.HasSuffix(base, "_test.go") {
			tests += n
		} else {
			code += n
		}
		return nil
	})
	if err != nil {
		return err
	}
	pkgs, err := countLines(target, *goCmd, "list", "./...")
	if err != nil {
		return err
	}
	loaded, err := countLines(target, *goCmd, "list", "-deps", "-test", "./...")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "target %s\n  %d lines of Go in %d files (%d more in _test.go files), %d packages; %d packages loaded with dependencies and tests\n",
		label(target), code, files, tests, pkgs, loaded)
	return nil
}

func countLines(dir, name string, args ...string) (int, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return 0, fmt.Errorf("%s %s in %s: %v", name, strings.Join(args, " "), dir, err)
	}
	return bytes.Count(out, []byte("\n")), nil
}

// loadavg prints the system's load average where /proc has it: a load
// well above zero before the first run means other work shares the cores.
func loadavg(w io.Writer, when string) {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return
	}
	f := strings.Fields(string(data))
	if len(f) >= 3 {
		fmt.Fprintf(w, "load average %s: %s %s %s\n", when, f[0], f[1], f[2])
	}
}

func label(target string) string { return cmp.Or(*name, target) }

func median(ss []sample, f func(sample) float64) float64 {
	v := make([]float64, len(ss))
	for i, s := range ss {
		v[i] = f(s)
	}
	slices.Sort(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

func mb(kb int64) int64 {
	if kb < 0 {
		return -1
	}
	return (kb + 512) / 1024
}

func tail(b []byte, lines int) string {
	all := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(all) > lines {
		all = all[len(all)-lines:]
	}
	return strings.Join(all, "\n")
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// plugin is the third table: what the statuslint plugin adds to a
// golangci-lint run with its standard linters, with an empty lint cache
// each time (the build cache stays warm). The same binary runs both
// configurations, alternating.
func plugin(w io.Writer, target, tmp string) error {
	bin, err := copyTool(*gcl, filepath.Join(tmp, "gcl"), false)
	if err != nil {
		return err
	}
	configs := []struct{ name, text string }{
		{"standard linters", "version: \"2\"\nlinters:\n  default: standard\n"},
		{"standard + statuslint", "version: \"2\"\nlinters:\n  default: standard\n  enable: [statuslint]\n" +
			"  settings:\n    custom:\n      statuslint:\n        type: module\n"},
	}
	paths := make([]string, len(configs))
	for k, c := range configs {
		paths[k] = filepath.Join(tmp, fmt.Sprintf("golangci-%d.yml", k))
		if err := os.WriteFile(paths[k], []byte(c.text), 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "\nwarm-up (untimed): golangci-lint with statuslint fills the build cache it loads from\n")
	if _, err := lint(target, bin, paths[1], filepath.Join(tmp, "gcl-cache-warmup")); err != nil {
		return err
	}
	results := make([][]sample, len(configs))
	for i := range *runs {
		for _, k := range order(i) {
			cache := filepath.Join(tmp, fmt.Sprintf("gcl-cache-%d-%d", i, k))
			s, err := lint(target, bin, paths[k], cache)
			if err != nil {
				return err
			}
			os.RemoveAll(cache)
			fmt.Fprintf(w, "run %d/%d  %-24s %6.1f s wall %6.1f s cpu %6d MB\n",
				i+1, *runs, configs[k].name, s.wall.Seconds(), s.cpu.Seconds(), mb(s.peakKB))
			results[k] = append(results[k], s)
		}
	}
	fmt.Fprintf(w, "\ngolangci-lint run ./... on %s, empty lint cache, warm build cache: medians of %d runs each, alternating\n", label(target), *runs)
	rows := [][]string{{"configuration", "wall s", "cpu s", "peak MB"}}
	var med [2][3]float64
	for k, c := range configs {
		med[k] = medians(results[k])
		rows = append(rows, append([]string{c.name}, cells(med[k])...))
	}
	rows = append(rows, []string{"ratio with/without statuslint",
		fmt.Sprintf("%.3f", med[1][0]/med[0][0]), fmt.Sprintf("%.3f", med[1][1]/med[0][1]), fmt.Sprintf("%.3f", med[1][2]/med[0][2])})
	table(w, rows)
	return nil
}

// lint runs golangci-lint with a configuration and a lint cache of its
// own; it exits 0 whatever it finds, so that any other status is a
// failure.
func lint(target, bin, config, cache string) (sample, error) {
	s, err := run(target, []string{"GOLANGCI_LINT_CACHE=" + cache}, bin, "run", "--config="+config, "--issues-exit-code=0", "./...")
	if err != nil {
		return s, err
	}
	if s.exit != 0 {
		return s, fmt.Errorf("golangci-lint run in %s with %s: exit status %d\n%s%s", target, filepath.Base(config), s.exit, tail(s.stdout, 10), tail(s.stderr, 20))
	}
	return s, nil
}

// routesAndContract is the last table: statuslint routes ./... and the
// contract check beside a plain run, each with nothing cached. The
// contract check reads the route table statuslint itself wrote with
// -format=openapi, so the document matches the code and the time is
// all lookup.
func routesAndContract(w io.Writer, target string, statuslint tool, tmp string) error {
	spec := filepath.Join(tmp, "openapi.yaml")
	s, err := measure(target, nil, statuslint, "routes", "-format=openapi", "./...")
	if err != nil {
		return err
	}
	if err := os.WriteFile(spec, s.stdout, 0o644); err != nil {
		return err
	}
	contenders := []struct {
		name string
		args []string
	}{
		{"statuslint ./...", []string{"./..."}},
		{"statuslint routes ./...", []string{"routes", "./..."}},
		{"statuslint -contract.spec ./...", []string{"-contract.spec=" + spec, "./..."}},
	}
	results := make([][]sample, len(contenders))
	for i := range *specRuns {
		for k, c := range contenders {
			// A fresh copy: go vet has no results cached for it.
			p, err := copyTool(statuslint.path, filepath.Join(tmp, fmt.Sprintf("t4-%d-%d", i, k)), true)
			if err != nil {
				return err
			}
			s, err := measure(target, nil, tool{name: statuslint.name, path: p}, c.args...)
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "run %d/%d  %-32s %6.1f s wall %6.1f s cpu %6d MB\n",
				i+1, *specRuns, c.name, s.wall.Seconds(), s.cpu.Seconds(), mb(s.peakKB))
			results[k] = append(results[k], s)
		}
	}
	fmt.Fprintf(w, "\nroutes and contract on %s, warm build cache, no analysis results: medians of %d runs\n", label(target), *specRuns)
	rows := [][]string{{"command", "wall s", "cpu s", "peak MB"}}
	for k, c := range contenders {
		rows = append(rows, append([]string{c.name}, cells(medians(results[k]))...))
	}
	table(w, rows)
	return nil
}
