package catalog

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkNames are the statuslint checks a catalog entry may point at.
var checkNames = []string{
	"errorbody", "unknowncode", "retryafter", "allowheader", "bodystatus", "stackleak",
	"errleak", "postredirect", "headerorder", "location", "methodstatus", "wwwauth",
}

// netHTTPConsts maps every net/http status constant's name to its value.
// Written out so the compiler proves each name exists.
var netHTTPConsts = map[string]int{
	"StatusContinue":                      http.StatusContinue,
	"StatusSwitchingProtocols":            http.StatusSwitchingProtocols,
	"StatusProcessing":                    http.StatusProcessing,
	"StatusEarlyHints":                    http.StatusEarlyHints,
	"StatusOK":                            http.StatusOK,
	"StatusCreated":                       http.StatusCreated,
	"StatusAccepted":                      http.StatusAccepted,
	"StatusNonAuthoritativeInfo":          http.StatusNonAuthoritativeInfo,
	"StatusNoContent":                     http.StatusNoContent,
	"StatusResetContent":                  http.StatusResetContent,
	"StatusPartialContent":                http.StatusPartialContent,
	"StatusMultiStatus":                   http.StatusMultiStatus,
	"StatusAlreadyReported":               http.StatusAlreadyReported,
	"StatusIMUsed":                        http.StatusIMUsed,
	"StatusMultipleChoices":               http.StatusMultipleChoices,
	"StatusMovedPermanently":              http.StatusMovedPermanently,
	"StatusFound":                         http.StatusFound,
	"StatusSeeOther":                      http.StatusSeeOther,
	"StatusNotModified":                   http.StatusNotModified,
	"StatusUseProxy":                      http.StatusUseProxy,
	"StatusTemporaryRedirect":             http.StatusTemporaryRedirect,
	"StatusPermanentRedirect":             http.StatusPermanentRedirect,
	"StatusBadRequest":                    http.StatusBadRequest,
	"StatusUnauthorized":                  http.StatusUnauthorized,
	"StatusPaymentRequired":               http.StatusPaymentRequired,
	"StatusForbidden":                     http.StatusForbidden,
	"StatusNotFound":                      http.StatusNotFound,
	"StatusMethodNotAllowed":              http.StatusMethodNotAllowed,
	"StatusNotAcceptable":                 http.StatusNotAcceptable,
	"StatusProxyAuthRequired":             http.StatusProxyAuthRequired,
	"StatusRequestTimeout":                http.StatusRequestTimeout,
	"StatusConflict":                      http.StatusConflict,
	"StatusGone":                          http.StatusGone,
	"StatusLengthRequired":                http.StatusLengthRequired,
	"StatusPreconditionFailed":            http.StatusPreconditionFailed,
	"StatusRequestEntityTooLarge":         http.StatusRequestEntityTooLarge,
	"StatusRequestURITooLong":             http.StatusRequestURITooLong,
	"StatusUnsupportedMediaType":          http.StatusUnsupportedMediaType,
	"StatusRequestedRangeNotSatisfiable":  http.StatusRequestedRangeNotSatisfiable,
	"StatusExpectationFailed":             http.StatusExpectationFailed,
	"StatusTeapot":                        http.StatusTeapot,
	"StatusMisdirectedRequest":            http.StatusMisdirectedRequest,
	"StatusUnprocessableEntity":           http.StatusUnprocessableEntity,
	"StatusLocked":                        http.StatusLocked,
	"StatusFailedDependency":              http.StatusFailedDependency,
	"StatusTooEarly":                      http.StatusTooEarly,
	"StatusUpgradeRequired":               http.StatusUpgradeRequired,
	"StatusPreconditionRequired":          http.StatusPreconditionRequired,
	"StatusTooManyRequests":               http.StatusTooManyRequests,
	"StatusRequestHeaderFieldsTooLarge":   http.StatusRequestHeaderFieldsTooLarge,
	"StatusUnavailableForLegalReasons":    http.StatusUnavailableForLegalReasons,
	"StatusInternalServerError":           http.StatusInternalServerError,
	"StatusNotImplemented":                http.StatusNotImplemented,
	"StatusBadGateway":                    http.StatusBadGateway,
	"StatusServiceUnavailable":            http.StatusServiceUnavailable,
	"StatusGatewayTimeout":                http.StatusGatewayTimeout,
	"StatusHTTPVersionNotSupported":       http.StatusHTTPVersionNotSupported,
	"StatusVariantAlsoNegotiates":         http.StatusVariantAlsoNegotiates,
	"StatusInsufficientStorage":           http.StatusInsufficientStorage,
	"StatusLoopDetected":                  http.StatusLoopDetected,
	"StatusNotExtended":                   http.StatusNotExtended,
	"StatusNetworkAuthenticationRequired": http.StatusNetworkAuthenticationRequired,
}

