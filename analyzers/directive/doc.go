// Package directive defines an Analyzer that reports malformed
// //statuslint:ignore directives.
//
// # Analyzer directive
//
// directive: report malformed statuslint:ignore directives
//
// A //statuslint:ignore directive silences the named checks on its own
// line and on the line below it:
//
//	//statuslint:ignore unknowncode 499 goes to the access log only
//	w.WriteHeader(499)
//
// It must name at least one known check (several are separated by
// commas, with no spaces) and give a reason, so that the next reader
// knows why the finding does not apply. A directive that is malformed
// silences nothing and is reported here; a well-formed directive that
// silences nothing is reported by the check it names.
//
// Two slips are reported with the directive as it should be written,
// which -fix applies: a space after a comma in the list of checks
// (unknowncode, retryafter), which would make the second name the start
// of the reason, and a space after the slashes (// statuslint:ignore),
// which makes the line an ordinary comment. A comment that only
// mentions statuslint:ignore in prose, with no check name after it, is
// left alone.
package directive
