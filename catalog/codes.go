package catalog

// Header rules shared by several codes.
var (
	locationRedirect = HeaderRule{
		Name:     "Location",
		Strength: Should,
		Note:     "Carries the target URL; without it a client has nowhere to go and cannot follow the redirect.",
	}
	retryAfterRate = HeaderRule{
		Name:     "Retry-After",
		Strength: Should,
		Note:     "Seconds to wait, or an HTTP date. RFC 6585 only says MAY; statuslint asks for it, because a client given no hint tends to retry at once and deepen the overload.",
	}
	retryAfterUnavailable = HeaderRule{
		Name:     "Retry-After",
		Strength: Should,
		Note:     "Seconds to wait, or an HTTP date. RFC 9110 only says MAY; statuslint asks for it as it does for 429, so clients pause instead of retrying in a tight loop.",
	}
)

// codes is the catalog, sorted by number (the tests enforce it). It holds
// every code of the IANA HTTP Status Code registry that net/http knows, plus
// the reserved 306 and 104, whose registration is temporary (tied to the
// resumable-upload draft) and which net/http has no constant for: real
// upload servers send it, so calling it unregistered would be wrong.
var codes = []Code{
	// 1xx Informational
	{
		Code: 100, Reason: "Continue", Registered: true, Const: "StatusContinue",
		RFC:     "RFC 9110 §15.2.1",
		Summary: "Interim go-ahead for a client that sent Expect: 100-continue and is holding back its request body.",
		Guidance: []string{
			"Go's server emits it by itself the first time a handler reads the request body, so handler code has no reason to send it.",
			"Rejecting a request before touching its body (with 401 or 413, say) spares the client a large upload it would have wasted.",
		},
		Checks: []string{"bodystatus"},
	},
	{
		Code: 101, Reason: "Switching Protocols", Registered: true, Const: "StatusSwitchingProtocols",
		RFC:     "RFC 9110 §15.2.2",
		Summary: "The server accepts the client's Upgrade request and continues the connection in a different protocol.",
		Headers: []HeaderRule{{
			Name: "Upgrade", Strength: Must,
			Note: "Names the protocol the connection is switching to, chosen from those the client offered.",
		}},
		Guidance: []string{
			"Met mostly in WebSocket handshakes, for instance a chat front end that streams model output as it is produced.",
			"Leave it to a WebSocket library: after the 101 the connection is no longer HTTP, so the library has to take it over.",
		},
		Checks: []string{"bodystatus"},
	},
	{
		Code: 102, Reason: "Processing", Registered: true, Const: "StatusProcessing",
		RFC:     "RFC 2518 §10.1",
		Summary: "WebDAV interim signal that a long request is still being worked on.",
		Guidance: []string{
			"RFC 4918 dropped it and few clients act on it; for slow work answer 202 and let the client poll a job resource.",
		},
		Checks: []string{"bodystatus"},
	},
	{
		Code: 103, Reason: "Early Hints", Registered: true, Const: "StatusEarlyHints",
		RFC:     "RFC 8297",
		Summary: "Interim response with Link headers so a browser can start preloading assets while the real answer is computed.",
		Headers: []HeaderRule{{
			Name: "Link", Strength: May,
			Note: "The preload or preconnect hints that make the interim response worth sending.",
		}},
		Guidance: []string{
			"Pays off for pages whose final response is slow to build; CDNs and front-end servers sometimes send it for the origin.",
			"Uncommon in JSON APIs. In Go, set the Link headers and call WriteHeader(103); the final status follows with a later WriteHeader.",
		},
		Checks: []string{"bodystatus"},
	},

	{
		Code: 104, Reason: "Upload Resumption Supported", Registered: true,
		RFC:     "draft-ietf-httpbis-resumable-upload (temporary IANA registration)",
		Summary: "Interim response telling the client that this upload can be resumed if the connection drops.",
		Headers: []HeaderRule{{
			Name: "Location", Strength: Should,
			Note: "Where the client resumes the upload from.",
		}},
		Guidance: []string{
			"Sent by resumable-upload servers (the tus protocol's successor) before the final status; net/http has no constant for it, so code writes WriteHeader(104).",
			"Its registration is temporary while the draft matures; treat it as registered, but expect the details to move.",
		},
		Checks: []string{"bodystatus"},
	},

	// 2xx Success
	{
		Code: 200, Reason: "OK", Registered: true, BodyAllowed: true, Const: "StatusOK", Common: true,
		RFC:     "RFC 9110 §15.3.1",
		Summary: "Success; the body holds the requested representation or the result of the action.",
		Guidance: []string{
			"It is also what goes out when a handler writes a body without calling WriteHeader first, so error paths must set their status explicitly.",
			"A prediction endpoint such as POST /v1/predict answers 200 whenever the inference ran, even if the score is weak: confidence is data for the caller to weigh, not a failure.",
			"An error message sent with 200 is invisible to error-rate alerts and retry logic, which never look past the status line.",
		},
		Checks: []string{"errorbody"},
	},
	{
		Code: 201, Reason: "Created", Registered: true, BodyAllowed: true, Const: "StatusCreated", Common: true,
		RFC:     "RFC 9110 §15.3.2",
		Summary: "The request brought a new resource into existence.",
		Headers: []HeaderRule{{
			Name: "Location", Strength: Should,
			Note: "URL of the new resource. RFC 9110 lets a client fall back to the request URL when it is absent; statuslint asks for it unless the body describes the resource.",
		}},
		Guidance: []string{
			"Point the client at what was made: a Location header with its URL, its representation in the body, or both.",
			"Fits POST /jobs once the job record is stored, or an endpoint that saves a prediction so it can be fetched later.",
		},
		Checks: []string{"errorbody", "location"},
	},
	{
		Code: 202, Reason: "Accepted", Registered: true, BodyAllowed: true, Const: "StatusAccepted", Common: true,
		RFC:     "RFC 9110 §15.3.3",
		Summary: "The work was queued for later; nothing about its outcome is known yet.",
		Guidance: []string{
			"Give back an identifier for the queued work, and ideally a URL where its progress can be read.",
			"Suits anything that outlives a normal request: slow inference, fine-tuning runs, batch pipelines.",
			"Expose the job at a URL such as GET /jobs/{id}; reading it returns 200 and the job's progress, whether or not the job is done.",
			"It is also the way out when a proxy keeps timing out on slow work (see 504).",
		},
		Checks: []string{"errorbody"},
	},
	{
		Code: 203, Reason: "Non-Authoritative Information", Registered: true, BodyAllowed: true, Const: "StatusNonAuthoritativeInfo",
		RFC:     "RFC 9110 §15.3.4",
		Summary: "Success, but a transforming proxy changed the origin's 200 content on the way.",
		Guidance: []string{
			"Origin servers have no use for it; only an intermediary that rewrites payloads should send it.",
		},
		Checks: []string{"errorbody"},
	},
	{
		Code: 204, Reason: "No Content", Registered: true, Const: "StatusNoContent",
		RFC:     "RFC 9110 §15.3.5",
		Summary: "The action succeeded and the response deliberately ends after its headers.",
		Guidance: []string{
			"A natural answer to DELETE, and to PUT or PATCH when the client does not need the updated resource echoed back.",
			"Write no body at all: net/http refuses one, and clients or proxies that do receive stray bytes may treat the exchange as broken.",
			"Headers such as ETag still go out, so the client can learn the new version without any content.",
		},
		Checks: []string{"errorbody", "bodystatus"},
	},
	{
		Code: 205, Reason: "Reset Content", Registered: true, Const: "StatusResetContent",
		RFC:     "RFC 9110 §15.3.6",
		Summary: "Success, and the client should clear the form or view that sent the request.",
		Guidance: []string{
			"RFC 9110 forbids content in it, although net/http will still write a body; statuslint follows the RFC.",
			"Rare in APIs, where 204 usually says the same thing.",
		},
		Checks: []string{"errorbody", "bodystatus"},
	},
	{
		Code: 206, Reason: "Partial Content", Registered: true, BodyAllowed: true, Const: "StatusPartialContent",
		RFC:     "RFC 9110 §15.3.7",
		Summary: "The body holds only the part of the resource that the client's Range header asked for.",
		Headers: []HeaderRule{{
			Name: "Content-Range", Strength: Must,
			Note: "For a single range, states which bytes are enclosed and the full length; several ranges go in a multipart/byteranges body, one Content-Range per part.",
		}},
		Guidance: []string{
			"Drives resumable downloads of big files and seeking inside audio or video.",
			"Prediction and other JSON endpoints almost never need it.",
			"http.ServeContent and http.FileServer handle Range requests correctly; prefer them to writing 206 by hand.",
		},
		Checks: []string{"errorbody"},
	},
	{
		Code: 207, Reason: "Multi-Status", Registered: true, BodyAllowed: true, Const: "StatusMultiStatus",
		RFC:     "RFC 4918 §11.1",
		Summary: "WebDAV reply whose XML body reports a separate status for each of several resources.",
		Guidance: []string{
			"Outside WebDAV, a batch endpoint is clearer returning 200 with a per-item result list, or the worst item's status.",
		},
		Checks: []string{"errorbody"},
	},
	{
		Code: 208, Reason: "Already Reported", Registered: true, BodyAllowed: true, Const: "StatusAlreadyReported",
		RFC:     "RFC 5842 §7.1",
		Summary: "Used inside a WebDAV 207 body to avoid listing the same bound resource twice.",
		Guidance: []string{
			"Only meaningful as an entry of a multistatus document; never send it as the status of a whole response.",
		},
		Checks: []string{"errorbody"},
	},
	{
		Code: 226, Reason: "IM Used", Registered: true, BodyAllowed: true, Const: "StatusIMUsed",
		RFC:     "RFC 3229 §10.4.1",
		Summary: "Success where the body is the result of instance manipulations, such as a delta against a version the client has.",
		Guidance: []string{
			"Belongs to HTTP delta encoding, which almost no client speaks; APIs do not need it.",
		},
		Checks: []string{"errorbody"},
	},

	// 3xx Redirection
	{
		Code: 300, Reason: "Multiple Choices", Registered: true, BodyAllowed: true, Const: "StatusMultipleChoices",
		RFC:     "RFC 9110 §15.4.1",
		Summary: "Several representations exist, and the client is asked to pick one.",
		Headers: []HeaderRule{{
			Name: "Location", Strength: May,
			Note: "Only when one choice is preferred; RFC 9110 then says SHOULD.",
		}},
		Guidance: []string{
			"No standard format lists the choices, so clients rarely act on it; negotiate with Accept or use separate URLs instead.",
		},
	},
	{
		Code: 301, Reason: "Moved Permanently", Registered: true, BodyAllowed: true, Const: "StatusMovedPermanently",
		RFC:     "RFC 9110 §15.4.2",
		Summary: "The resource moved for good; Location gives its address from now on.",
		Headers: []HeaderRule{locationRedirect},
		Guidance: []string{
			"Caches, crawlers and bookmarks are expected to swap in the new URL for good.",
			"APIs seldom need it: when an endpoint is renamed, publishing it under a new version prefix serves clients better than redirecting them.",
			"Clients may turn a redirected POST into a GET; for methods other than GET and HEAD send 308.",
		},
		Checks: []string{"location", "postredirect"},
	},
	{
		Code: 302, Reason: "Found", Registered: true, BodyAllowed: true, Const: "StatusFound",
		RFC:     "RFC 9110 §15.4.3",
		Summary: "A short-term detour: fetch from the URL in Location this time, but keep requesting the original URL later.",
		Headers: []HeaderRule{locationRedirect},
		Guidance: []string{
			"Typical of browser login pages and OAuth authorization round trips.",
			"Clients have long rewritten POST to GET when following it; send 307 to keep the method, or 303 to switch to GET on purpose.",
		},
		Checks: []string{"location", "postredirect"},
	},
	{
		Code: 303, Reason: "See Other", Registered: true, BodyAllowed: true, Const: "StatusSeeOther",
		RFC:     "RFC 9110 §15.4.4",
		Summary: "The outcome is described at another URL, which the client should fetch with GET.",
		Headers: []HeaderRule{locationRedirect},
		Guidance: []string{
			"The status for post/redirect/get: after a form POST succeeds, send the browser to a result page it can reload safely.",
		},
		Checks: []string{"location", "postredirect"},
	},
	{
		Code: 304, Reason: "Not Modified", Registered: true, Const: "StatusNotModified", Common: true,
		RFC:     "RFC 9110 §15.4.5",
		Summary: "Nothing changed since the version the client holds, so the server skips resending it.",
		Headers: []HeaderRule{{
			Name: "ETag", Strength: Must,
			Note: "When a 200 for the same request would carry it; the same goes for Cache-Control, Content-Location, Date, Expires and Vary.",
		}},
		Guidance: []string{
			"Only an answer to a conditional request, one carrying If-None-Match or If-Modified-Since.",
			"It never has a body; the client keeps using the copy it holds.",
			"Conditional GETs on slow-moving data, like model metadata or the list of deployed models, cut transfer costs.",
			"http.ServeContent answers conditional requests for you when given a modification time or an ETag.",
		},
		Checks: []string{"bodystatus"},
	},
	{
		Code: 305, Reason: "Use Proxy", Registered: true, BodyAllowed: true, Const: "StatusUseProxy",
		RFC:     "RFC 9110 §15.4.6",
		Summary: "Deprecated: once told the client to repeat the request through a given proxy.",
		Guidance: []string{
			"Never send it; clients ignore it for security reasons.",
		},
	},
	{
		Code: 306, Reason: "(Unused)", BodyAllowed: true,
		RFC:     "RFC 9110 §15.4.7",
		Summary: "Reserved: an early draft used it, and it has no meaning today.",
		Guidance: []string{
			"Never send it; pick 307 or 308 for a redirect.",
		},
		Checks: []string{"unknowncode"},
	},
	{
		Code: 307, Reason: "Temporary Redirect", Registered: true, BodyAllowed: true, Const: "StatusTemporaryRedirect",
		RFC:     "RFC 9110 §15.4.8",
		Summary: "A temporary redirect in which the client must repeat the same method and body at the new URL.",
		Headers: []HeaderRule{locationRedirect},
		Guidance: []string{
			"The dependable way to redirect a POST for a while: method and body survive the hop.",
			"It exists because clients handled 302 inconsistently for anything but GET.",
		},
		Checks: []string{"location", "postredirect"},
	},
	{
		Code: 308, Reason: "Permanent Redirect", Registered: true, BodyAllowed: true, Const: "StatusPermanentRedirect",
		RFC:     "RFC 9110 §15.4.9",
		Summary: "A permanent move in which the client must resend the same method and body to the new URL.",
		Headers: []HeaderRule{locationRedirect},
		Guidance: []string{
			"For an API route that moved for good it beats 301: a client following it may not quietly downgrade a POST to a GET.",
			"During a versioned path migration, the retired path can forward callers to its successor until they have updated.",
		},
		Checks: []string{"location", "postredirect"},
	},

	// 4xx Client Error
	{
		Code: 400, Reason: "Bad Request", Registered: true, BodyAllowed: true, Const: "StatusBadRequest", Common: true,
		RFC:     "RFC 9110 §15.5.1",
		Summary: "The server will not process the request because the client got something wrong in it.",
		Guidance: []string{
			"Covers input the server cannot use: unparseable JSON, absent mandatory fields, values that violate a business rule.",
			"Examples for a model endpoint: input text that is blank once whitespace is stripped, an image over the size cap, a language the model does not support.",
			"Put a detail field in the body naming the offending input; the status alone cannot tell the caller what to fix.",
		},
	},
	{
		Code: 401, Reason: "Unauthorized", Registered: true, BodyAllowed: true, Const: "StatusUnauthorized", Common: true,
		RFC:     "RFC 9110 §15.5.2",
		Summary: "Credentials are absent, expired or wrong, so the caller's identity is unknown.",
		Headers: []HeaderRule{{
			Name: "WWW-Authenticate", Strength: Must,
			Note: "At least one challenge naming the scheme to use, e.g. Bearer, so the client knows how to log in.",
		}},
		Guidance: []string{
			"The name misleads: 401 concerns proving who the caller is. A caller whose identity is established but who lacks the right gets 403.",
			"Send a WWW-Authenticate challenge naming the scheme the client should use.",
		},
		Checks: []string{"wwwauth"},
	},
	{
		Code: 402, Reason: "Payment Required", Registered: true, BodyAllowed: true, Const: "StatusPaymentRequired",
		RFC:     "RFC 9110 §15.5.3",
		Summary: "Reserved for future use; no standard gives it semantics.",
		Guidance: []string{
			"Some billing APIs send it when a plan or quota is exhausted; clients cannot rely on any shared meaning, so 403 is the portable choice.",
		},
	},
	{
		Code: 403, Reason: "Forbidden", Registered: true, BodyAllowed: true, Const: "StatusForbidden", Common: true,
		RFC:     "RFC 9110 §15.5.4",
		Summary: "The server knows who is asking, or does not care, and refuses the action anyway.",
		Guidance: []string{
			"Re-authenticating will not help; the account lacks the right.",
			"For a model API: a free-plan account calling a model reserved for paying plans, or one user asking for another user's records.",
			"Where admitting that a resource exists would leak something, 404 is an acceptable stand-in; see 404.",
		},
	},
	{
		Code: 404, Reason: "Not Found", Registered: true, BodyAllowed: true, Const: "StatusNotFound", Common: true,
		RFC:     "RFC 9110 §15.5.5",
		Summary: "The server has no resource at this URL, whether or not one was ever there.",
		Guidance: []string{
			"It does not say whether the resource used to exist; use 410 to state it is gone for good.",
			"For resources the caller does not own, 403 confirms they exist while 404 keeps that hidden; decide which your API does and apply it everywhere.",
			"Do not use it to disguise missing or bad credentials; those get 401 or 403.",
		},
	},
	{
		Code: 405, Reason: "Method Not Allowed", Registered: true, BodyAllowed: true, Const: "StatusMethodNotAllowed",
		RFC:     "RFC 9110 §15.5.6",
		Summary: "The route exists, yet this method is not among those it serves.",
		Headers: []HeaderRule{{
			Name: "Allow", Strength: Must,
			Note: "Lists the methods the resource does support, e.g. \"GET, HEAD\"; it may be empty when none are currently allowed.",
		}},
		Guidance: []string{
			"Tell the client what would work: the Allow header is mandatory here, e.g. Allow: GET, HEAD.",
			"Go's ServeMux sends 405 with Allow by itself when routes are registered with methods, as in \"GET /items\".",
			"Prefer it to 501 when a route simply does not handle a method.",
		},
		Checks: []string{"allowheader", "methodstatus"},
	},
	{
		Code: 406, Reason: "Not Acceptable", Registered: true, BodyAllowed: true, Const: "StatusNotAcceptable",
		RFC:     "RFC 9110 §15.5.7",
		Summary: "The client's Accept headers rule out every format the endpoint can return.",
		Guidance: []string{
			"A JSON-only service can usually ignore Accept and reply in JSON, which clients handle better than a refusal.",
			"It earns its place when one endpoint negotiates among formats such as JSON, XML and MessagePack.",
		},
	},
	{
		Code: 407, Reason: "Proxy Authentication Required", Registered: true, BodyAllowed: true, Const: "StatusProxyAuthRequired",
		RFC:     "RFC 9110 §15.5.8",
		Summary: "Like 401, but it is a proxy between client and server that wants credentials.",
		Headers: []HeaderRule{{
			Name: "Proxy-Authenticate", Strength: Must,
			Note: "The challenge telling the client how to authenticate to the proxy.",
		}},
		Guidance: []string{
			"Only proxies send it; an application server should answer 401 instead.",
		},
	},
	{
		Code: 408, Reason: "Request Timeout", Registered: true, BodyAllowed: true, Const: "StatusRequestTimeout",
		RFC:     "RFC 9110 §15.5.9",
		Summary: "The connection sat idle or crawled before a full request arrived, so the server is closing it.",
		Headers: []HeaderRule{{
			Name: "Connection", Strength: Should,
			Note: "With the close option, since the server is abandoning the connection.",
		}},
		Guidance: []string{
			"Typical trigger: an upload crawling over a poor mobile or Wi-Fi link. Most clients resend the request automatically.",
			"Go's server does not send it for its own read timeouts, it just closes the connection; a handler sends it only when it enforces a deadline itself.",
		},
	},
	{
		Code: 409, Reason: "Conflict", Registered: true, BodyAllowed: true, Const: "StatusConflict",
		RFC:     "RFC 9110 §15.5.10",
		Summary: "Carrying out the request would contradict what the resource currently holds.",
		Guidance: []string{
			"Send it when a write is based on an outdated version of the resource, so applying it would silently discard a newer change.",
			"Model API examples: changing a model while a fine-tuning run holds it, or uploading a training set whose ID is already taken.",
			"Describe the conflict in the body so the client can resolve it and try again.",
			"When the client sent If-Match and it failed, 412 is the more precise answer.",
		},
	},
	{
		Code: 410, Reason: "Gone", Registered: true, BodyAllowed: true, Const: "StatusGone",
		RFC:     "RFC 9110 §15.5.11",
		Summary: "Deliberately and permanently retired: the URL will not work again.",
		Guidance: []string{
			"Where 404 leaves the question open, 410 closes it.",
			"Answer it from decommissioned endpoints: well-behaved clients then remove the URL from their retry loops and link lists.",
		},
	},
	{
		Code: 411, Reason: "Length Required", Registered: true, BodyAllowed: true, Const: "StatusLengthRequired",
		RFC:     "RFC 9110 §15.5.12",
		Summary: "The server insists on a Content-Length header and the request had none.",
		Guidance: []string{
			"Most Go servers accept chunked bodies and never need it; send it only when the length must be known up front.",
		},
	},
	{
		Code: 412, Reason: "Precondition Failed", Registered: true, BodyAllowed: true, Const: "StatusPreconditionFailed",
		RFC:     "RFC 9110 §15.5.13",
		Summary: "A condition in the request headers, such as If-Match, turned out false.",
		Guidance: []string{
			"The tool for optimistic concurrency: reject a write whose If-Match ETag no longer matches, and the client re-reads before retrying.",
		},
	},
	{
		Code: 413, Reason: "Content Too Large", Registered: true, BodyAllowed: true, Const: "StatusRequestEntityTooLarge", Common: true,
		RFC:     "RFC 9110 §15.5.14",
		Summary: "The request body exceeds a size limit the server enforces.",
		Headers: []HeaderRule{{
			Name: "Retry-After", Strength: May,
			Note: "Only when the limit is temporary, to say when a retry could succeed.",
		}},
		Guidance: []string{
			"Older texts call it Payload Too Large and net/http calls it Request Entity Too Large; the constant is http.StatusRequestEntityTooLarge.",
			"For a model API: a prompt longer than allowed, an oversized image, or a batch holding more entries than permitted.",
			"Enforce limits on arrival (http.MaxBytesReader, length checks) instead of waiting for the model to fail on oversized input.",
		},
	},
	{
		Code: 414, Reason: "URI Too Long", Registered: true, BodyAllowed: true, Const: "StatusRequestURITooLong",
		RFC:     "RFC 9110 §15.5.15",
		Summary: "The request target is longer than the server will interpret.",
		Guidance: []string{
			"Often a sign that a query should have been a POST body; net/http names it Request URI Too Long.",
		},
	},
	{
		Code: 415, Reason: "Unsupported Media Type", Registered: true, BodyAllowed: true, Const: "StatusUnsupportedMediaType",
		RFC:     "RFC 9110 §15.5.16",
		Summary: "The endpoint cannot read the body's declared media type or content coding.",
		Guidance: []string{
			"Form submissions (URL-encoded or multipart) aimed at a handler that only decodes JSON are the usual source.",
			"Naming the accepted media types in the error body speeds up the fix.",
		},
	},
	{
		Code: 416, Reason: "Range Not Satisfiable", Registered: true, BodyAllowed: true, Const: "StatusRequestedRangeNotSatisfiable",
		RFC:     "RFC 9110 §15.5.17",
		Summary: "None of the byte ranges the client asked for overlaps the resource.",
		Headers: []HeaderRule{{
			Name: "Content-Range", Strength: Should,
			Note: "For a byte-range request, the current length in the form \"bytes */LENGTH\", so the client can ask again.",
		}},
		Guidance: []string{
			"http.ServeContent produces it correctly; net/http names it Requested Range Not Satisfiable.",
		},
	},
	{
		Code: 417, Reason: "Expectation Failed", Registered: true, BodyAllowed: true, Const: "StatusExpectationFailed",
		RFC:     "RFC 9110 §15.5.18",
		Summary: "The server cannot meet what the request's Expect header demands.",
		Guidance: []string{
			"Go's server sends it itself for Expect values other than 100-continue; handlers do not need it.",
		},
	},
	{
		Code: 418, Reason: "I'm a teapot", BodyAllowed: true, Const: "StatusTeapot",
		RFC:     "RFC 9110 §15.5.19",
		Summary: "Unused: a joke code from an April Fools' RFC, reserved so it is never given a real meaning.",
		Guidance: []string{
			"Do not send it from a real API; tools that classify by number see only an unexplained 4xx. Use the 4xx that fits, or 400.",
		},
		Checks: []string{"unknowncode"},
	},
	{
		Code: 421, Reason: "Misdirected Request", Registered: true, BodyAllowed: true, Const: "StatusMisdirectedRequest",
		RFC:     "RFC 9110 §15.5.20",
		Summary: "The request reached a server that cannot answer for that scheme and host, typically over a reused connection.",
		Guidance: []string{
			"A transport-level signal from servers and proxies; the client retries on a fresh connection. Handlers rarely send it.",
		},
	},
	{
		Code: 422, Reason: "Unprocessable Content", Registered: true, BodyAllowed: true, Const: "StatusUnprocessableEntity", Common: true,
		RFC:     "RFC 9110 §15.5.21",
		Summary: "The body parses, but what it says fails validation, for example a field of the wrong type.",
		Guidance: []string{
			"Use it when decoding succeeded and the content still breaks the schema: a number where a string belongs, or a mandatory field that is absent.",
			"Python services built on FastAPI answer it automatically when a Pydantic model rejects the input, so mixed stacks meet it often.",
			"A prediction endpoint whose request fields do not fit the schema can answer 422; 400 is also acceptable, as long as the API is consistent.",
			"net/http keeps the WebDAV name, Unprocessable Entity; RFC 9110 renamed it.",
		},
	},
	{
		Code: 423, Reason: "Locked", Registered: true, BodyAllowed: true, Const: "StatusLocked",
		RFC:     "RFC 4918 §11.3",
		Summary: "WebDAV: the resource is locked against this change.",
		Guidance: []string{
			"Outside WebDAV locking, a state clash is better told with 409.",
		},
	},
	{
		Code: 424, Reason: "Failed Dependency", Registered: true, BodyAllowed: true, Const: "StatusFailedDependency",
		RFC:     "RFC 4918 §11.4",
		Summary: "WebDAV: this part of a compound request failed because another part did.",
		Guidance: []string{
			"Meaningful inside a multistatus reply; a failed upstream call in an API is a 502 or 503, not this.",
		},
	},
	{
		Code: 425, Reason: "Too Early", Registered: true, BodyAllowed: true, Const: "StatusTooEarly",
		RFC:     "RFC 8470 §5.2",
		Summary: "The server declines to act on a request sent in TLS early data, because an attacker could replay it.",
		Guidance: []string{
			"Only relevant when TLS 1.3 early data (0-RTT) is enabled; the client resends after the handshake completes.",
		},
	},
	{
		Code: 426, Reason: "Upgrade Required", Registered: true, BodyAllowed: true, Const: "StatusUpgradeRequired",
		RFC:     "RFC 9110 §15.5.22",
		Summary: "The server will only answer after the client switches to another protocol.",
		Headers: []HeaderRule{{
			Name: "Upgrade", Strength: Must,
			Note: "Lists the protocols the client may switch to.",
		}},
		Guidance: []string{
			"Useful on a WebSocket-only endpoint that receives a plain HTTP request.",
		},
	},
	{
		Code: 428, Reason: "Precondition Required", Registered: true, BodyAllowed: true, Const: "StatusPreconditionRequired",
		RFC:     "RFC 6585 §3",
		Summary: "The server wants this request to be conditional, for example to carry If-Match.",
		Guidance: []string{
			"Send it to refuse blind overwrites: the client must read the current ETag first, which prevents lost updates.",
		},
	},
	{
		Code: 429, Reason: "Too Many Requests", Registered: true, BodyAllowed: true, Const: "StatusTooManyRequests", Common: true,
		RFC:     "RFC 6585 §4",
		Summary: "The client has gone over the request rate it is allowed.",
		Headers: []HeaderRule{retryAfterRate},
		Guidance: []string{
			"Set Retry-After, in seconds or as an HTTP date, so well-behaved clients back off for the right length of time.",
			"Example: a caller making 30 requests a second against a limit of 10.",
			"Keep it for per-client limits; when the whole service is swamped, 503 fits better.",
		},
		Checks: []string{"retryafter"},
	},
	{
		Code: 431, Reason: "Request Header Fields Too Large", Registered: true, BodyAllowed: true, Const: "StatusRequestHeaderFieldsTooLarge",
		RFC:     "RFC 6585 §5",
		Summary: "The request's headers, one of them or all together, exceed what the server accepts.",
		Guidance: []string{
			"Go's server sends it itself when headers pass Server.MaxHeaderBytes; oversized cookies are the usual cause.",
		},
	},
	{
		Code: 451, Reason: "Unavailable For Legal Reasons", Registered: true, BodyAllowed: true, Const: "StatusUnavailableForLegalReasons",
		RFC:     "RFC 7725 §3",
		Summary: "The server may not provide the resource because of a legal demand, such as a court order.",
		Guidance: []string{
			"A real, registered code despite its unusual number; say in the body who demanded the block, where that is allowed.",
		},
	},

	// 5xx Server Error
	{
		Code: 500, Reason: "Internal Server Error", Registered: true, BodyAllowed: true, Const: "StatusInternalServerError", Common: true,
		RFC:     "RFC 9110 §15.6.1",
		Summary: "An unplanned failure on the server's side, one no more specific code describes.",
		Guidance: []string{
			"Covers panics, bugs and any failure the code has no more specific status for.",
			"Keep stack traces and raw error strings out of the response: they expose source locations and dependency versions to anyone calling.",
			"Clients should get only a bland message and a request ID; the full error and trace go to the server log under that same ID, where support can look them up.",
			"Reach for a more precise 5xx when one applies, such as 503 for a dependency that is down.",
		},
		Checks: []string{"stackleak", "errleak"},
	},
	{
		Code: 501, Reason: "Not Implemented", Registered: true, BodyAllowed: true, Const: "StatusNotImplemented",
		RFC:     "RFC 9110 §15.6.2",
		Summary: "The server has no implementation at all for what the request asks, such as an unfamiliar method.",
		Guidance: []string{
			"Reserve it for methods or features missing server-wide.",
			"Application code rarely has cause to send it: routers take care of unknown methods, and a route refusing a known method answers 405.",
		},
		Checks: []string{"methodstatus", "errleak"},
	},
	{
		Code: 502, Reason: "Bad Gateway", Registered: true, BodyAllowed: true, Const: "StatusBadGateway", Common: true,
		RFC:     "RFC 9110 §15.6.3",
		Summary: "An intermediary could not get a usable reply from the backend it relays to.",
		Guidance: []string{
			"Reverse proxies produce it; httputil.ReverseProxy sends it when the backend fails or cannot be reached.",
			"Typical case: a model server behind your gateway dies, and callers receive 502 from the gateway.",
			"When your own code notices the outage, 503 with Retry-After tells the client more.",
		},
		Checks: []string{"errleak"},
	},
	{
		Code: 503, Reason: "Service Unavailable", Registered: true, BodyAllowed: true, Const: "StatusServiceUnavailable", Common: true,
		RFC:     "RFC 9110 §15.6.4",
		Summary: "The server cannot handle the request for now, whether on purpose or because it is struggling.",
		Headers: []HeaderRule{retryAfterUnavailable},
		Guidance: []string{
			"Reasons include too much load, a maintenance window, or a backing service that is unreachable.",
			"Model-serving examples: the model is not loaded, the GPU ran out of memory, the work queue is full.",
			"Send Retry-After so clients pause for a sensible time instead of hammering the server.",
			"Alerting watches 5xx rates, and 503 tells operators the service knows it is degraded.",
		},
		Checks: []string{"retryafter", "errleak"},
	},
	{
		Code: 504, Reason: "Gateway Timeout", Registered: true, BodyAllowed: true, Const: "StatusGatewayTimeout",
		RFC:     "RFC 9110 §15.6.5",
		Summary: "A gateway or proxy gave up waiting for the upstream server to answer.",
		Guidance: []string{
			"A usual symptom of slow inference, for example the first requests to a model on a cold GPU.",
			"Two fixes: give the proxy a longer read timeout, or make the endpoint asynchronous, answering 202 with a job to poll.",
		},
		Checks: []string{"errleak"},
	},
	{
		Code: 505, Reason: "HTTP Version Not Supported", Registered: true, BodyAllowed: true, Const: "StatusHTTPVersionNotSupported",
		RFC:     "RFC 9110 §15.6.6",
		Summary: "The server refuses the major HTTP version the request used.",
		Guidance: []string{
			"Go's server sends it itself for request versions it does not support; handlers never need it.",
		},
		Checks: []string{"errleak"},
	},
	{
		Code: 506, Reason: "Variant Also Negotiates", Registered: true, BodyAllowed: true, Const: "StatusVariantAlsoNegotiates",
		RFC:     "RFC 2295 §8.1",
		Summary: "Transparent content negotiation is misconfigured: the chosen variant negotiates in turn.",
		Guidance: []string{
			"Belongs to an experimental negotiation scheme; APIs have no use for it.",
		},
		Checks: []string{"errleak"},
	},
	{
		Code: 507, Reason: "Insufficient Storage", Registered: true, BodyAllowed: true, Const: "StatusInsufficientStorage",
		RFC:     "RFC 4918 §11.5",
		Summary: "Completing the request would require storage the server no longer has.",
		Guidance: []string{
			"Typical causes: a full disk, or a cloud storage bucket that has hit its quota.",
			"Detect the out-of-space error and answer 507 explicitly; left alone it reaches the client as an anonymous 500.",
		},
		Checks: []string{"errleak"},
	},
	{
		Code: 508, Reason: "Loop Detected", Registered: true, BodyAllowed: true, Const: "StatusLoopDetected",
		RFC:     "RFC 5842 §7.2",
		Summary: "WebDAV: the server hit an infinite loop while walking bound collections.",
		Guidance: []string{
			"Specific to WebDAV bindings; a request loop between services is better reported as 500 or 502.",
		},
		Checks: []string{"errleak"},
	},
	{
		Code: 510, Reason: "Not Extended", Registered: true, BodyAllowed: true, Const: "StatusNotExtended",
		RFC:     "RFC 2774 §7",
		Summary: "The request lacks an extension the server's policy requires.",
		Guidance: []string{
			"Part of the experimental HTTP Extension Framework, which never saw real use; do not send it.",
		},
		Checks: []string{"errleak"},
	},
	{
		Code: 511, Reason: "Network Authentication Required", Registered: true, BodyAllowed: true, Const: "StatusNetworkAuthenticationRequired",
		RFC:     "RFC 6585 §6",
		Summary: "The client must log in to the network, as at a hotel or airport captive portal, before going further.",
		Guidance: []string{
			"Sent by captive portals, not by origin servers; its body should link to the login page.",
		},
		Checks: []string{"errleak"},
	},
}
