// Command testprogress turns `go test -json` into go test's own plain
// output, plus a line now and then naming the tests still running, so
// that a long run is never silent:
//
//	go test -json ./... | go run ./tools/testprogress
//
// It prints what go test prints without -v (each package's ok or FAIL
// line, and the whole output of every test that failed) and exits 1 when
// anything failed.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

type event struct {
	Time    time.Time
	Action  string
	Package string
	Test    string
	Elapsed float64
	Output  string
}

const every = 30 * time.Second

func main() {
	var mu sync.Mutex
	started := map[string]time.Time{} // "pkg TestName" -> start, top-level tests only
	buffered := map[string][]string{}
	failed := false
	go func() {
		for range time.Tick(every) {
			mu.Lock()
			var names []string
			for k, t := range started {
				if time.Since(t) >= every {
					names = append(names, fmt.Sprintf("%s (%.0fs)", k, time.Since(t).Seconds()))
				}
			}
			mu.Unlock()
			if len(names) > 0 {
				slices.Sort(names)
				fmt.Printf("    ... still running: %s\n", strings.Join(names, ", "))
			}
		}
	}()
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<24)
	for in.Scan() {
		var e event
		if err := json.Unmarshal(in.Bytes(), &e); err != nil {
			fmt.Println(in.Text()) // not JSON: a build error, say
			continue
		}
		mu.Lock()
		key := e.Package + " " + e.Test
		top := e.Test != "" && !strings.Contains(e.Test, "/")
		switch {
		case e.Action == "build-output":
			fmt.Print(e.Output)
		case e.Action == "build-fail":
			failed = true
		case e.Test == "":
			// Package-level output: the ok/FAIL lines and build output.
			if e.Action == "output" {
				fmt.Print(e.Output)
			}
			if e.Action == "fail" {
				failed = true
			}
		case e.Action == "run" && top:
			started[key] = time.Now()
		case e.Action == "output":
			root := e.Package + " " + strings.SplitN(e.Test, "/", 2)[0]
			buffered[root] = append(buffered[root], e.Output)
		case e.Action == "fail" && top:
			failed = true
			fmt.Print(strings.Join(buffered[key], ""))
			fallthrough
		case (e.Action == "pass" || e.Action == "skip") && top:
			delete(started, key)
			delete(buffered, key)
		}
		mu.Unlock()
	}
	if failed {
		os.Exit(1)
	}
}
