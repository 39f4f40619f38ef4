// Package location defines an Analyzer that reports redirects without a
// Location header and 201 responses that point nowhere.
//
// # Analyzer location
//
// location: report redirects and 201s that do not say where
//
// A 301, 302, 303, 307 or 308 tells the client to look elsewhere; the
// Location header says where. Without it the client cannot follow, and
// most show an empty page or fail. http.Redirect, c.Redirect and
// friends set it for you; a bare WriteHeader(http.StatusFound) does not.
//
// A 201 Created should point at what was created: a Location header with
// its URL, the new resource in the body, or both. A 201 with neither
// leaves the client no way to find it. echo's c.NoContent(201) is one
// (it sends no body), and so is fiber's c.SendStatus(201), whose body is
// only the word "Created".
//
//	w.Header().Set("Location", "/v1/jobs/"+job.ID)
//	w.WriteHeader(http.StatusCreated)
//	json.NewEncoder(w).Encode(job)
package location
