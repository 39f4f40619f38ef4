package fiber

// Redirect builds a redirect response; Ctx.Redirect returns one. Its status
// is 303 See Other unless Status sets another (v2 redirected with 302).
type Redirect struct{}

// RedirectConfig gives the parameters and query of Redirect.Route.
type RedirectConfig struct {
	Params  Map
	Queries map[string]string
}

// OldInputData is one form value kept across a redirect.
type OldInputData struct {
	Key   string
	Value string
}

// FlashMessage is one message kept across a redirect.
type FlashMessage struct {
	Key   string
	Value string
	Level uint8
}

// AcquireRedirect takes a Redirect from the pool.
func AcquireRedirect() *Redirect { return &Redirect{} }

// ReleaseRedirect returns r to the pool.
func ReleaseRedirect(r *Redirect) {}

// Status sets the redirect's status.
func (r *Redirect) Status(code int) *Redirect { return r }

// With adds a flash message.
func (r *Redirect) With(key, value string, level ...uint8) *Redirect { return r }

// WithInput keeps the request's form values for the next request.
func (r *Redirect) WithInput() *Redirect { return r }

// Messages returns the flash messages of the request.
func (r *Redirect) Messages() []FlashMessage { return nil }

// Message returns the flash message key.
func (r *Redirect) Message(key string) FlashMessage { return FlashMessage{} }

// OldInputs returns the form values kept by the previous request.
func (r *Redirect) OldInputs() []OldInputData { return nil }

// OldInput returns the kept form value key.
func (r *Redirect) OldInput(key string) OldInputData { return OldInputData{} }

// To sets Location to location and the redirect's status.
func (r *Redirect) To(location string) error { return nil }

// Route redirects to the route named name.
func (r *Redirect) Route(name string, config ...RedirectConfig) error { return nil }

// Back redirects to the Referer, or to fallback.
func (r *Redirect) Back(fallback ...string) error { return nil }