// reasonDiffs lists where the catalog's RFC 9110 reason phrase differs from
// http.StatusText, which keeps older names.
var reasonDiffs = map[int]string{
	413: "Content Too Large",
	414: "URI Too Long",
	416: "Range Not Satisfiable",
	422: "Unprocessable Content",
}

func TestSortedUniqueAndClassed(t *testing.T) {
	for i, c := range codes {
		if i > 0 && codes[i-1].Code >= c.Code {
			t.Errorf("codes out of order or duplicated: %d then %d", codes[i-1].Code, c.Code)
		}
		if got, want := c.Class(), Class(c.Code/100); got != want || !got.valid() {
			t.Errorf("%d: Class() = %v, want %v", c.Code, got, want)
		}
	}
}

func TestAgreesWithNetHTTP(t *testing.T) {
	for code := 100; code <= 999; code++ {
		text := http.StatusText(code)
		if text == "" {
			continue
		}
		c, ok := Lookup(code)
		if !ok {
			t.Errorf("net/http knows %d %q, the catalog does not", code, text)
			continue
		}
		if v, ok := netHTTPConsts[c.Const]; !ok || v != code {
			t.Errorf("%d: Const %q is not the net/http constant for it", code, c.Const)
		}
		want := text
		if d, ok := reasonDiffs[code]; ok {
			want = d
		}
		if c.Reason != want {
			t.Errorf("%d: Reason = %q, want %q", code, c.Reason, want)
		}
	}
	for _, c := range codes {
		if http.StatusText(c.Code) == "" && c.Const != "" {
			t.Errorf("%d: Const %q, but net/http has no constant for it", c.Code, c.Const)
		}
	}
	// The registry marks exactly these two as unused.
	for _, c := range codes {
		if want := c.Code != 306 && c.Code != 418; c.Registered != want {
			t.Errorf("%d: Registered = %v, want %v", c.Code, c.Registered, want)
		}
	}
}

func TestConstant(t *testing.T) {
	c, _ := Lookup(429)
	if got := c.Constant(); got != "http.StatusTooManyRequests" {
		t.Errorf("Constant() = %q", got)
	}
	c, _ = Lookup(306)
	if got := c.Constant(); got != "" {
		t.Errorf("306 Constant() = %q, want \"\"", got)
	}
}

func TestReferenceCodes(t *testing.T) {
	listed := []int{100, 101, 103, 200, 201, 202, 204, 206, 301, 302, 304, 307, 308, 400, 401,
		403, 404, 405, 406, 408, 409, 410, 413, 415, 422, 429, 500, 501, 502, 503, 504, 507}
	common := []int{200, 201, 202, 304, 400, 401, 403, 404, 413, 422, 429, 500, 502, 503}
	for _, code := range listed {
		if _, ok := Lookup(code); !ok {
			t.Errorf("reference code %d missing", code)
		}
	}
	for _, c := range codes {
		if want := slices.Contains(common, c.Code); c.Common != want {
			t.Errorf("%d: Common = %v, want %v", c.Code, c.Common, want)
		}
		if c.Summary == "" || len(c.Guidance) == 0 || c.RFC == "" {
			t.Errorf("%d: needs Summary, Guidance and RFC", c.Code)
		}
	}
}

