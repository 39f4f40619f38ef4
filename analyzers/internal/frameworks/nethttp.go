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
	Routing: MuxPatterns,
}

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
