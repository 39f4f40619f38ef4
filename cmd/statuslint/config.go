package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/statuslint/statuslint/cmd/internal/settings"
)

// configNames are the names of the settings file, looked for in the
// working directory and each directory above it up to the module's root.
var configNames = []string{".statuslint.yml", ".statuslint.yaml"}

// A config is the settings file found for this run.
type config struct {
	path     string
	settings settings.Settings
}

// findConfig reads the settings file nearest to dir: in dir, else in
// the directory above, up to and including the one that holds go.mod
// (only dir itself when no go.mod is above it). It returns nil when
// there is none.
func findConfig(dir string) (*config, error) {
	root := dir
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			root = d
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	for d := dir; ; d = filepath.Dir(d) {
		var found []string
		for _, name := range configNames {
			if _, err := os.Stat(filepath.Join(d, name)); err == nil {
				found = append(found, filepath.Join(d, name))
			} else if !errors.Is(err, fs.ErrNotExist) {
				return nil, err
			}
		}
		switch len(found) {
		case 1:
			return readConfig(found[0])
		case 2:
			return nil, fmt.Errorf("%s and %s are both here; keep one", found[0], found[1])
		}
		if d == root || filepath.Dir(d) == d {
			return nil, nil
		}
	}
}

func readConfig(path string) (*config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s, err := settings.FromYAML(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", relPath(mustGetwd(), path), err)
	}
	return &config{path, s}, nil
}

func mustGetwd() string {
	dir, _ := os.Getwd()
	return dir
}
