package echo

// Route is a route to register.
type Route struct {
	Method      string
	Path        string
	Name        string
	Handler     HandlerFunc
	Middlewares []MiddlewareFunc
}

// ToRouteInfo describes the route.
func (r Route) ToRouteInfo(params []string) RouteInfo { return RouteInfo{} }

// WithPrefix returns the route under pathPrefix with middlewares added.
func (r Route) WithPrefix(pathPrefix string, middlewares []MiddlewareFunc) Route { return r }

// RouteInfo describes a registered route.
type RouteInfo struct {
	Name       string
	Method     string
	Path       string
	Parameters []string
}

// Clone copies the route description.
func (r RouteInfo) Clone() RouteInfo { return r }

// Reverse builds the route's path from pathValues.
func (r RouteInfo) Reverse(pathValues ...any) string { return "" }

// Routes is a list of registered routes.
type Routes []RouteInfo

// Clone copies the list.
func (r Routes) Clone() Routes { return r }

// Reverse builds the path of the route named routeName.
func (r Routes) Reverse(routeName string, pathValues ...any) (string, error) { return "", nil }

// FindByMethodPath finds the route of method and path.
func (r Routes) FindByMethodPath(method string, path string) (RouteInfo, error) {
	return RouteInfo{}, nil
}

// FilterByMethod keeps the routes of method.
func (r Routes) FilterByMethod(method string) (Routes, error) { return r, nil }

// FilterByPath keeps the routes of path.
func (r Routes) FilterByPath(path string) (Routes, error) { return r, nil }

// FilterByName keeps the routes named routeName.
func (r Routes) FilterByName(name string) (Routes, error) { return r, nil }

// PathValues are the values of a route's path parameters.
type PathValues []PathValue

// PathValue is one path parameter's name and value.
type PathValue struct {
	Name  string
	Value string
}

// Get returns the value of the parameter name.
func (p PathValues) Get(name string) (string, bool) { return "", false }

// GetOr returns the value of the parameter name, or defaultValue.
func (p PathValues) GetOr(name string, defaultValue string) string { return defaultValue }
