package fiber

// Group struct.
type Group struct{}

// Use registers a middleware route that will match requests with the provided prefix.
func (grp *Group) Use(args ...interface{}) Router { return grp }

// Get registers a route for GET methods.
func (grp *Group) Get(path string, handlers ...Handler) Router { return grp }

// Head registers a route for HEAD methods.
func (grp *Group) Head(path string, handlers ...Handler) Router { return grp }

// Post registers a route for POST methods.
func (grp *Group) Post(path string, handlers ...Handler) Router { return grp }

// Put registers a route for PUT methods.
func (grp *Group) Put(path string, handlers ...Handler) Router { return grp }

// Delete registers a route for DELETE methods.
func (grp *Group) Delete(path string, handlers ...Handler) Router { return grp }

// Connect registers a route for CONNECT methods.
func (grp *Group) Connect(path string, handlers ...Handler) Router { return grp }

// Options registers a route for OPTIONS methods.
func (grp *Group) Options(path string, handlers ...Handler) Router { return grp }

// Trace registers a route for TRACE methods.
func (grp *Group) Trace(path string, handlers ...Handler) Router { return grp }

// Patch registers a route for PATCH methods.
func (grp *Group) Patch(path string, handlers ...Handler) Router { return grp }

// Add allows you to specify a HTTP method to register a route.
func (grp *Group) Add(method, path string, handlers ...Handler) Router { return grp }

// Static will create a file server serving static files.
func (grp *Group) Static(prefix, root string, config ...Static) Router { return grp }

// All will register the handler on all HTTP methods.
func (grp *Group) All(path string, handlers ...Handler) Router { return grp }

// Group is used for Routes with common prefix to define a new sub-router with optional middleware.
func (grp *Group) Group(prefix string, handlers ...Handler) Router { return grp }

// Route is used to define routes with a common prefix inside the common function.
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router { return grp }

// Mount attaches another app instance as a sub-router along a routing path.
func (grp *Group) Mount(prefix string, subApp *App) Router { return grp }

// Name Assign name to specific route.
func (grp *Group) Name(name string) Router { return grp }
