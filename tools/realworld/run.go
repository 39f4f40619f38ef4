package main

import (
	"archive/tar"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

type runner struct {
	bin      string
	goCmd    string
	mirror   string
	cache    string
	refresh  bool
	coverage bool          // the binary has the coverage command
	cpu      time.Duration // user+system time of the commands run so far
}

// command runs name with args in dir, in the environment of a copy, and
// returns what it wrote to its standard output and error.
func (r *runner) command(dir, name string, args ...string) (stdout, stderr []byte, err error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env(dir)
	var errBuf bytes.Buffer
	cmd.Stderr = &errBuf
	stdout, err = cmd.Output()
	r.account(cmd)
	return stdout, errBuf.Bytes(), err
}

// account adds the CPU time of a finished command: wall time says little
// on a machine that other work shares.
func (r *runner) account(cmd *exec.Cmd) {
	if ps := cmd.ProcessState; ps != nil {
		r.cpu += ps.UserTime() + ps.SystemTime()
	}
}

// A result is what one service gave.
type result struct {
	skipped  string // why the service was not run (its source is not here)
	failed   string // the first error line, when it could not be copied or loaded
	findings []finding
	coverage *coverage // nil without the coverage command, or when it failed
	covErr   string
}

type finding struct {
	file      string // relative to the module directory
	line, col int
	check     string
	message   string
}

// The output of statuslint coverage -json.
type coverage struct {
	Packages []struct {
		Path          string `json:"path"`
		Entries       int    `json:"entries"`
		EntriesOpaque int    `json:"entriesOpaque"`
		Helpers       int    `json:"helpers"`
		HelpersOpaque int    `json:"helpersOpaque"`
		Escapes       []struct {
			Pos    string `json:"pos"`
			Func   string `json:"func"`
			Reason string `json:"reason"`
		} `json:"escapes"`
	} `json:"packages"`
}

func (r result) brief() string {
	switch {
	case r.skipped != "":
		return "skipped: " + r.skipped
	case r.failed != "":
		return "failed: " + r.failed
	}
	s := fmt.Sprintf("%d findings", len(r.findings))
	if r.coverage != nil {
		s += ", " + share(r.coverage)
	}
	return s
}

// env is the environment of every go command and statuslint run in the
// module directory dir: the copy's own module, this toolchain, and
// go.mod/go.sum may be completed as the go command needs, unless the
// service vendors its dependencies, which are then used as they are.
func env(dir string) []string {
	mod := "-mod=mod"
	if vendored(dir) {
		mod = "-mod=vendor"
	}
	flags := strings.TrimSpace(os.Getenv("GOFLAGS") + " " + mod)
	return append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS="+flags)
}

func vendored(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "vendor", "modules.txt"))
	return err == nil
}

func (r *runner) run(s service) result {
	root, skipped, err := r.materialise(s)
	if skipped != "" {
		return result{skipped: skipped}
	}
	if err != nil {
		return result{failed: firstLine(err.Error())}
	}
	moduleDir := filepath.Join(root, filepath.FromSlash(s.dir))
	// Error lines name files as the findings do, relative to the module.
	local := func(err error) string {
		return strings.ReplaceAll(firstLine(err.Error()), moduleDir+string(filepath.Separator), "")
	}
	var res result
	res.findings, err = r.lint(moduleDir, s.patterns)
	if err != nil {
		return result{failed: local(err)}
	}
	if r.coverage {
		res.coverage, err = r.measureCoverage(moduleDir, s.patterns)
		if err != nil {
			res.covErr = local(err)
		}
	}
	return res
}

// materialise makes the writable copy of s, with its dependencies
// downloaded, and returns its root. A copy made from the same list line
// is reused. skipped is set when the source is not on this machine.
func (r *runner) materialise(s service) (root, skipped string, err error) {
	root = filepath.Join(r.cache, s.name)
	stamp := filepath.Join(root, ".realworld-source")
	if old, err := os.ReadFile(stamp); err == nil && string(old) == s.line+"\n" && !r.refresh {
		return root, "", nil
	}
	var gitDir string
	if s.repo != "" {
		if gitDir = r.findGitDir(s.repo); gitDir == "" {
			// The results name no path of this machine; the progress does.
			where := filepath.Join(r.mirror, strings.Replace(s.repo, "/", "+", 1), "repo")
			fmt.Fprintf(os.Stderr, "no git directory at %s: ", where)
			return "", s.repo + " is not fetched", nil
		}
	}
	tmp := root + ".tmp"
	if err := os.RemoveAll(tmp); err != nil {
		return "", "", err
	}
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return "", "", err
	}
	if s.repo != "" {
		err = r.copyCommit(gitDir, s, tmp)
	} else {
		err = r.copyModule(s, tmp)
	}
	if err != nil {
		return "", "", err
	}
	if moduleDir := filepath.Join(tmp, filepath.FromSlash(s.dir)); !vendored(moduleDir) {
		if _, stderr, err := r.command(moduleDir, r.goCmd, "mod", "download"); err != nil {
			return "", "", fmt.Errorf("go mod download: %s", lastError(stderr, err))
		}
	}
	if err := os.WriteFile(filepath.Join(tmp, ".realworld-source"), []byte(s.line+"\n"), 0o644); err != nil {
		return "", "", err
	}
	if err := os.RemoveAll(root); err != nil {
		return "", "", err
	}
	return root, "", os.Rename(tmp, root)
}

