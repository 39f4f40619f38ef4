package gin

// ErrorType is an unsigned 64-bit error code as defined in the gin spec.
type ErrorType uint64

const (
	// ErrorTypeBind is used when Context.Bind() fails.
	ErrorTypeBind ErrorType = 1 << 63
	// ErrorTypeRender is used when Context.Render() fails.
	ErrorTypeRender ErrorType = 1 << 62
	// ErrorTypePrivate indicates a private error.
	ErrorTypePrivate ErrorType = 1 << 0
	// ErrorTypePublic indicates a public error.
	ErrorTypePublic ErrorType = 1 << 1
	// ErrorTypeAny indicates any other error.
	ErrorTypeAny ErrorType = 1<<64 - 1
)

// Error represents a error's specification.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

type errorMsgs []*Error

var _ error = (*Error)(nil)

// SetType sets the error's type.
func (msg *Error) SetType(flags ErrorType) *Error { return msg }

// SetMeta sets the error's meta data.
func (msg *Error) SetMeta(data any) *Error { return msg }

// JSON creates a properly formatted JSON.
func (msg *Error) JSON() any { return nil }

// MarshalJSON implements the json.Marshaller interface.
func (msg *Error) MarshalJSON() ([]byte, error) { return nil, nil }

// Error implements the error interface.
func (msg Error) Error() string { return "" }

// IsType judges one error.
func (msg *Error) IsType(flags ErrorType) bool { return false }

// Unwrap returns the wrapped error.
func (msg Error) Unwrap() error { return msg.Err }

// ByType returns a readonly copy filtered the byte.
func (a errorMsgs) ByType(typ ErrorType) errorMsgs { return a }

// Last returns the last error in the slice.
func (a errorMsgs) Last() *Error { return nil }

// Errors returns an array with all the error messages.
func (a errorMsgs) Errors() []string { return nil }

// JSON returns the errors as JSON-ready data.
func (a errorMsgs) JSON() any { return nil }

// MarshalJSON implements the json.Marshaller interface.
func (a errorMsgs) MarshalJSON() ([]byte, error) { return nil, nil }

// String returns the errors as text.
func (a errorMsgs) String() string { return "" }
