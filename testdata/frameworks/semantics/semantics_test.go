package semantics

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	fiber2 "github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

// response is what a client receives: the status, the body and the headers
// the adapters care about.
type response struct {
	status   int
	body     string
	location string
}

func (r response) String() string {
	return fmt.Sprintf("%d %q (Location %q)", r.status, r.body, r.location)
}

func readResponse(t *testing.T, resp *http.Response) response {
	t.Helper()
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("reading the body: %v", err)
	}
	// JSON bodies are compared compact: echo v4 indents them in Debug mode
	// and both echo versions end them with a newline.
	var compact bytes.Buffer
	if json.Valid(body) && json.Compact(&compact, body) == nil {
		body = compact.Bytes()
	}
	return response{status: resp.StatusCode, body: string(body), location: resp.Header.Get("Location")}
}

// statusCoder is an application error that carries its status the way echo
// v5 reads it.
type statusCoder struct{ code int }

func (e statusCoder) Error() string   { return "status coder failed" }
func (e statusCoder) StatusCode() int { return e.code }

// problem is an application error that also renders itself as JSON.
type problem struct{ statusCoder }

func (p problem) MarshalJSON() ([]byte, error) {
	return json.Marshal(map[string]string{"title": "custom"})
}

func check(t *testing.T, got, want response) {
	t.Helper()
	if got != want {
		t.Errorf("got %v, want %v", got, want)
	}
}

// ---------------------------------------------------------------- fiber

func fiber3Do(t *testing.T, method string, h fiber3.Handler) response {
	t.Helper()
	app := fiber3.New()
	app.Add([]string{method}, "/", h)
	resp, err := app.Test(httptest.NewRequest(method, "/", nil))
	if err != nil {
		t.Fatal(err)
	}
	return readResponse(t, resp)
}

func fiber2Do(t *testing.T, method string, h fiber2.Handler) response {
	t.Helper()
	app := fiber2.New(fiber2.Config{DisableStartupMessage: true})
	app.Add(method, "/", h)
	resp, err := app.Test(httptest.NewRequest(method, "/", nil))
	if err != nil {
		t.Fatal(err)
	}
	return readResponse(t, resp)
}

func TestFiberRedirect(t *testing.T) {
	t.Run("v3 To defaults to 303", func(t *testing.T) {
		got := fiber3Do(t, http.MethodPost, func(c fiber3.Ctx) error { return c.Redirect().To("/next") })
		check(t, got, response{status: 303, location: "/next"})
	})
	t.Run("v3 Status sets the redirect status", func(t *testing.T) {
		got := fiber3Do(t, http.MethodPost, func(c fiber3.Ctx) error {
			return c.Redirect().Status(fiber3.StatusFound).To("/next")
		})
		check(t, got, response{status: 302, location: "/next"})
	})
	t.Run("v3 Ctx.Status does not reach the redirect", func(t *testing.T) {
		got := fiber3Do(t, http.MethodPost, func(c fiber3.Ctx) error {
			c.Status(fiber3.StatusMovedPermanently)
			return c.Redirect().To("/next")
		})
		check(t, got, response{status: 303, location: "/next"})
	})
	t.Run("v3 Back without Referer or fallback is a 500 error", func(t *testing.T) {
		got := fiber3Do(t, http.MethodPost, func(c fiber3.Ctx) error { return c.Redirect().Back() })
		check(t, got, response{status: 500, body: fiber3.ErrRedirectBackNoFallback.Message})
	})
	t.Run("v3 Back with a fallback redirects with 303", func(t *testing.T) {
		got := fiber3Do(t, http.MethodPost, func(c fiber3.Ctx) error { return c.Redirect().Back("/home") })
		check(t, got, response{status: 303, location: "/home"})
	})
	t.Run("v2 Redirect defaults to 302", func(t *testing.T) {
		got := fiber2Do(t, http.MethodPost, func(c *fiber2.Ctx) error { return c.Redirect("/next") })
		check(t, got, response{status: 302, location: "/next"})
	})
}

