// Package gclplugin makes statuslint a golangci-lint v2 module plugin.
//
// Import it from a custom golangci-lint build (golangci-lint custom with
// .custom-gcl.yml, or make custom-gcl) and configure it under
// linters.settings.custom.statuslint:
//
//	settings:
//	  enable: [methodstatus]    # turn on checks that are off by default
//	  disable: [unknowncode]    # turn off checks
//	  unknowncode:              # a check's options, as its -NAME.option flags
//	    allow: [499, 520]       # a list, or "499,520"
//
// The settings are checked strictly: an unknown check, an unknown option
// or a value its flag rejects is an error that names it and lists what
// is accepted.
//
// The options are the analyzers' own flags (analysis.Analyzer.Flags), and
// those are package-level state shared by every user of the analyzers in
// the process. BuildAnalyzers therefore resets every flag to its default
// before it applies the settings, so the plugin built last decides the
// options of all analyzers. golangci-lint builds the plugin once per run.
package gclplugin

import (
	"errors"
	"flag"
	"fmt"
	"slices"
	"sync"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers"
	statussettings "github.com/statuslint/statuslint/cmd/internal/settings"
)

// Name is the plugin's name in register.Plugin and so the linter's name
// in golangci-lint's configuration and in //nolint:statuslint.
const Name = "statuslint"

func init() {
	register.Plugin(Name, New)
}

// Settings is the decoded settings section; the statuslint command
// reads the same from .statuslint.yml.
type Settings = statussettings.Settings

// Option is one check option, as the flag -CHECK.NAME=VALUE would set it.
type Option = statussettings.Option

// New decodes and checks the settings; golangci-lint calls it with the
// settings section of the configuration (nil when there is none).
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](conf)
	if err != nil {
		// Drop DecodeSettings' "decoding settings:" prefix for our own.
		if inner := errors.Unwrap(err); inner != nil {
			err = inner
		}
		return nil, fmt.Errorf("statuslint settings: %w", err)
	}
	return &plugin{settings: s}, nil
}

type plugin struct {
	settings Settings
}

// GetLoadMode asks for type information: every check needs it.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }

// applying serialises BuildAnalyzers, which writes package-level flags.
var applying sync.Mutex

// BuildAnalyzers applies the options to the analyzers' flags and returns
// the enabled checks, in the order of analyzers.All.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	applying.Lock()
	defer applying.Unlock()
	for _, a := range analyzers.All {
		if err := resetFlags(a); err != nil {
			return nil, err
		}
		for _, o := range p.settings.Options[a.Name] {
			if err := a.Flags.Set(o.Name, o.Value); err != nil {
				return nil, fmt.Errorf("statuslint settings: invalid value %q for %s.%s: %w", o.Value, a.Name, o.Name, err)
			}
		}
	}
	var enabled []*analysis.Analyzer
	for _, a := range analyzers.All {
		on := !analyzers.Off[a.Name] || slices.Contains(p.settings.Enable, a.Name)
		if on && !slices.Contains(p.settings.Disable, a.Name) {
			enabled = append(enabled, a)
		}
	}
	return enabled, nil
}

// resetFlags sets every flag of a back to its default, so that options
// of an earlier build do not linger.
func resetFlags(a *analysis.Analyzer) error {
	var err error
	a.Flags.VisitAll(func(f *flag.Flag) {
		if e := f.Value.Set(f.DefValue); e != nil && err == nil {
			err = fmt.Errorf("statuslint: resetting %s.%s to its default %q: %w", a.Name, f.Name, f.DefValue, e)
		}
	})
	return err
}
