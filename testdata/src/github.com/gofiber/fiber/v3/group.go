package fiber

// Group is a set of routes under a common prefix.
type Group struct {
	Prefix string
}

// Name names the group.
func (grp *Group) Name(name string) Router { return grp }

// Use registers middleware in the group.
func (grp *Group) Use(args ...any) Router { return grp }

// Get registers a route in the group, like App.Get.
func (grp *Group) Get(path string, handler any, handlers ...any) Router { return grp }

// Head registers a route in the group, like App.Head.
func (grp *Group) Head(path string, handler any, handlers ...any) Router { return grp }

// Post registers a route in the group, like App.Post.
func (grp *Group) Post(path string, handler any, handlers ...any) Router { return grp }

// Put registers a route in the group, like App.Put.
func (grp *Group) Put(path string, handler any, handlers ...any) Router { return grp }

// Delete registers a route in the group, like App.Delete.
func (grp *Group) Delete(path string, handler any, handlers ...any) Router { return grp }

// Connect registers a route in the group, like App.Connect.
func (grp *Group) Connect(path string, handler any, handlers ...any) Router { return grp }

// Options registers a route in the group, like App.Options.
func (grp *Group) Options(path string, handler any, handlers ...any) Router { return grp }

// Trace registers a route in the group, like App.Trace.
func (grp *Group) Trace(path string, handler any, handlers ...any) Router { return grp }

// Patch registers a route in the group, like App.Patch.
func (grp *Group) Patch(path string, handler any, handlers ...any) Router { return grp }

// All registers a route in the group, like App.All.
func (grp *Group) All(path string, handler any, handlers ...any) Router { return grp }

// Add registers a route for methods in the group.
func (grp *Group) Add(methods []string, path string, handler any, handlers ...any) Router {
	return grp
}

// Group returns a sub-group under prefix.
func (grp *Group) Group(prefix string, handlers ...any) Router { return grp }

// RouteChain returns a registrar for the routes of path in the group.
func (grp *Group) RouteChain(path string) Register { return &Registering{} }

// Route calls fn with a sub-group under prefix.
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router { return grp }

// Register registers the handlers of one path, method by method.
type Register interface {
	All(handler any, handlers ...any) Register
	Get(handler any, handlers ...any) Register
	Head(handler any, handlers ...any) Register
	Post(handler any, handlers ...any) Register
	Put(handler any, handlers ...any) Register
	Delete(handler any, handlers ...any) Register
	Connect(handler any, handlers ...any) Register
	Options(handler any, handlers ...any) Register
	Trace(handler any, handlers ...any) Register
	Patch(handler any, handlers ...any) Register

	Add(methods []string, handler any, handlers ...any) Register

	RouteChain(path string) Register
}

var _ Register = (*Registering)(nil)

// Registering is the Register App.RouteChain returns.
type Registering struct{}

// All registers a handler of the path, like Router.All.
func (r *Registering) All(handler any, handlers ...any) Register { return r }

// Get registers a handler of the path, like Router.Get.
func (r *Registering) Get(handler any, handlers ...any) Register { return r }

// Head registers a handler of the path, like Router.Head.
func (r *Registering) Head(handler any, handlers ...any) Register { return r }

// Post registers a handler of the path, like Router.Post.
func (r *Registering) Post(handler any, handlers ...any) Register { return r }

// Put registers a handler of the path, like Router.Put.
func (r *Registering) Put(handler any, handlers ...any) Register { return r }

// Delete registers a handler of the path, like Router.Delete.
func (r *Registering) Delete(handler any, handlers ...any) Register { return r }

// Connect registers a handler of the path, like Router.Connect.
func (r *Registering) Connect(handler any, handlers ...any) Register { return r }

// Options registers a handler of the path, like Router.Options.
func (r *Registering) Options(handler any, handlers ...any) Register { return r }

// Trace registers a handler of the path, like Router.Trace.
func (r *Registering) Trace(handler any, handlers ...any) Register { return r }

// Patch registers a handler of the path, like Router.Patch.
func (r *Registering) Patch(handler any, handlers ...any) Register { return r }

// Add registers a handler of the path for methods.
func (r *Registering) Add(methods []string, handler any, handlers ...any) Register { return r }

// RouteChain returns a registrar for a sub-path.
func (r *Registering) RouteChain(path string) Register { return r }
