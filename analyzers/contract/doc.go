// Package contract defines an Analyzer that compares what the handlers
// send with the service's OpenAPI document, and Inventory, which joins
// every route with the statuses its handler can send.
//
// # Analyzer contract
//
// contract: report drift between the handlers and the OpenAPI document
//
// An OpenAPI document promises clients which statuses each operation
// answers with and which headers come with them. Generated clients,
// gateways and contract tests trust it; a status the code sends that the
// document never mentions reaches a client that has no branch for it.
// The check is on when -contract.spec=FILE names the document (OpenAPI
// 3.0, 3.1 or 3.2, or Swagger 2.0, YAML or JSON). Without it the check
// does nothing, and neither does the route interpreter it requires: a run
// with no document pays nothing for it. It matches each route the code
// registers (method and full path, after every group and mount prefix)
// with the document's operations (after the servers' URL paths or
// Swagger's basePath) and reports:
//
//   - a status some path of the handler is sure to send that the
//     operation does not declare, with no range (4XX) or default
//     covering it: one finding per operation, at the handler, with each
//     place the status is chosen as related information, so that a helper
//     shared by many routes gives one finding per route and a directive
//     at a handler silences that route only;
//   - a Retry-After, Location or Allow header the document declares on a
//     response that some path sending that status does not set;
//   - a route with no operation in the document, at the call that
//     registers it;
//   - an operation with no route, in the main package that anchors the
//     routes, at its first route;
//   - with -contract.unsent, a status the operation declares that no path
//     of its handler sends and that the router or framework does not send
//     on its own either (404 for a path no route matches, 405 with Allow
//     where the router sends it, its redirects, the default error
//     handler's 500). A handler with a path the model cannot follow is
//     left alone in this direction.
//
// A finding is reported in the package that knows the route's full path:
// the one that creates the router, or the main package that calls
// api.Routes(mux). When the handler is declared in another package, the
// finding goes to the registering call and names the handler; the
// statuses of handlers in other packages come through facts.
//
// A relative -contract.spec is taken from the working directory or, when
// it is not there, from its parents up to the module root (go vet runs
// the tool in each package's directory). go vet and golangci-lint key
// their caches on the flag text and the configuration, not on the
// document: statuslint passes -contract.spechash=SHA256 itself; under
// go vet or golangci-lint set it to the document's sha256 (the check
// fails with one line when it no longer matches) or clear the cache after
// editing the document. A document that is missing, malformed or has a
// reference that cannot be resolved is a one-line error naming it.
//
// statuslint routes prints the whole inventory, with each route's
// statuses and headers and the framework's own statuses marked.
package contract
