package frameworks

// chi: a router over net/http handlers; r.Get(path, h), r.Method(m,
// path, h) and r.MethodFunc name the route's method. Both import paths
// are in use, with the same API. chi has no response side: its handlers
// are net/http's, so what they send is net/http's adapter's business.
var (
	chi5 = &Framework{name: "chi v5", pkg: "github.com/go-chi/chi/v5", Router: chiRouter}
	chi1 = &Framework{name: "chi v1", pkg: "github.com/go-chi/chi", Router: chiRouter}
)

var chiRouter = &RouterSpec{
	types: []string{"Mux", "Router"},
	ctors: []string{"NewRouter", "NewMux"},
	calls: verbCalls(map[string]Call{
		"Handle":     {Kind: CallRoute, Path: 0, Handler: 1, args: 2, MethodsArg: -1},
		"HandleFunc": {Kind: CallRoute, Path: 0, Handler: 1, args: 2, MethodsArg: -1},
		"Method":     {Kind: CallRoute, MethodsArg: 0, Path: 1, Handler: 2, args: 3},
		"MethodFunc": {Kind: CallRoute, MethodsArg: 0, Path: 1, Handler: 2, args: 3},
		"Route":      {Kind: CallRouteFunc, Path: 0, Func: 1, args: 2},
		"Group":      {Kind: CallRouteFunc, Path: -1, Func: 0, args: 1},
		"With":       {Kind: CallSame},
		"Mount":      {Kind: CallMount, Path: 0, Handler: 1, args: 2, Suffix: "/*", SuffixJoin: JoinMount},
	}, true, Call{Path: 0, Handler: 1, args: 2}),
	Pattern:   Pattern{Params: ParamsBraces, Join: JoinMount, StarRest: true},
	behaviour: Behaviour{NotFound: 404, MethodNotAllowed: 405, AllowHeader: true},
}
