// Package render is a minimal stub of github.com/gin-gonic/gin/render
// v1.12.0: just enough for (*gin.Context).Render's real signature and the
// renderers handlers pass to it. Bodies do nothing.
package render

import (
	"io"
	"net/http"
)

// Render interface is to be implemented by JSON, XML, HTML, YAML and so on.
type Render interface {
	// Render writes data with custom ContentType.
	Render(http.ResponseWriter) error
	// WriteContentType writes custom ContentType.
	WriteContentType(w http.ResponseWriter)
}

var (
	_ Render = JSON{}
	_ Render = IndentedJSON{}
	_ Render = SecureJSON{}
	_ Render = PureJSON{}
	_ Render = XML{}
	_ Render = String{}
	_ Render = Redirect{}
	_ Render = Data{}
	_ Render = Reader{}
)

// JSON contains the given interface object.
type JSON struct {
	Data any
}

// Render writes data with custom ContentType.
func (r JSON) Render(w http.ResponseWriter) error { return nil }

// WriteContentType writes JSON ContentType.
func (r JSON) WriteContentType(w http.ResponseWriter) {}

// IndentedJSON contains the given interface object.
type IndentedJSON struct {
	Data any
}

// Render writes data with custom ContentType.
func (r IndentedJSON) Render(w http.ResponseWriter) error { return nil }

// WriteContentType writes JSON ContentType.
func (r IndentedJSON) WriteContentType(w http.ResponseWriter) {}

// SecureJSON contains the given interface object and its prefix.
type SecureJSON struct {
	Prefix string
	Data   any
}

// Render writes data with custom ContentType.
func (r SecureJSON) Render(w http.ResponseWriter) error { return nil }

// WriteContentType writes JSON ContentType.
func (r SecureJSON) WriteContentType(w http.ResponseWriter) {}

// PureJSON contains the given interface object.
type PureJSON struct {
	Data any
}

// Render writes data with custom ContentType.
func (r PureJSON) Render(w http.ResponseWriter) error { return nil }

// WriteContentType writes JSON ContentType.
func (r PureJSON) WriteContentType(w http.ResponseWriter) {}

// XML contains the given interface object.
type XML struct {
	Data any
}

// Render writes data with custom ContentType.
func (r XML) Render(w http.ResponseWriter) error { return nil }

// WriteContentType writes XML ContentType.
func (r XML) WriteContentType(w http.ResponseWriter) {}

// String contains the given interface object slice and its format.
type String struct {
	Format string
	Data   []any
}

// Render writes data with custom ContentType.
func (r String) Render(w http.ResponseWriter) error { return nil }

// WriteContentType writes Plain ContentType.
func (r String) WriteContentType(w http.ResponseWriter) {}

// Redirect contains the http request reference and redirects status code and location.
type Redirect struct {
	Code     int
	Request  *http.Request
	Location string
}

// Render writes data with custom ContentType.
func (r Redirect) Render(w http.ResponseWriter) error { return nil }

// WriteContentType doesn't write any ContentType.
func (r Redirect) WriteContentType(http.ResponseWriter) {}

// Data contains ContentType and bytes data.
type Data struct {
	ContentType string
	Data        []byte
}

// Render writes data with custom ContentType.
func (r Data) Render(w http.ResponseWriter) (err error) { return nil }

// WriteContentType writes custom ContentType.
func (r Data) WriteContentType(w http.ResponseWriter) {}

// Reader contains the IO reader and its length, and custom ContentType and other headers.
type Reader struct {
	ContentType   string
	ContentLength int64
	Reader        io.Reader
	Headers       map[string]string
}

// Render writes data with custom ContentType.
func (r Reader) Render(w http.ResponseWriter) (err error) { return nil }

// WriteContentType writes custom ContentType.
func (r Reader) WriteContentType(w http.ResponseWriter) {}
