// Package settings decodes statuslint's settings: which checks run and
// their options. The golangci-lint plugin reads them from .golangci.yml
// and the statuslint command from .statuslint.yml, through this one
// strict decoder, so that one set of choices means the same everywhere.
//
//	enable: [methodstatus]    # turn on checks that are off by default
//	disable: [unknowncode]    # turn off checks
//	unknowncode:              # a check's options, as its -NAME.option flags
//	  allow: [499, 520]       # a list, or "499,520"
//
// An unknown check, an unknown option or a value of the wrong shape is an
// error that names it and lists what is accepted.
package settings

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/pb33f/go-yaml"
	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/analyzers"
)

// Settings is the decoded settings section.
type Settings struct {
	Enable  []string
	Disable []string
	// Options maps a check name to its options, each an option name and
	// its value in flag syntax, in name order.
	Options map[string][]Option
}

// Option is one check option, as the flag -CHECK.NAME=VALUE would set it.
type Option struct {
	Name, Value string
}

// FromYAML decodes settings written in YAML, as in .statuslint.yml. An
// empty document is no settings.
func FromYAML(data []byte) (Settings, error) {
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		return Settings{}, err
	}
	js, err := json.Marshal(v)
	if err != nil {
		// A map with keys that are not strings, say.
		return Settings{}, fmt.Errorf("want a map of enable, disable and check options: %v", err)
	}
	var s Settings
	err = s.UnmarshalJSON(js)
	return s, err
}

// UnmarshalJSON decodes the settings strictly. The keys are enable,
// disable and check names, so they cannot be struct fields.
func (s *Settings) UnmarshalJSON(data []byte) error {
	if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		return nil
	}
	var top map[string]json.RawMessage
	if err := decode(data, &top); err != nil {
		return fmt.Errorf("want a map of enable, disable and check options, got %s", describe(data))
	}
	keys := make([]string, 0, len(top))
	for k := range top {
		keys = append(keys, k)
	}
	sort.Strings(keys) // errors in a stable order
	for _, k := range keys {
		var err error
		switch k {
		case "enable":
			s.Enable, err = checkList(k, top[k])
		case "disable":
			s.Disable, err = checkList(k, top[k])
		default:
			err = s.decodeOptions(k, top[k])
		}
		if err != nil {
			return err
		}
	}
	for _, name := range s.Enable {
		if slices.Contains(s.Disable, name) {
			return fmt.Errorf("check %s is both in enable and in disable", name)
		}
	}
	return nil
}

// checkList decodes the list of check names under key.
func checkList(key string, data json.RawMessage) ([]string, error) {
	var names []string
	if err := decode(data, &names); err != nil {
		return nil, fmt.Errorf("%s: want a list of check names (%s), got %s", key, CheckNames(), describe(data))
	}
	for _, n := range names {
		if lookup(n) == nil {
			return nil, fmt.Errorf("%s: unknown check %q; the checks are %s", key, n, CheckNames())
		}
	}
	return names, nil
}

// decodeOptions decodes the options of the check named key.
func (s *Settings) decodeOptions(key string, data json.RawMessage) error {
	a := lookup(key)
	if a == nil {
		return fmt.Errorf("unknown setting %q; accepted: enable, disable, and a check with options (%s)", key, OptionChecks())
	}
	accepted := optionNames(a)
	if len(accepted) == 0 {
		return fmt.Errorf("%s: the check has no options; checks with options: %s", key, OptionChecks())
	}
	var opts map[string]json.RawMessage
	if err := decode(data, &opts); err != nil {
		return fmt.Errorf("%s: want a map of its options (%s), got %s", key, strings.Join(accepted, ", "), describe(data))
	}
	names := make([]string, 0, len(opts))
	for name := range opts {
		names = append(names, name)
	}
	sort.Strings(names)
	var list []Option
	for _, name := range names {
		if a.Flags.Lookup(name) == nil {
			return fmt.Errorf("%s: unknown option %q; its options are %s", key, name, strings.Join(accepted, ", "))
		}
		v, err := flagValue(opts[name])
		if err != nil {
			return fmt.Errorf("%s.%s: %w", key, name, err)
		}
		list = append(list, Option{Name: name, Value: v})
	}
	if s.Options == nil {
		s.Options = map[string][]Option{}
	}
	s.Options[key] = list
	return nil
}

// flagValue turns a setting into the text of a flag value: a string,
// number or boolean as it is written, a list joined with commas.
func flagValue(raw json.RawMessage) (string, error) {
	var v any
	if err := decode(raw, &v); err != nil {
		return "", err
	}
	scalar := func(v any) (string, bool) {
		switch v := v.(type) {
		case string:
			return v, true
		case json.Number:
			return v.String(), true
		case bool:
			return fmt.Sprint(v), true
		}
		return "", false
	}
	if s, ok := scalar(v); ok {
		return s, nil
	}
	if list, ok := v.([]any); ok {
		parts := make([]string, len(list))
		for i, e := range list {
			s, ok := scalar(e)
			if !ok {
				return "", fmt.Errorf("want a string, number or boolean in the list, got %s", describe(mustJSON(e)))
			}
			parts[i] = s
		}
		return strings.Join(parts, ","), nil
	}
	return "", fmt.Errorf("want a string, number, boolean or a list of them, got %s", describe(raw))
}

// decode is json.Unmarshal keeping numbers as written (499, not 499.0).
func decode(data []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	return d.Decode(v)
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

// describe names the kind of a JSON value for an error message.
func describe(data []byte) string {
	var v any
	if decode(data, &v) != nil {
		return "invalid JSON"
	}
	switch v := v.(type) {
	case nil:
		return "nothing (null)"
	case map[string]any:
		return "a map"
	case []any:
		return "a list"
	case string:
		return fmt.Sprintf("the string %q", v)
	}
	return string(bytes.TrimSpace(data))
}

func lookup(name string) *analysis.Analyzer {
	for _, a := range analyzers.All {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func optionNames(a *analysis.Analyzer) []string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	return names
}

// CheckNames lists every check, for messages.
func CheckNames() string {
	names := make([]string, len(analyzers.All))
	for i, a := range analyzers.All {
		names[i] = a.Name
	}
	return strings.Join(names, ", ")
}

// OptionChecks lists the checks that have options, as CHECK.OPTION,
// for messages.
func OptionChecks() string {
	var names []string
	for _, a := range analyzers.All {
		for _, o := range optionNames(a) {
			names = append(names, a.Name+"."+o)
		}
	}
	if len(names) == 0 {
		return "none"
	}
	return strings.Join(names, ", ")
}
