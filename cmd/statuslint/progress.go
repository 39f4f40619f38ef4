package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"
)

// A first run on a tree downloads modules and analyzes every dependency
// once, which can take minutes. On a terminal statuslint says what is
// happening, on one line it rewrites and clears at the end; it stays
// quiet when standard error is not a terminal, in CI, and with -json or
// -sarif. The go vet tool processes report each package they analyze by
// appending a byte to a file named in progressEnv; packages answered
// from the cache start no process and are not counted.

const progressEnv = "STATUSLINT_PROGRESS"

// progressDelay is how long a run goes before the line appears: a run
// answered from the cache prints nothing.
const progressDelay = time.Second

// showProgress reports whether a progress line suits this run.
func showProgress(opts *options, stderr io.Writer, getenv func(string) string) bool {
	if opts.json || opts.sarif {
		return false
	}
	for _, v := range []string{"CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD"} {
		if getenv(v) != "" {
			return false
		}
	}
	if getenv("TERM") == "dumb" {
		return false
	}
	f, ok := stderr.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// A progress shows the line while go vet runs.
type progress struct {
	w         io.Writer
	file      string
	downloads atomic.Int64
	stop      chan struct{}
	done      sync.WaitGroup
	shown     bool
}

// startProgress starts the line on w; stop it with (*progress).end.
func startProgress(w io.Writer) (*progress, error) {
	dir, err := os.MkdirTemp("", "statuslint-progress")
	if err != nil {
		return nil, err
	}
	p := &progress{w: w, file: filepath.Join(dir, "packages"), stop: make(chan struct{})}
	p.done.Add(1)
	go p.run()
	return p, nil
}

func (p *progress) run() {
	defer p.done.Done()
	start := time.Now()
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	last := ""
	for {
		select {
		case <-p.stop:
			if p.shown {
				fmt.Fprint(p.w, "\r\033[K")
			}
			return
		case <-tick.C:
			if time.Since(start) < progressDelay {
				continue
			}
			if line := p.line(time.Since(start)); line != last {
				p.shown, last = true, line
				fmt.Fprintf(p.w, "\r\033[K%s", line)
			}
		}
	}
}

// line is what the progress line says.
func (p *progress) line(elapsed time.Duration) string {
	n := int64(0)
	if info, err := os.Stat(p.file); err == nil {
		n = info.Size()
	}
	s := fmt.Sprintf("statuslint: %s analyzed", plural(int(n), "package", "packages"))
	if d := p.downloads.Load(); d > 0 {
		s += fmt.Sprintf(", %s downloaded", plural(int(d), "module", "modules"))
	}
	return s + fmt.Sprintf(" (%s; a re-run is answered from the cache)", elapsed.Round(time.Second))
}

// end clears the line and removes the file.
func (p *progress) end() {
	close(p.stop)
	p.done.Wait()
	os.RemoveAll(filepath.Dir(p.file))
}

// Write counts the go command's "go: downloading" lines in what it
// prints on standard error.
func (p *progress) Write(b []byte) (int, error) {
	p.downloads.Add(int64(bytes.Count(b, []byte("go: downloading "))))
	return len(b), nil
}

// reportProgress is the vet tool's side: one byte per package analyzed.
func reportProgress() {
	name := os.Getenv(progressEnv)
	if name == "" {
		return
	}
	if f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600); err == nil {
		f.Write([]byte{'.'})
		f.Close()
	}
}