func TestFiberSendStatus(t *testing.T) {
	for _, tc := range []struct {
		status int
		v3, v2 string // the body on the wire
	}{
		{201, "Created", "Created"},
		{202, "Accepted", "Accepted"},
		{204, "", ""},
		{205, "", "Reset Content"},
		{304, "", ""},
		{400, "Bad Request", "Bad Request"},
		{500, "Internal Server Error", "Internal Server Error"},
	} {
		t.Run(fmt.Sprint("v3 ", tc.status), func(t *testing.T) {
			got := fiber3Do(t, http.MethodGet, func(c fiber3.Ctx) error { return c.SendStatus(tc.status) })
			check(t, got, response{status: tc.status, body: tc.v3})
		})
		t.Run(fmt.Sprint("v2 ", tc.status), func(t *testing.T) {
			got := fiber2Do(t, http.MethodGet, func(c *fiber2.Ctx) error { return c.SendStatus(tc.status) })
			check(t, got, response{status: tc.status, body: tc.v2})
		})
	}
	t.Run("v3 keeps a body already set", func(t *testing.T) {
		got := fiber3Do(t, http.MethodGet, func(c fiber3.Ctx) error {
			if err := c.SendString("made"); err != nil {
				return err
			}
			return c.SendStatus(201)
		})
		check(t, got, response{status: 201, body: "made"})
	})
	t.Run("v3 clears a body already set for 204", func(t *testing.T) {
		got := fiber3Do(t, http.MethodGet, func(c fiber3.Ctx) error {
			if err := c.SendString("gone"); err != nil {
				return err
			}
			return c.SendStatus(204)
		})
		check(t, got, response{status: 204})
	})
}

func TestFiberStatusChains(t *testing.T) {
	got := fiber3Do(t, http.MethodPost, func(c fiber3.Ctx) error {
		return c.Status(fiber3.StatusCreated).JSON(fiber3.Map{"id": 1})
	})
	check(t, got, response{status: 201, body: `{"id":1}`})
	got = fiber3Do(t, http.MethodGet, func(c fiber3.Ctx) error {
		return c.Status(fiber3.StatusAccepted).SendString("queued")
	})
	check(t, got, response{status: 202, body: "queued"})
}

func TestFiberDefaultErrorHandler(t *testing.T) {
	for _, tc := range []struct {
		name   string
		v3     error
		v2     error
		status int
		body   string
	}{
		{"plain error", errors.New("db: dial tcp"), errors.New("db: dial tcp"), 500, "db: dial tcp"},
		{"NewError with a message", fiber3.NewError(418, "brewing"), fiber2.NewError(418, "brewing"), 418, "brewing"},
		{"NewError without a message", fiber3.NewError(409), fiber2.NewError(409), 409, "Conflict"},
		{"Err value", fiber3.ErrTooManyRequests, fiber2.ErrTooManyRequests, 429, "Too Many Requests"},
		{"wrapped Err value", fmt.Errorf("quota: %w", fiber3.ErrForbidden), fmt.Errorf("quota: %w", fiber2.ErrForbidden), 403, "quota: Forbidden"},
		{"StatusCode method is ignored", statusCoder{404}, statusCoder{404}, 500, "status coder failed"},
	} {
		t.Run("v3 "+tc.name, func(t *testing.T) {
			got := fiber3Do(t, http.MethodGet, func(c fiber3.Ctx) error { return tc.v3 })
			check(t, got, response{status: tc.status, body: tc.body})
		})
		t.Run("v2 "+tc.name, func(t *testing.T) {
			got := fiber2Do(t, http.MethodGet, func(c *fiber2.Ctx) error { return tc.v2 })
			check(t, got, response{status: tc.status, body: tc.body})
		})
	}
	t.Run("v3 an error after a response replaces it", func(t *testing.T) {
		got := fiber3Do(t, http.MethodGet, func(c fiber3.Ctx) error {
			_ = c.Status(201).SendString("made")
			return errors.New("late")
		})
		check(t, got, response{status: 500, body: "late"})
	})
}

