package frameworks

const nethttp = "net/http"

// netHTTP: the standard library. The writer's own methods (WriteHeader,
// Write) are recognised on every type implementing http.ResponseWriter,
// outside this table.
var netHTTP = &Framework{
	name: "net/http",
	pkg:  nethttp,
	apis: map[string]API{
		"Error":           send(API{Name: "http.Error", Writer: 0, Source: SrcError, Steps: []Step{header("Content-Type"), header("X-Content-Type-Options"), status(2), body(1)}}),
		"Redirect":        send(API{Name: "http.Redirect", Writer: 0, Steps: []Step{header("Location"), status(3), body(-1)}}),
		"NotFound":        send(API{Name: "http.NotFound", Writer: 0, Steps: []Step{header("Content-Type"), fixed(404), body(-1)}}),
		"RedirectHandler": {Name: "http.RedirectHandler", Writer: NoResp, Steps: []Step{status(1)}},
	},
	// MaxBytesReader takes the writer only to mark the connection for
	// closing when the limit is hit.
	noWrite: [][2]string{{nethttp, "MaxBytesReader"}},
	Router: &RouterSpec{
		types:   []string{"ServeMux"},
		ctors:   []string{"NewServeMux"},
		Default: "DefaultServeMux",
		funcs: map[string]Call{
			"Handle":     muxCall,
			"HandleFunc": muxCall,
		},
		calls: map[string]Call{
			"Handle":     muxCall,
			"HandleFunc": muxCall,
		},
		wrappers: map[string]Wrapper{
			"net/http.TimeoutHandler":       {Arg: 0, Strip: -1},
			"net/http.MaxBytesHandler":      {Arg: 0, Strip: -1},
			"net/http.StripPrefix":          {Arg: 1, Strip: 0},
			"net/http.AllowQuerySemicolons": {Arg: 0, Strip: -1},
		},
		// StripPrefix hands the rest of the path to the inner handler as
		// it is: the prefix and the inner pattern concatenate.
		Pattern: Pattern{Params: ParamsMux, Join: JoinConcat},
		// The mux's redirects are 307 in Go 1.26; older releases sent 301.
		behaviour: Behaviour{NotFound: 404, MethodNotAllowed: 405, AllowHeader: true, SlashRedirect: 307, CleanRedirect: 307},
	},
}

// muxCall: Handle and HandleFunc take a pattern that may name the method
// and the host; the mux serves HEAD with a GET pattern's handler.
var muxCall = Call{Kind: CallMux, Path: 0, Handler: 1, args: 2, MethodsArg: -1, AlsoHead: true}

var (
	writeHeader = API{Name: "WriteHeader", Writer: Recv, Source: SrcWriter, Steps: []Step{status(0)}}
	write       = API{Name: "Write", Writer: Recv, Source: SrcWriter, Steps: []Step{body(0)}}
)

func writerMethod(name string) *API {
	switch name {
	case "WriteHeader":
		a := writeHeader
		return &a
	case "Write":
		a := write
		return &a
	}
	return nil
}