// TestBodyRuleAgreesWithServer asks net/http's real server which codes may
// carry a body. The catalog may be stricter (205), never looser.
func TestBodyRuleAgreesWithServer(t *testing.T) {
	var mu sync.Mutex
	refused := map[int]bool{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		code, err := strconv.Atoi(r.URL.Query().Get("code"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.WriteHeader(code)
		_, err = w.Write([]byte("x"))
		mu.Lock()
		refused[code] = errors.Is(err, http.ErrBodyNotAllowed)
		mu.Unlock()
	}))
	defer srv.Close()

	for _, c := range codes {
		if c.Class() == Informational {
			// WriteHeader(1xx) sends an interim response and the next Write
			// goes out under an implicit 200, so a round trip proves nothing.
			// Interim responses never carry content.
			if c.BodyAllowed {
				t.Errorf("%d: BodyAllowed for an informational code", c.Code)
			}
			continue
		}
		resp, err := srv.Client().Get(srv.URL + "?code=" + strconv.Itoa(c.Code))
		if err != nil {
			t.Fatalf("%d: %v", c.Code, err)
		}
		resp.Body.Close()
		if resp.StatusCode != c.Code {
			t.Fatalf("%d: server answered %d", c.Code, resp.StatusCode)
		}
		mu.Lock()
		serverRefused := refused[c.Code]
		mu.Unlock()
		if serverRefused && c.BodyAllowed {
			t.Errorf("%d: net/http refuses a body, but BodyAllowed is true", c.Code)
		}

		// The recorder refuses the same codes as the server (it returns
		// ErrBodyNotAllowed), but it still appends the bytes to rec.Body, so
		// a handler test reading rec.Body sees content a real client never
		// would.
		rec := httptest.NewRecorder()
		rec.WriteHeader(c.Code)
		_, err = rec.Write([]byte("x"))
		if recRefused := errors.Is(err, http.ErrBodyNotAllowed); recRefused != serverRefused {
			t.Errorf("%d: recorder refuses body = %v, server = %v", c.Code, recRefused, serverRefused)
		}
	}
	for _, code := range []int{204, 205, 304} {
		if c, _ := Lookup(code); c.BodyAllowed {
			t.Errorf("%d: BodyAllowed = true, want false", code)
		}
	}
}

func TestLookupNearestClassOf(t *testing.T) {
	tests := []struct {
		code      int
		lookup    bool
		nearest   int // 0: none
		class     Class
		classKnow bool
	}{
		{429, true, 429, ClientError, true},
		{230, false, 200, Success, true},
		{499, false, 400, ClientError, true},
		{520, false, 500, ServerError, true},
		{399, false, 307, Redirection, true},
		{418, true, 400, ClientError, true},
		{306, true, 307, Redirection, true},
		{600, false, 0, 0, false},
		{99, false, 0, 0, false},
	}
	for _, tt := range tests {
		c, ok := Lookup(tt.code)
		if ok != tt.lookup || (ok && c.Code != tt.code) {
			t.Errorf("Lookup(%d) = %d, %v; want found=%v", tt.code, c.Code, ok, tt.lookup)
		}
		n, ok := Nearest(tt.code)
		if ok != (tt.nearest != 0) || n.Code != tt.nearest {
			t.Errorf("Nearest(%d) = %d, %v; want %d", tt.code, n.Code, ok, tt.nearest)
		}
		if ok && !n.Registered {
			t.Errorf("Nearest(%d) = %d, which is not registered", tt.code, n.Code)
		}
		cl, ok := ClassOf(tt.code)
		if cl != tt.class || ok != tt.classKnow {
			t.Errorf("ClassOf(%d) = %v, %v; want %v, %v", tt.code, cl, ok, tt.class, tt.classKnow)
		}
	}
	if got := Phrase(429); got != "429 Too Many Requests" {
		t.Errorf("Phrase(429) = %q", got)
	}
	if got := Phrase(230); got != "230" {
		t.Errorf("Phrase(230) = %q", got)
	}
}

func TestNames(t *testing.T) {
	if got := ClientError.String() + " " + ClientError.Name(); got != "4xx Client Error" {
		t.Errorf("ClientError = %q", got)
	}
	if got := fmt.Sprint(May, Should, Must); got != "MAY SHOULD MUST" {
		t.Errorf("strengths = %q", got)
	}
}

