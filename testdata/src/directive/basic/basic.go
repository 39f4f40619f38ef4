package basic

import "net/http"

func h(w http.ResponseWriter) {
	//statuslint:ignore unknowncode 499 goes to the access log only
	w.WriteHeader(499) // ok: a well-formed directive

	// A directive with no reason, or nothing at all, cannot carry a want
	// comment on its line: those are tested in package ignore and in
	// testdata/script/ignore.txtar.

	//statuslint:ignore unknowncod typo in the name // want `//statuslint:ignore names unknown check "unknowncod"; known checks: allowheader, bodystatus, contract, errleak, errorbody, headerorder, location, methodstatus, postredirect, retryafter, stackleak, unknowncode, unmodelled, wwwauth`
	w.WriteHeader(499)

	//statuslint:ignore unknowncode, retryafter space after the comma // want `the check names of a directive are separated by commas alone, no spaces; write //statuslint:ignore unknowncode,retryafter space after the comma // want`
	w.WriteHeader(499)

	//statuslint:ignore unknowncode,retryafter no space after the comma
	w.WriteHeader(499) // ok: the same directive, well formed

	// statuslint:ignore unknowncode a space after the slashes // want `a space after // makes this an ordinary comment that silences nothing; write //statuslint:ignore unknowncode a space after the slashes // want`
	w.WriteHeader(499)

	//statuslint: ignore unknowncode a space after the colon // want `a space after "//statuslint:" makes this no directive; write //statuslint:ignore unknowncode a space after the colon // want`
	w.WriteHeader(499)

	//statuslint:nolint unknowncode wrong verb // want `unknown directive "//statuslint:nolint": the only statuslint directive is //statuslint:ignore NAME\[,NAME\] reason`
	w.WriteHeader(499)

	// statuslint:ignore is only a directive without the space, like //go: directives: ok, plain prose
}