func TestFiber3HandlerShapes(t *testing.T) {
	app := fiber3.New()
	app.Get("/nethttp", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusAccepted)
		_, _ = io.WriteString(w, "net/http")
	})
	app.Get("/express", func(req fiber3.Req, res fiber3.Res) error {
		return res.Status(fiber3.StatusCreated).SendString("express")
	})
	app.Get("/noerr", func(c fiber3.Ctx) { _ = c.SendStatus(fiber3.StatusNoContent) })
	for _, tc := range []struct {
		path string
		want response
	}{
		{"/nethttp", response{status: 202, body: "net/http"}},
		{"/express", response{status: 201, body: "express"}},
		{"/noerr", response{status: 204}},
	} {
		resp, err := app.Test(httptest.NewRequest(http.MethodGet, tc.path, nil))
		if err != nil {
			t.Fatal(err)
		}
		if got := readResponse(t, resp); got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.path, got, tc.want)
		}
	}
}

// ---------------------------------------------------------------- echo

func echo5Do(t *testing.T, method string, eh echo5.HTTPErrorHandler, h echo5.HandlerFunc) response {
	t.Helper()
	e := echo5.New()
	if eh != nil {
		e.HTTPErrorHandler = eh
	}
	e.Add(method, "/", h)
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, httptest.NewRequest(method, "/", nil))
	return readResponse(t, rec.Result())
}

func echo4Do(t *testing.T, method string, debug bool, h echo4.HandlerFunc) response {
	t.Helper()
	e := echo4.New()
	e.Debug = debug
	e.Add(method, "/", h)
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, httptest.NewRequest(method, "/", nil))
	return readResponse(t, rec.Result())
}

func TestEchoDefaultErrorHandler(t *testing.T) {
	plain := errors.New("db: dial tcp")
	for _, tc := range []struct {
		name    string
		err     error
		status  int
		hidden  string // the body of DefaultHTTPErrorHandler(false), the handler echo.New installs
		exposed string // the body of DefaultHTTPErrorHandler(true)
	}{
		{"plain error", plain, 500,
			`{"message":"Internal Server Error"}`,
			`{"error":"db: dial tcp","message":"Internal Server Error"}`},
		{"NewHTTPError with a message", echo5.NewHTTPError(418, "brewing"), 418,
			`{"message":"brewing"}`, `{"message":"brewing"}`},
		{"NewHTTPError with no message", echo5.NewHTTPError(409, ""), 409,
			`{"message":"Conflict"}`, `{"message":"Conflict"}`},
		{"Err value", echo5.ErrTooManyRequests, 429,
			`{"message":"Too Many Requests"}`,
			`{"error":"Too Many Requests","message":"Too Many Requests"}`},
		{"wrapped Err value", fmt.Errorf("quota: %w", echo5.ErrForbidden), 403,
			`{"message":"Forbidden"}`,
			`{"error":"quota: Forbidden","message":"Forbidden"}`},
		{"HTTPError wrapping an error", echo5.ErrBadRequest.Wrap(plain), 400,
			`{"message":"Bad Request"}`,
			`{"error":"db: dial tcp","message":"Bad Request"}`},
		{"own StatusCode method", statusCoder{404}, 404,
			`{"message":"Not Found"}`,
			`{"error":"status coder failed","message":"Not Found"}`},
		{"own StatusCode 0", statusCoder{0}, 500,
			`{"message":"Internal Server Error"}`,
			`{"error":"status coder failed","message":"Internal Server Error"}`},
		{"own json.Marshaler", problem{statusCoder{422}}, 422,
			`{"title":"custom"}`, `{"title":"custom"}`},
	} {
		t.Run("v5 "+tc.name, func(t *testing.T) {
			got := echo5Do(t, http.MethodGet, nil, func(c *echo5.Context) error { return tc.err })
			check(t, got, response{status: tc.status, body: tc.hidden})
			got = echo5Do(t, http.MethodGet, echo5.DefaultHTTPErrorHandler(true), func(c *echo5.Context) error { return tc.err })
			check(t, got, response{status: tc.status, body: tc.exposed})
		})
	}
	t.Run("v5 HEAD gets the status and no body", func(t *testing.T) {
		got := echo5Do(t, http.MethodHead, nil, func(c *echo5.Context) error { return echo5.ErrNotFound })
		check(t, got, response{status: 404})
	})
	t.Run("v5 an error after a response is dropped", func(t *testing.T) {
		got := echo5Do(t, http.MethodGet, nil, func(c *echo5.Context) error {
			_ = c.String(201, "made")
			return errors.New("late")
		})
		check(t, got, response{status: 201, body: "made"})
	})
}

