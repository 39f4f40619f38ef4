// Command gclbuild builds golangci-lint with the statuslint plugin linked
// in, from the nested module tools/custom-gcl and the Go module proxy:
//
//	go run ./tools/gclbuild -o bin/custom-gcl    (make custom-gcl)
//
// It salts the binary's version with a hash of the statuslint source the
// plugin links, because golangci-lint keys its analysis cache by version:
// without the salt, a changed check would be answered from results cached
// for the old one. Its test is the plugin's end-to-end test.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

const (
	module    = "github.com/statuslint/statuslint"
	pluginPkg = module + "/cmd/gclplugin"
	// toolDir is the nested module with golangci-lint's main, relative to
	// the repository root.
	toolDir = "tools/custom-gcl"
)

func main() {
	out := flag.String("o", "bin/custom-gcl", "the binary to write")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: go run ./tools/gclbuild [-o bin/custom-gcl]")
		os.Exit(2)
	}
	root, err := repoRoot()
	if err == nil {
		var version string
		_, version, err = build(root, *out)
		if err == nil {
			fmt.Printf("built %s (%s)\n", *out, version)
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gclbuild: %v\n", err)
		os.Exit(1)
	}
}

// repoRoot is the directory of statuslint's go.mod, found by the go
// command from the working directory.
func repoRoot() (string, error) {
	out, err := goOutput(".", "list", "-m", "-f", "{{.Dir}}", module)
	if err != nil {
		return "", fmt.Errorf("finding the statuslint module (run from inside the repository): %w", err)
	}
	return strings.TrimSpace(out), nil
}

// build writes the binary to out (relative to the working directory) and
// returns the source hash it was built with and its version line.
func build(root, out string) (hash, version string, err error) {
	hash, err = sourceHash(root)
	if err != nil {
		return "", "", err
	}
	out, err = filepath.Abs(out)
	if err != nil {
		return "", "", err
	}
	// -s -w: the symbol tables only make the binary larger; the go
	// command skips the link when out is up to date.
	_, err = goOutput(filepath.Join(root, toolDir), "build",
		"-ldflags=-s -w -X=main.sourceHash="+hash, "-o", out, ".")
	if err != nil {
		// A dependency added to statuslint needs go.sum lines here too.
		return "", "", fmt.Errorf("building %s (if go.sum lacks an entry, run go mod tidy there): %w", toolDir, err)
	}
	v, err := exec.Command(out, "version").Output()
	if err != nil {
		return "", "", fmt.Errorf("%s version: %w", out, err)
	}
	return hash, strings.TrimSpace(string(v)), nil
}

// sourceHash hashes what the plugin is built from: every file of every
// statuslint package it links (Go files and embedded files), the root
// go.mod and go.sum, and the nested module's main and go.mod and go.sum.
// It returns the first 12 hex digits of a SHA-256.
func sourceHash(root string) (string, error) {
	out, err := goOutput(root, "list", "-deps", "-json=Dir,ImportPath,Module,GoFiles,CgoFiles,EmbedFiles", pluginPkg)
	if err != nil {
		return "", fmt.Errorf("listing the plugin's packages: %w", err)
	}
	var files []string
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		var p struct {
			Dir                           string
			Module                        *struct{ Path string }
			GoFiles, CgoFiles, EmbedFiles []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return "", fmt.Errorf("reading go list output: %w", err)
		}
		if p.Module == nil || p.Module.Path != module {
			continue
		}
		for _, f := range append(append(p.GoFiles, p.CgoFiles...), p.EmbedFiles...) {
			files = append(files, filepath.Join(p.Dir, f))
		}
	}
	if len(files) == 0 {
		return "", errors.New("go list found no statuslint files behind the plugin")
	}
	for _, f := range []string{"go.mod", "go.sum", toolDir + "/go.mod", toolDir + "/go.sum", toolDir + "/main.go"} {
		files = append(files, filepath.Join(root, filepath.FromSlash(f)))
	}
	sort.Strings(files)
	h := sha256.New()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return "", err
		}
		rel, _ := filepath.Rel(root, f)
		// Name and length first, so that moving bytes between files
		// changes the hash.
		fmt.Fprintf(h, "%s %d\n", filepath.ToSlash(rel), len(data))
		h.Write(data)
	}
	return fmt.Sprintf("%x", h.Sum(nil))[:12], nil
}

// goOutput runs the go command in dir outside any workspace, so that a
// go.work elsewhere cannot change what is built.
func goOutput(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return string(out), nil
}
