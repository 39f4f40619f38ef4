package echo

import "io/fs"

// Group is a set of routes under a common prefix and middleware.
type Group struct{}

// Use adds middleware to the group.
func (g *Group) Use(middleware ...MiddlewareFunc) {}

// CONNECT registers a route in the group, like Echo.CONNECT.
func (g *Group) CONNECT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// DELETE registers a route in the group, like Echo.DELETE.
func (g *Group) DELETE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// GET registers a route in the group, like Echo.GET.
func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// HEAD registers a route in the group, like Echo.HEAD.
func (g *Group) HEAD(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// OPTIONS registers a route in the group, like Echo.OPTIONS.
func (g *Group) OPTIONS(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// PATCH registers a route in the group, like Echo.PATCH.
func (g *Group) PATCH(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// POST registers a route in the group, like Echo.POST.
func (g *Group) POST(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// PUT registers a route in the group, like Echo.PUT.
func (g *Group) PUT(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// QUERY registers a route in the group, like Echo.QUERY.
func (g *Group) QUERY(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// TRACE registers a route in the group, like Echo.TRACE.
func (g *Group) TRACE(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// RouteNotFound registers a route in the group, like Echo.RouteNotFound.
func (g *Group) RouteNotFound(path string, h HandlerFunc, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// Any registers a route for every method in the group.
func (g *Group) Any(path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// Match registers a route for the given methods in the group.
func (g *Group) Match(methods []string, path string, handler HandlerFunc, middleware ...MiddlewareFunc) Routes {
	return nil
}

// Group returns a sub-group under prefix.
func (g *Group) Group(prefix string, middleware ...MiddlewareFunc) (sg *Group) { return g }

// Static serves the files under fsRoot at pathPrefix.
func (g *Group) Static(pathPrefix, fsRoot string, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// StaticFS serves the files of filesystem at pathPrefix.
func (g *Group) StaticFS(pathPrefix string, filesystem fs.FS, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// FileFS serves one file of filesystem at path.
func (g *Group) FileFS(path, file string, filesystem fs.FS, m ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// File serves one file at path.
func (g *Group) File(path, file string, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// Add registers a route for method and path in the group.
func (g *Group) Add(method, path string, handler HandlerFunc, middleware ...MiddlewareFunc) RouteInfo {
	return RouteInfo{}
}

// AddRoute registers route in the group.
func (g *Group) AddRoute(route Route) (RouteInfo, error) { return RouteInfo{}, nil }
