package unmodelled

import (
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/analyzers/internal/frameworks"
)

// modelledPaths are the import paths of the framework major versions the
// response model has an adapter for, read from the adapters themselves so
// that a new adapter needs no second list here.
var modelledPaths = frameworks.ModelledPackages()

// family is a web framework whose major versions live at import paths of
// their own: the root path, then root/vN from v2 on (Go's semantic import
// versioning).
type family struct {
	name string
	root string
	// rootVersion names the releases imported from the root path.
	rootVersion string
}

// families are the frameworks statuslint models some version of, as
// their adapters name them.
var families = familiesOf(frameworks.Families())

func familiesOf(fs []frameworks.Family) []family {
	out := make([]family, len(fs))
	for i, f := range fs {
		out[i] = family{name: f.Name, root: f.Root, rootVersion: f.RootVersion}
	}
	return out
}

// version is one major version of a family, as an import path names it.
type version struct {
	family *family
	module string // the import path of the version's root package
	label  string // "v5", or the family's rootVersion
}

// versionOf returns the framework version whose package path imports, and
// false when path belongs to no family.
func versionOf(path string) (version, bool) {
	for i := range families {
		f := &families[i]
		rest, ok := strings.CutPrefix(path, f.root)
		if !ok || (rest != "" && rest[0] != '/') {
			continue // another repository, such as echo-contrib
		}
		first, _, _ := strings.Cut(strings.TrimPrefix(rest, "/"), "/")
		if n, ok := major(first); ok {
			return version{family: f, module: f.root + "/" + first, label: "v" + strconv.Itoa(n)}, true
		}
		return version{family: f, module: f.root, label: f.rootVersion}, true
	}
	return version{}, false
}

// major parses a semantic-import-version element ("v2", "v13").
func major(elem string) (int, bool) {
	digits, ok := strings.CutPrefix(elem, "v")
	if !ok || digits == "" || digits[0] == '0' {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 2 {
		return 0, false
	}
	return n, true
}

// modelled reports whether v has an adapter.
func (v version) modelled() bool {
	return slices.Contains(modelledPaths, v.module)
}

// modelledLabels names the modelled versions of v's family, in the order
// of the adapters.
func (v version) modelledLabels() []string {
	var labels []string
	for _, m := range modelledPaths {
		if mv, ok := versionOf(m); ok && mv.family == v.family {
			labels = append(labels, mv.label)
		}
	}
	return labels
}
