package frameworks

// gorilla: a router over net/http handlers; the method comes after the
// registration, as r.HandleFunc(path, h).Methods("POST").
var gorilla = &Framework{name: "gorilla/mux", pkg: "github.com/gorilla/mux", Routing: MethodsMatcher}
