// Package gin is a minimal stub of github.com/gin-gonic/gin v1.12.0 for
// statuslint's analysistest fixtures.
//
// Every declaration has the real module's signature (parameter and result
// types, variadics, pointer or value receivers); bodies do nothing, so the
// analyzers never mistake the stub for a response helper. The test in
// tools/stubcheck compares this package with the real module.
package gin
