package frameworks

// chi: a router over net/http handlers; r.Get(path, h), r.Method(m,
// path, h) and r.MethodFunc name the route's method. Both import paths
// are in use.
var (
	chi5 = &Framework{name: "chi", pkg: "github.com/go-chi/chi/v5", Routing: VerbMethods}
	chi1 = &Framework{name: "chi", pkg: "github.com/go-chi/chi", Routing: VerbMethods}
)
