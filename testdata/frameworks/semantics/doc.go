// Package semantics holds tests, run against the real frameworks, of the
// behaviour statuslint's framework adapters encode per version: the status a
// redirect defaults to, what SendStatus puts in the body, and what each
// default error handler sends for each kind of error. When a test here
// fails after a framework upgrade, the adapter of that version must change
// with it. tools/frameworksem runs these tests.
package semantics