func TestDecisionsAndAntiPatterns(t *testing.T) {
	var got []int
	for _, d := range Decisions() {
		got = append(got, d.Code)
	}
	if want := []int{422, 413, 401, 403, 200, 503, 202, 429, 308}; !slices.Equal(got, want) {
		t.Errorf("decision codes = %v, want %v", got, want)
	}
	if alt := Decisions()[0].Alt; !slices.Contains(alt, 400) {
		t.Errorf("422 decision alternatives = %v, want 400 among them", alt)
	}
	var names, checks []string
	for _, a := range AntiPatterns() {
		names = append(names, a.Name)
		checks = append(checks, a.Check)
	}
	if want := []string{"error-as-200", "stack-trace-leak", "404-for-auth", "invented-code"}; !slices.Equal(names, want) {
		t.Errorf("anti-patterns = %v, want %v", names, want)
	}
	if want := []string{"errorbody", "stackleak", "", "unknowncode"}; !slices.Equal(checks, want) {
		t.Errorf("anti-pattern checks = %v, want %v", checks, want)
	}
}

func TestCheckNames(t *testing.T) {
	valid := func(where, name string) {
		if !slices.Contains(checkNames, name) {
			t.Errorf("%s: unknown check %q", where, name)
		}
	}
	for _, c := range codes {
		for i, n := range c.Checks {
			valid(strconv.Itoa(c.Code), n)
			if slices.Contains(c.Checks[:i], n) {
				t.Errorf("%d: check %q listed twice", c.Code, n)
			}
		}
	}
	for _, d := range decisions {
		if d.Check != "" {
			valid("decision "+strconv.Itoa(d.Code), d.Check)
		}
	}
	for _, a := range antiPatterns {
		if a.Check != "" {
			valid(a.Name, a.Check)
		}
	}
}

func TestHeaderRules(t *testing.T) {
	for _, c := range codes {
		for _, h := range c.Headers {
			if h.Name == "" || h.Strength < May || h.Strength > Must {
				t.Errorf("%d: bad header rule %+v", c.Code, h)
			}
		}
	}
	want := map[int]string{
		101: "Upgrade MUST", 201: "Location SHOULD", 206: "Content-Range MUST",
		301: "Location SHOULD", 302: "Location SHOULD", 303: "Location SHOULD",
		307: "Location SHOULD", 308: "Location SHOULD", 401: "WWW-Authenticate MUST",
		405: "Allow MUST", 407: "Proxy-Authenticate MUST", 413: "Retry-After MAY",
		416: "Content-Range SHOULD", 426: "Upgrade MUST", 429: "Retry-After SHOULD",
		503: "Retry-After SHOULD",
	}
	for code, rule := range want {
		c, _ := Lookup(code)
		var have []string
		for _, h := range c.Headers {
			have = append(have, h.Name+" "+h.Strength.String())
		}
		if !slices.Contains(have, rule) {
			t.Errorf("%d: headers %v, want %q among them", code, have, rule)
		}
	}
}

// prose returns every sentence the catalog writes, labelled by origin.
func prose() [][2]string {
	var out [][2]string
	add := func(where, s string) { out = append(out, [2]string{where, s}) }
	for _, c := range codes {
		w := strconv.Itoa(c.Code)
		add(w+" summary", c.Summary)
		for _, g := range c.Guidance {
			add(w+" guidance", g)
		}
		for _, h := range c.Headers {
			add(w+" "+h.Name+" note", h.Note)
		}
	}
	for _, d := range decisions {
		add("decision scenario", d.Scenario)
		add("decision why", d.Why)
	}
	for _, a := range antiPatterns {
		add(a.Name+" bad", a.Bad)
		add(a.Name+" good", a.Good)
		add(a.Name+" why", a.Why)
	}
	for c := Informational; c <= ServerError; c++ {
		add(c.String()+" about", classAbout[c])
	}
	return out
}

func TestProseIsClean(t *testing.T) {
	for _, p := range prose() {
		where, s := p[0], p[1]
		if strings.TrimSpace(s) == "" {
			t.Errorf("%s: empty", where)
		}
		if s != strings.TrimSpace(s) || strings.ContainsAny(s, "\n\t") || strings.Contains(s, "  ") {
			t.Errorf("%s: stray whitespace in %q", where, s)
		}
	}
}