func TestEcho4DefaultErrorHandler(t *testing.T) {
	plain := errors.New("db: dial tcp")
	for _, tc := range []struct {
		name   string
		err    error
		status int
		body   string // with Debug off
		debug  string // with Debug on
	}{
		{"plain error", plain, 500,
			`{"message":"Internal Server Error"}`,
			`{"error":"db: dial tcp","message":"Internal Server Error"}`},
		{"NewHTTPError with a message", echo4.NewHTTPError(418, "brewing"), 418,
			`{"message":"brewing"}`,
			`{"error":"code=418, message=brewing","message":"brewing"}`},
		{"NewHTTPError with no message", echo4.NewHTTPError(409), 409,
			`{"message":"Conflict"}`,
			`{"error":"code=409, message=Conflict","message":"Conflict"}`},
		{"NewHTTPError with a map", echo4.NewHTTPError(400, echo4.Map{"field": "name"}), 400,
			`{"field":"name"}`, `{"field":"name"}`},
		{"wrapped HTTPError is not unwrapped", fmt.Errorf("quota: %w", echo4.ErrForbidden), 500,
			`{"message":"Internal Server Error"}`,
			`{"error":"quota: code=403, message=Forbidden","message":"Internal Server Error"}`},
		{"own StatusCode method is ignored", statusCoder{404}, 500,
			`{"message":"Internal Server Error"}`,
			`{"error":"status coder failed","message":"Internal Server Error"}`},
	} {
		t.Run("v4 "+tc.name, func(t *testing.T) {
			got := echo4Do(t, http.MethodGet, false, func(c echo4.Context) error { return tc.err })
			check(t, got, response{status: tc.status, body: tc.body})
			got = echo4Do(t, http.MethodGet, true, func(c echo4.Context) error { return tc.err })
			check(t, got, response{status: tc.status, body: tc.debug})
		})
	}
}

func TestEchoResponses(t *testing.T) {
	t.Run("v5 NoContent(201) sends no body", func(t *testing.T) {
		got := echo5Do(t, http.MethodPost, nil, func(c *echo5.Context) error { return c.NoContent(201) })
		check(t, got, response{status: 201})
	})
	t.Run("v4 NoContent(201) sends no body", func(t *testing.T) {
		got := echo4Do(t, http.MethodPost, false, func(c echo4.Context) error { return c.NoContent(201) })
		check(t, got, response{status: 201})
	})
	t.Run("v5 Redirect keeps the status it is given", func(t *testing.T) {
		got := echo5Do(t, http.MethodPost, nil, func(c *echo5.Context) error { return c.Redirect(302, "/next") })
		check(t, got, response{status: 302, location: "/next"})
	})
	t.Run("v5 Redirect outside 300-308 is a 500 error", func(t *testing.T) {
		got := echo5Do(t, http.MethodPost, nil, func(c *echo5.Context) error { return c.Redirect(201, "/next") })
		check(t, got, response{status: 500, body: `{"message":"Internal Server Error"}`})
	})
	t.Run("v5 Response is a ResponseWriter that writes through", func(t *testing.T) {
		got := echo5Do(t, http.MethodGet, nil, func(c *echo5.Context) error {
			c.Response().Header().Set("Location", "/x")
			c.Response().WriteHeader(http.StatusAccepted)
			_, err := io.WriteString(c.Response(), "raw")
			return err
		})
		check(t, got, response{status: 202, body: "raw", location: "/x"})
	})
	t.Run("v5 middleware sees the handler's error before the error handler", func(t *testing.T) {
		e := echo5.New()
		var seen error
		e.Use(func(next echo5.HandlerFunc) echo5.HandlerFunc {
			return func(c *echo5.Context) error {
				seen = next(c)
				return seen
			}
		})
		e.GET("/", func(c *echo5.Context) error { return echo5.ErrUnauthorized })
		rec := httptest.NewRecorder()
		e.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
		if !errors.Is(seen, echo5.ErrUnauthorized) || rec.Code != 401 {
			t.Errorf("middleware saw %v, status %d; want ErrUnauthorized and 401", seen, rec.Code)
		}
	})
}

