package catalog

// decisions answers "which code should I return?" for the scenarios the
// reference covers, in its order. Check is "" where the right code depends
// on what the handler means (a permission rule, a size limit, whether a
// result counts as success), which no static check can see.
var decisions = []Decision{
	{
		Scenario: "A JSON request body lacks a field the schema requires.",
		Code:     422,
		Alt:      []int{400},
		Why:      "422 fits when the body parsed but broke the schema, 400 when the input is broken more generally. Clients of FastAPI services already expect 422 here. Either is fine if the API sticks to one.",
		Check:    "errorbody",
	},
	{
		Scenario: "A caller submits 10,000 characters of text to a field capped at 5,000.",
		Code:     413,
		Why:      "The input breaks a size limit, so turn it away on arrival rather than passing it on and letting inference fail.",
	},
	{
		Scenario: "A request arrives without any login or token.",
		Code:     401,
		Why:      "Without usable credentials the server does not know the caller. A WWW-Authenticate header naming the scheme makes the answer complete.",
		Check:    "wwwauth",
	},
	{
		Scenario: "An authenticated free-tier account requests a model only paying customers may use.",
		Code:     403,
		Why:      "Identity is settled; the account lacks the permission, and logging in again will not change that.",
	},
	{
		Scenario: "The model labels an input \"positive\" but with low confidence.",
		Code:     200,
		Why:      "The prediction was produced, which is success. How much to trust it is the caller's call, and a 4xx would make dashboards count healthy traffic as client errors.",
	},
	{
		Scenario: "The backend that serves the model is down, so the gateway has nothing to forward to.",
		Code:     503,
		Alt:      []int{502},
		Why:      "The failure is on the server side and temporary: send 503 with Retry-After so clients wait, and let alerts on 5xx rates page someone. A plain reverse proxy reports 502 by itself, which is acceptable too.",
		Check:    "retryafter",
	},
	{
		Scenario: "A well-formed job needs roughly three minutes of compute before a result exists.",
		Code:     202,
		Why:      "Hand back a job ID right away. The client checks GET /jobs/{id} as often as it likes, and every check is a 200 describing progress so far.",
	},
	{
		Scenario: "A client sends 30 requests a second to an endpoint limited to 10.",
		Code:     429,
		Why:      "The client is over its rate limit; Retry-After tells it how long to back off.",
		Check:    "retryafter",
	},
	{
		Scenario: "An endpoint moved from POST /predict to POST /v1/predict while existing clients still call the old path.",
		Code:     308,
		Why:      "Ideally old clients keep a working versioned path and no redirect happens. When a redirect cannot be avoided, 308 carries the POST over intact and permanently; after 301 or 302 it may arrive as a GET.",
		Check:    "postredirect",
	},
}

// antiPatterns pairs the mistakes the reference warns about with their
// remedies, in its order.
var antiPatterns = []AntiPattern{
	{
		Name:  "error-as-200",
		Bad:   "Reporting a failure only inside the body, e.g. {\"error\": \"...\"}, while the status line says 200.",
		Good:  "Pick the 4xx or 5xx that describes the failure and put the specifics in a structured body, such as a detail field or an errors list.",
		Why:   "Infrastructure decides from the status line alone: a 200 is logged as success, kept out of error-rate alerts and never retried, whatever the body says.",
		Check: "errorbody",
	},
	{
		Name:  "stack-trace-leak",
		Bad:   "Letting a crash's stack trace reach the client in the 500 body.",
		Good:  "Write the trace to the server log, keyed by a request ID, and give the client only that ID and a bland message, e.g. {\"detail\": \"internal error\", \"request_id\": \"req_...\"}.",
		Why:   "A trace reveals source paths and dependency versions, a map attackers welcome; the ID lets support find the full story in the logs.",
		Check: "stackleak",
	},
	{
		Name: "404-for-auth",
		Bad:  "Answering 404 where authentication failed, to hide the 401.",
		Good: "Report the failure as 401 or 403 and keep the body short. Where concealing existence is a real requirement, reserve 404 for reads of individual resources, and use it the same way everywhere.",
		Why:  "Honest callers cannot tell a mistyped URL from an expired token, and the secrecy is thin: anyone probing the API simply compares the answers.",
		// No check: whether a 404 stands in for a failed login is a policy
		// choice a static check cannot tell from an honest 404.
		Check: "",
	},
	{
		Name:  "invented-code",
		Bad:   "Making up status numbers such as 230 (451 only looks invented: it is registered).",
		Good:  "Stick to registered codes and express finer-grained errors as fields of the body, e.g. {\"code\": \"MODEL_OVERLOADED\", \"detail\": \"...\"}.",
		Why:   "Tools bucket responses by their first digit and by the values they know; a private number lands in the wrong bucket or in none.",
		Check: "unknowncode",
	},
}
