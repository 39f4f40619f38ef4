package main

import (
	"fmt"
	"path"
	"regexp"
	"strings"
)

// A service is one line of the list:
//
//	NAME  SOURCE  DIR  FRAMEWORKS  PATTERNS
//
// SOURCE is module@version or github:OWNER/NAME@COMMIT (40 hex digits).
// DIR is the module's directory inside the source ("." for its root).
// FRAMEWORKS is informational, comma-separated. PATTERNS are the package
// patterns to lint, relative to DIR, comma-separated.
type service struct {
	name       string
	line       string // the line as written, which keys the cached copy
	module     string // module path, for a proxy source
	version    string
	repo       string // OWNER/NAME, for a git source
	commit     string
	dir        string
	frameworks string
	patterns   []string
}

func (s service) source() string {
	if s.repo != "" {
		return "github:" + s.repo + "@" + s.commit
	}
	return s.module + "@" + s.version
}

var (
	nameRE   = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
	repoRE   = regexp.MustCompile(`^github:([A-Za-z0-9][A-Za-z0-9_-]*/[A-Za-z0-9][A-Za-z0-9._-]*)@([0-9a-f]{40})$`)
	moduleRE = regexp.MustCompile(`^([a-z0-9][^@\s]*)@(v[0-9][^@\s]*)$`)
)

// parseList reads the list; file names it in errors.
func parseList(file, text string) ([]service, error) {
	var services []service
	seen := map[string]bool{}
	for i, line := range strings.Split(text, "\n") {
		if j := strings.Index(line, "#"); j >= 0 {
			line = line[:j]
		}
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		s, err := parseService(fields)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", file, i+1, err)
		}
		if seen[s.name] {
			return nil, fmt.Errorf("%s:%d: service %s listed twice", file, i+1, s.name)
		}
		seen[s.name] = true
		services = append(services, s)
	}
	if len(services) == 0 {
		return nil, fmt.Errorf("%s: no services listed", file)
	}
	return services, nil
}

func parseService(fields []string) (service, error) {
	if len(fields) != 5 {
		return service{}, fmt.Errorf("want 5 fields (name source dir frameworks patterns), have %d", len(fields))
	}
	s := service{name: fields[0], line: strings.Join(fields, " "), dir: fields[2], frameworks: fields[3]}
	if !nameRE.MatchString(s.name) {
		return s, fmt.Errorf("service name %q: want lowercase letters, digits, '.', '_' or '-'", s.name)
	}
	if m := repoRE.FindStringSubmatch(fields[1]); m != nil {
		s.repo, s.commit = m[1], m[2]
	} else if m := moduleRE.FindStringSubmatch(fields[1]); m != nil {
		s.module, s.version = m[1], m[2]
	} else {
		return s, fmt.Errorf("source %q: want module@version or github:OWNER/NAME@COMMIT with the full 40-digit commit", fields[1])
	}
	if s.dir != path.Clean(s.dir) || path.IsAbs(s.dir) || s.dir == ".." || strings.HasPrefix(s.dir, "../") {
		return s, fmt.Errorf("dir %q: want a clean relative path inside the source, or '.'", s.dir)
	}
	for _, p := range strings.Split(fields[4], ",") {
		root := path.Clean(strings.TrimSuffix(p, "..."))
		if p != "." && !strings.HasPrefix(p, "./") || root == ".." || strings.HasPrefix(root, "../") {
			return s, fmt.Errorf("pattern %q: want a package pattern relative to dir, such as ./server/... or ./cmd/api", p)
		}
		s.patterns = append(s.patterns, p)
	}
	return s, nil
}
