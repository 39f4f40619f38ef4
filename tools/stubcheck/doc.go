// Package stubcheck keeps the framework stubs under testdata/src honest.
//
// The analyzers' fixtures import gin, echo (v4 and v5), fiber (v2 and v3),
// chi and gorilla/mux at their real import paths, served by hand-written
// stubs in testdata/src.
// The package's test proves that those stubs declare what the real modules
// declare:
//
//   - testdata/frameworks is a nested module that requires the real
//     frameworks; its usage/usage.go uses every stubbed declaration with typed
//     arguments and results, and must build there;
//   - the same usage.go must build in GOPATH mode next to a copy of
//     testdata/src, that is against the stubs;
//   - every declaration of every stub package must exist in the real package
//     with the same kind and type: the same signature (parameter and result
//     types, variadic or not), the same receiver (pointer or value), struct
//     fields and interface methods of the same types, alias or defined type
//     alike, and constants of the same value.
//
// The test builds the real modules, which may download them through the Go
// module proxy the first time; go test -short skips it.
package stubcheck