// TestOwnWords guards the rule that the catalog's sentences are written
// fresh: none may appear in the reference, nor share a run of eight words
// with it.
func TestOwnWords(t *testing.T) {
	data, err := os.ReadFile("../../shared/reference/http-status-reference.txt")
	if errors.Is(err, os.ErrNotExist) {
		t.Skip("reference text not present beside the checkout")
	}
	if err != nil {
		t.Fatal(err)
	}
	ref := string(data)
	folded := fold(ref)
	const n = 8
	shingles := map[string]bool{}
	for _, s := range ngrams(words(ref), n) {
		shingles[s] = true
	}
	for _, p := range prose() {
		where, s := p[0], p[1]
		if strings.Contains(folded, fold(s)) {
			t.Errorf("%s: copied from the reference: %q", where, s)
			continue
		}
		for _, g := range ngrams(words(s), n) {
			if shingles[g] {
				t.Errorf("%s: shares %q with the reference", where, g)
			}
		}
	}
}

// fold lowercases s and collapses whitespace runs to one space.
func fold(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// words splits s into lowercase words, ignoring punctuation.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

func ngrams(w []string, n int) []string {
	var out []string
	for i := 0; i+n <= len(w); i++ {
		out = append(out, strings.Join(w[i:i+n], " "))
	}
	return out
}

func TestRender(t *testing.T) {
	c429, _ := Lookup(429)
	card := c429.Card()
	for _, want := range []string{"429 Too Many Requests (4xx Client Error, common)", "Retry-After (SHOULD)", "http.StatusTooManyRequests", "RFC 6585 §4", "retryafter"} {
		if !strings.Contains(card, want) {
			t.Errorf("Card(429) lacks %q:\n%s", want, card)
		}
	}
	c418, _ := Lookup(418)
	if card := c418.Card(); !strings.Contains(card, "unused") {
		t.Errorf("Card(418) does not say it is unused:\n%s", card)
	}
	c204, _ := Lookup(204)
	if card := c204.Card(); !strings.Contains(card, "Body:      not allowed") {
		t.Errorf("Card(204) does not forbid a body:\n%s", card)
	}

	table := Table()
	lines := strings.Split(table, "\n")
	for _, c := range codes {
		prefix := strconv.Itoa(c.Code) + " "
		i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, prefix) })
		if i < 0 || !strings.Contains(lines[i], c.Reason) {
			t.Errorf("Table() has no line for %d %s", c.Code, c.Reason)
		}
	}
	if !strings.Contains(table, "304  *-  Not Modified") {
		t.Errorf("Table() does not flag 304 as common with no body:\n%s", table)
	}

	cc := ClassCard(Redirection)
	if !strings.HasPrefix(cc, "3xx Redirection\n") || !strings.Contains(cc, "StatusPermanentRedirect") || strings.Contains(cc, "StatusOK") {
		t.Errorf("ClassCard(Redirection) wrong:\n%s", cc)
	}
	if got := ClassCard(Class(7)); got != "" {
		t.Errorf("ClassCard(7) = %q, want \"\"", got)
	}
	if d := DecisionsText(); !strings.Contains(d, "422 Unprocessable Content (also acceptable: 400 Bad Request)") {
		t.Errorf("DecisionsText lacks the 422/400 answer:\n%s", d)
	}
	if a := AntiPatternsText(); !strings.Contains(a, "404-for-auth") || !strings.Contains(a, "check: none") {
		t.Errorf("AntiPatternsText lacks the unenforceable 404-for-auth entry:\n%s", a)
	}
}

// TestRenderLayout keeps every rendering within 80 columns, free of
// trailing spaces and stable from call to call.
func TestRenderLayout(t *testing.T) {
	texts := map[string]string{"Table": Table(), "Decisions": DecisionsText(), "AntiPatterns": AntiPatternsText()}
	for c := Informational; c <= ServerError; c++ {
		texts["ClassCard "+c.String()] = ClassCard(c)
	}
	for _, c := range codes {
		texts["Card "+strconv.Itoa(c.Code)] = c.Card()
	}
	for name, text := range texts {
		for i, l := range strings.Split(text, "\n") {
			if n := utf8.RuneCountInString(l); n > width {
				t.Errorf("%s line %d is %d columns: %q", name, i+1, n, l)
			}
			if l != strings.TrimRight(l, " ") {
				t.Errorf("%s line %d has trailing spaces: %q", name, i+1, l)
			}
		}
	}
	if Table() != texts["Table"] {
		t.Error("Table() is not deterministic")
	}
}