// ---------------------------------------------------------------- routers

// answer is what a router sends on its own: the status and the Allow
// header.
type answer struct {
	status int
	allow  bool
}

// TestRouterDefaults pins what each version's router answers on its own
// with its default configuration, which the adapters' Behaviour encodes:
// 404 for a path no route matches, 405 for a path another method has
// (with Allow where the router sets it), and, for fiber, the trailing
// slash its non-strict routing drops and the HEAD route Get adds.
func TestRouterDefaults(t *testing.T) {
	serve := map[string]func(method, path string) (*http.Response, error){}

	e4 := echo4.New()
	e4.GET("/jobs", func(c echo4.Context) error { return c.NoContent(http.StatusOK) })
	e5 := echo5.New()
	e5.GET("/jobs", func(c *echo5.Context) error { return c.NoContent(http.StatusOK) })
	for name, h := range map[string]http.Handler{"echo v4": e4, "echo v5": e5} {
		serve[name] = func(method, path string) (*http.Response, error) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
			return rec.Result(), nil
		}
	}
	f2 := fiber2.New(fiber2.Config{DisableStartupMessage: true})
	f2.Get("/jobs", func(c *fiber2.Ctx) error { return c.SendStatus(http.StatusOK) })
	serve["fiber v2"] = func(method, path string) (*http.Response, error) {
		return f2.Test(httptest.NewRequest(method, path, nil))
	}
	f3 := fiber3.New()
	f3.Get("/jobs", func(c fiber3.Ctx) error { return c.SendStatus(http.StatusOK) })
	serve["fiber v3"] = func(method, path string) (*http.Response, error) {
		return f3.Test(httptest.NewRequest(method, path, nil))
	}

	for _, tc := range []struct {
		router, method, path string
		want                 answer
	}{
		{"echo v4", http.MethodGet, "/none", answer{404, false}},
		{"echo v4", http.MethodPost, "/jobs", answer{405, true}},
		{"echo v5", http.MethodGet, "/none", answer{404, false}},
		{"echo v5", http.MethodPost, "/jobs", answer{405, true}},
		{"fiber v2", http.MethodGet, "/none", answer{404, false}},
		{"fiber v2", http.MethodPost, "/jobs", answer{405, true}},
		{"fiber v2", http.MethodGet, "/jobs/", answer{200, false}},
		{"fiber v2", http.MethodHead, "/jobs", answer{200, false}},
		{"fiber v3", http.MethodGet, "/none", answer{404, false}},
		{"fiber v3", http.MethodPost, "/jobs", answer{405, true}},
		{"fiber v3", http.MethodGet, "/jobs/", answer{200, false}},
		{"fiber v3", http.MethodHead, "/jobs", answer{200, false}},
	} {
		resp, err := serve[tc.router](tc.method, tc.path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		got := answer{resp.StatusCode, resp.Header.Get("Allow") != ""}
		if got != tc.want {
			t.Errorf("%s %s %s: got %d (Allow set: %v), want %d (Allow set: %v)",
				tc.router, tc.method, tc.path, got.status, got.allow, tc.want.status, tc.want.allow)
		}
	}
}
