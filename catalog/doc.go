// Package catalog holds statuslint's knowledge of HTTP status codes as
// typed Go data: every code in the IANA HTTP Status Code registry, its
// reason phrase, class, the headers the RFCs ask for and how strongly,
// whether a response with it may carry a body, the net/http constant that
// names it, and API guidance. It also holds the decision table ("which code
// should I return?") and the anti-patterns the checks are built on, each
// linked to the check that enforces it.
//
// Checks use the catalog to word their diagnostics; `statuslint explain`
// renders it with [Code.Card], [ClassCard], [Table], [DecisionsText] and
// [AntiPatternsText].
//
// The data is read-only. Accessors hand out copies of the top-level slices,
// but nested slices (Headers, Guidance, Checks, Alt) are shared and must not
// be modified.
package catalog
