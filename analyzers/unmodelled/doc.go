// Package unmodelled defines an Analyzer that reports imports of web
// framework versions statuslint does not model.
//
// # Analyzer unmodelled
//
// unmodelled: report imports of framework versions not modelled
//
// The other checks read handlers through a model of each framework
// version's API: what c.JSON(code, v) sends, which status a returned error
// becomes, what a redirect defaults to. A package written against a
// major version the model has no adapter for (a framework release newer
// than this statuslint, or an old import path such as
// github.com/labstack/echo or github.com/gofiber/fiber) gets no finding
// from them, and a run with no findings would read as a clean bill of
// health. This check says so instead: one diagnostic per package and
// framework version, at the first import of it, naming the versions that
// are modelled.
//
//	import "github.com/gofiber/fiber"   // fiber v1: reported, v2 is modelled
//	import "github.com/gofiber/fiber/v2" // not reported
//
// The remedy is a statuslint release that models the version, or moving
// the code to a modelled one. Until then, turn the check off with
// -unmodelled=false, or silence one package with
// //statuslint:ignore unmodelled and a reason on the import. Imports in
// test files and generated files are not reported.
package unmodelled
