// Package headerorder defines an Analyzer that reports headers and
// statuses set after the response already went out.
//
// # Analyzer headerorder
//
// headerorder: report headers and statuses set too late to be sent
//
// net/http sends the status line and the headers at the first
// WriteHeader or Write, whichever comes first. After that, changes to
// w.Header() are silently dropped, and a second WriteHeader only logs
// "http: superfluous response.WriteHeader call" and is ignored. The
// classic case is an error found after the body started:
//
//	json.NewEncoder(w).Encode(items)
//	if err := rows.Err(); err != nil {
//		http.Error(w, err.Error(), 500) // too late: the 200 is already out
//	}
//
// An http.Error on the failure of the write itself is not reported:
// Encode marshals before it writes, so when it fails nothing may have
// gone out yet. Interim 1xx responses (103 Early Hints) do not commit
// the final response either.
//
// The check reports, when every path to it has already committed the
// response:
//
//   - a header set or deleted after WriteHeader or the first body write,
//     pointing at the call that committed;
//   - a WriteHeader (or http.Error, c.JSON...) after that, which cannot
//     change the status.
//
// It also reports the everyday form of a second answer: an error answer
// in an if-branch that forgets to return, followed by the success answer
// as the next statement of the same block:
//
//	if err := c.ShouldBindJSON(&o); err != nil {
//		c.JSON(400, gin.H{"error": "bad order"}) // no return
//	}
//	c.JSON(201, o) // also runs when binding failed
//
// Every path through that branch reaches the second write, so this is
// reported even though the other paths write once. A second write that
// sits in a branch of its own is not: its condition may exclude the
// first, which the model does not prove.
//
// Trailers are exempt: headers declared in a Trailer header, and names
// with the http.TrailerPrefix. Frameworks that buffer the response until
// the handler returns (fiber; gin's c.Status) do not commit early and are
// judged accordingly. A late Retry-After, Allow or Location next to the
// status that needs it is left to retryafter, allowheader and location,
// which report it with both lines. A late http.Error or c.JSON after a
// status that allows no body (a 101 before a failed hijack, a 204) is
// reported here only, as the status that cannot change: bodystatus leaves
// its dropped body to this check.
package headerorder
