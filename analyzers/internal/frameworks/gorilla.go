package frameworks

// gorilla: a router over net/http handlers; the method comes after the
// registration, as r.HandleFunc(path, h).Methods("POST"). Like chi it
// has no response side of its own.
var gorilla = &Framework{name: "gorilla/mux", pkg: "github.com/gorilla/mux", Router: &RouterSpec{
	types:    []string{"Router"},
	builders: []string{"Route"},
	ctors:    []string{"NewRouter"},
	calls: map[string]Call{
		"Handle":         {Kind: CallHandleBuilder, Path: 0, Handler: 1, args: 2, MethodsArg: -1},
		"HandleFunc":     {Kind: CallHandleBuilder, Path: 0, Handler: 1, args: 2, MethodsArg: -1},
		"NewRoute":       {Kind: CallBuilder},
		"Name":           {Kind: CallBuilder},
		"Headers":        {Kind: CallBuilder},
		"MatcherFunc":    {Kind: CallBuilder},
		"Queries":        {Kind: CallBuilder},
		"Schemes":        {Kind: CallBuilder},
		"Path":           {Kind: CallBuilder},
		"PathPrefix":     {Kind: CallBuilder},
		"Methods":        {Kind: CallBuilder},
		"Host":           {Kind: CallBuilder},
		"StrictSlash":    {Kind: CallSame},
		"SkipClean":      {Kind: CallSame},
		"UseEncodedPath": {Kind: CallSame},
	},
	BuilderCalls: map[string]Call{
		"Path":        {Kind: BuildPath, Path: 0, args: 1},
		"PathPrefix":  {Kind: BuildPath, Path: 0, args: 1, Prefix: true},
		"Methods":     {Kind: BuildMethods},
		"Host":        {Kind: BuildHost, Path: 0, args: 1},
		"Handler":     {Kind: BuildHandler, Handler: 0, args: 1},
		"HandlerFunc": {Kind: BuildHandler, Handler: 0, args: 1},
		"Subrouter":   {Kind: BuildSubrouter},
	},
	Pattern:   Pattern{Params: ParamsBraces, Join: JoinTrim},
	behaviour: Behaviour{NotFound: 404, MethodNotAllowed: 405, CleanRedirect: 301},
}}
