// Command realworld runs statuslint over a pinned set of open-source Go
// services and writes what it found to one file, so that every change to
// the model or a check shows up as a diff of that file. make realworld runs
//
//	go run ./tools/realworld -bin=bin/statuslint -list=realworld/services.txt -out=realworld/results.txt
//
// The list names each service's source: a module@version, which the Go
// module proxy serves, or github:OWNER/NAME@COMMIT, a git repository
// brought in beforehand under the mirror directory (-mirror, or
// $REALWORLD_MIRROR) as OWNER+NAME/repo. A service whose repository is
// not there is skipped with a line saying so; the run goes on.
//
// For each service, one at a time, it puts a writable copy under -cache
// (reused while the list's line for it is unchanged), downloads the
// copy's dependencies (or uses its vendor directory), runs statuslint -json on the service's packages
// and, when the binary has the coverage command, statuslint coverage
// -json. A service that does not load is recorded with its first error
// line and does not stop the run. The results are in list order and
// sorted within each service, so the same binary on the same set writes
// the same file.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

var (
	list    = flag.String("list", "realworld/services.txt", "the pinned list of services")
	out     = flag.String("out", "realworld/results.txt", "the results file to write")
	bin     = flag.String("bin", "bin/statuslint", "the statuslint binary to run")
	cache   = flag.String("cache", ".cache/realworld", "where the writable copies go (git-ignored)")
	mirror  = flag.String("mirror", mirrorDefault(), "directory of fetched git repositories, as OWNER+NAME/repo ($REALWORLD_MIRROR)")
	only    = flag.String("only", "", "comma-separated service names: run just these (the results file then holds just these)")
	goCmd   = flag.String("go", "go", "the go command")
	refresh = flag.Bool("refresh", false, "make every copy anew, even where one is already there")
)

func mirrorDefault() string {
	if m := os.Getenv("REALWORLD_MIRROR"); m != "" {
		return m
	}
	return "/work/.mirror"
}

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: realworld [flags]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := realworld(); err != nil {
		fmt.Fprintf(os.Stderr, "realworld: %v\n", err)
		os.Exit(1)
	}
}

func realworld() error {
	text, err := os.ReadFile(*list)
	if err != nil {
		return err
	}
	services, err := parseList(*list, string(text))
	if err != nil {
		return err
	}
	if *only != "" {
		if services, err = pick(services, strings.Split(*only, ",")); err != nil {
			return err
		}
	}
	binPath, err := filepath.Abs(*bin)
	if err != nil {
		return err
	}
	if _, err := os.Stat(binPath); err != nil {
		return fmt.Errorf("statuslint binary: %v (make build makes it)", err)
	}
	r := &runner{
		bin:      binPath,
		goCmd:    *goCmd,
		mirror:   *mirror,
		refresh:  *refresh,
		coverage: hasCoverage(binPath),
	}
	if r.cache, err = filepath.Abs(*cache); err != nil {
		return err
	}
	if !r.coverage {
		fmt.Fprintf(os.Stderr, "realworld: %s has no coverage command; the results carry findings only\n", *bin)
	}

	start := time.Now()
	results := make([]result, len(services))
	for i, s := range services {
		fmt.Fprintf(os.Stderr, "[%d/%d] %s: ", i+1, len(services), s.name)
		t, cpu := time.Now(), r.cpu
		results[i] = r.run(s)
		fmt.Fprintf(os.Stderr, "%s (%.1f s, %.1f s cpu)\n", results[i].brief(), time.Since(t).Seconds(), (r.cpu - cpu).Seconds())
	}
	fmt.Fprintf(os.Stderr, "realworld: %d services in %.0f s (%.0f s cpu); writing %s\n",
		len(services), time.Since(start).Seconds(), r.cpu.Seconds(), *out)
	return os.WriteFile(*out, []byte(render(services, results, r.coverage)), 0o644)
}

// pick keeps the named services, in list order.
func pick(services []service, names []string) ([]service, error) {
	want := map[string]bool{}
	for _, n := range names {
		want[strings.TrimSpace(n)] = true
	}
	var kept []service
	for _, s := range services {
		if want[s.name] {
			kept = append(kept, s)
			delete(want, s.name)
		}
	}
	for _, n := range names { // in the order given, for a stable message
		if want[strings.TrimSpace(n)] {
			return nil, fmt.Errorf("-only: no service %q in %s", strings.TrimSpace(n), *list)
		}
	}
	return kept, nil
}