// findGitDir returns the git directory of a fetched repository, which is
// MIRROR/OWNER+NAME/repo, or its .git where the snapshot has a work tree.
func (r *runner) findGitDir(repo string) string {
	base := filepath.Join(r.mirror, strings.Replace(repo, "/", "+", 1), "repo")
	for _, d := range []string{filepath.Join(base, ".git"), base} {
		if fi, err := os.Stat(filepath.Join(d, "HEAD")); err == nil && fi.Mode().IsRegular() {
			return d
		}
	}
	return ""
}

// copyCommit writes the files of s.dir at s.commit into dest, keeping
// their paths, from git archive's tar stream.
func (r *runner) copyCommit(gitDir string, s service, dest string) error {
	args := []string{"--git-dir=" + gitDir, "archive", "--format=tar", s.commit}
	if s.dir != "." {
		args = append(args, "--", s.dir)
	}
	cmd := exec.Command("git", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	untarErr := untar(stdout, dest)
	io.Copy(io.Discard, stdout) // let git finish if untar stopped early
	err = cmd.Wait()
	r.account(cmd)
	if err != nil {
		return fmt.Errorf("git archive %s in %s: %s", s.commit, gitDir, lastError(stderr.Bytes(), err))
	}
	return untarErr
}

// untar writes the regular files and directories of a tar stream under
// dest. Links are left out: a service's Go code needs none, and a link
// could point outside the copy.
func untar(r io.Reader, dest string) error {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading git archive: %v", err)
		}
		name := filepath.FromSlash(h.Name)
		if !filepath.IsLocal(name) {
			return fmt.Errorf("git archive: unsafe path %q", h.Name)
		}
		target := filepath.Join(dest, name)
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				return err
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return err
			}
			f, err := os.OpenFile(target, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
			if err != nil {
				return err
			}
			_, err = io.Copy(f, tr)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
		}
	}
}

// copyModule copies the module from the module cache into dest, which
// becomes writable: the cache's files are read-only.
func (r *runner) copyModule(s service, dest string) error {
	// Outside any module, so that no go.mod is touched.
	out, stderr, err := r.command(os.TempDir(), r.goCmd, "mod", "download", "-json", s.module+"@"+s.version)
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr == nil && info.Error != "" {
		return fmt.Errorf("go mod download %s@%s: %s", s.module, s.version, info.Error)
	}
	if err != nil {
		return fmt.Errorf("go mod download %s@%s: %s", s.module, s.version, lastError(stderr, err))
	}
	if info.Dir == "" {
		return fmt.Errorf("go mod download %s@%s: no directory in its answer", s.module, s.version)
	}
	return copyTree(info.Dir, dest)
}

func copyTree(src, dest string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dest, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// lint runs statuslint -json and returns its findings, one per position,
// check and message, sorted. Test files are not reported: statuslint never
// reports in them (go vet loads them; findings there are dropped).
func (r *runner) lint(dir string, patterns []string) ([]finding, error) {
	out, stderr, err := r.command(dir, r.bin, append([]string{"-json"}, patterns...)...)
	if err != nil {
		var exit *exec.ExitError
		// 3 is "findings"; anything else means the packages did not load
		// or a check failed.
		// 1 with JSON on stdout: some package did not build, and the
		// others were analyzed; keep their findings.
		partial := errors.As(err, &exit) && exit.ExitCode() == 1 && len(bytes.TrimSpace(out)) > 0 && json.Valid(out)
		if !partial && (!errors.As(err, &exit) || exit.ExitCode() != 3) {
			msg := lastError(stderr, err)
			if !strings.HasPrefix(msg, "statuslint") {
				msg = "statuslint: " + msg
			}
			return nil, errors.New(msg)
		}
	}
	return parseFindings(out, dir)
}

// measureCoverage runs statuslint coverage -json.
func (r *runner) measureCoverage(dir string, patterns []string) (*coverage, error) {
	out, stderr, err := r.command(dir, r.bin, append([]string{"coverage", "-json"}, patterns...)...)
	if err != nil {
		return nil, fmt.Errorf("statuslint coverage: %s", lastError(stderr, err))
	}
	var c coverage
	if err := json.Unmarshal(out, &c); err != nil {
		return nil, fmt.Errorf("statuslint coverage: reading its JSON: %v", err)
	}
	for i := range c.Packages {
		for j := range c.Packages[i].Escapes {
			e := &c.Packages[i].Escapes[j]
			file, line, col := splitPos(e.Pos)
			e.Pos = finding{file: relative(dir, file), line: line, col: col}.pos()
		}
	}
	return &c, nil
}

// hasCoverage reports whether the binary has the coverage command: its
// usage names it.
func hasCoverage(bin string) bool {
	out, _ := exec.Command(bin).CombinedOutput() // usage, exit status 2
	return bytes.Contains(out, []byte("statuslint coverage"))
}

// firstLine is the first non-empty line of s.
func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return s
}

// lastError picks the line of a command's output that says what went
// wrong: the first line that is not progress ("go: downloading ..."),
// or the exit status when there is none.
func lastError(out []byte, err error) string {
	for _, l := range strings.Split(string(out), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "go: downloading ") || strings.HasPrefix(l, "go: finding ") {
			continue
		}
		return l
	}
	return err.Error()
}
