package frameworks

import (
	"go/types"
	"slices"
)

// The framework facts the checks ask besides the response and routing
// sides: the functions that take a response without writing it, gin's
// keep-status rule, the body parsers, and the framework families whose
// other major versions have no adapter.

var noWrite = map[[2]string]bool{} // package path, name

var bodyParsers = map[string]bool{}

func init() {
	for _, fw := range frameworks {
		for _, k := range fw.noWrite {
			noWrite[k] = true
		}
		for _, n := range fw.bodyParsers {
			bodyParsers[n] = true
		}
	}
}

// TakesOnly reports whether fn takes the response or the context without
// writing it: a function an adapter lists as writing nothing (net/http's
// MaxBytesReader only marks the connection for closing; fiber's session
// Store.Get keeps the context in the session, whose Save and Destroy set
// a cookie header, never a status or a body), or a framework's reader
// (readsOnly). The model asks it of every call it summarises, so the
// lookup builds no string.
func TakesOnly(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && noWrite[[2]string{fn.Pkg().Path(), fn.Name()}] || readsOnly(fn)
}

// KeepsStatus reports whether fn belongs to a framework whose writer
// reads a status of zero or less as "keep the current one" (gin), or is
// a helper handed that framework's context.
func KeepsStatus(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if fn.Pkg() != nil {
		if fw := frameworkByPkg[fn.Pkg().Path()]; fw != nil && fw.keepsStatus {
			return true
		}
	}
	keeps := func(t types.Type) bool {
		fw := contextOf(t)
		return fw != nil && fw.keepsStatus
	}
	sig := fn.Signature()
	if r := sig.Recv(); r != nil && keeps(r.Type()) {
		return true
	}
	for i := range sig.Params().Len() {
		if keeps(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

// ParsesBody reports whether a method called name parses the request
// body into a value, as a framework's body parser does (fiber v2's
// c.BodyParser). The name alone decides: a program's own wrapper named
// after it does the same.
func ParsesBody(name string) bool { return bodyParsers[name] }

// Family is a web framework whose major versions live at import paths
// of their own: the root path, then root/vN from v2 on.
type Family struct {
	Name string
	Root string
	// RootVersion names the releases imported from the root path.
	RootVersion string
}

// Families returns the frameworks some version of which has an adapter,
// once each, in the order of the adapters.
func Families() []Family {
	var out []Family
	for _, fw := range frameworks {
		if fw.family.Root != "" && !slices.Contains(out, fw.family) {
			out = append(out, fw.family)
		}
	}
	return out
}
