package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/leadroute/leadroute"
	"github.com/leadroute/leadroute/config"
)

func newTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	cfg, err := config.Load("rules.yaml")
	if err != nil {
		t.Fatal(err)
	}
	clk := leadroute.NewManualClock(time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC))
	r, err := cfg.Build(leadroute.WithClock(clk))
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewUnstartedServer(Handler(r))
	ts.Config = NewServer("", Handler(r))
	ts.Start()
	t.Cleanup(ts.Close)
	return ts
}

func post(t *testing.T, ts *httptest.Server, path, body string) (int, map[string]any) {
	t.Helper()
	resp, err := http.Post(ts.URL+path, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%d %q: %v", resp.StatusCode, b, err)
	}
	return resp.StatusCode, m
}

func TestRoute(t *testing.T) {
	ts := newTestServer(t)
	code, d := post(t, ts, "/route", `{"id":"L1","country":"Germany","email":"eva@firma.de"}`)
	if code != 200 || d["rep"] != "dora" || d["rule"] != "dach" || d["lead_id"] != "L1" {
		t.Fatalf("%d %v", code, d)
	}
	// Rotation across requests: alice, then bob.
	for _, want := range []string{"alice", "bob", "alice"} {
		if _, d := post(t, ts, "/route", `{"country":"GB"}`); d["rep"] != want {
			t.Fatalf("got %v, want %s", d["rep"], want)
		}
	}
	// Nothing lost: an unroutable, malformed lead goes to the fallback
	// queue, and the problems are reported.
	_, d = post(t, ts, "/route", `{"id":"L9","country":"Narnia","email":"n/a"}`)
	if d["queue"] != "triage" || len(d["problems"].([]any)) != 2 {
		t.Fatalf("%v", d)
	}
	// Explain is a dry run with a trace: the rotation does not move.
	_, d = post(t, ts, "/route?explain=1", `{"country":"GB"}`)
	_, d2 := post(t, ts, "/route?explain=1", `{"country":"GB"}`)
	if d["rep"] != "bob" || d2["rep"] != "bob" || len(d["trace"].([]any)) == 0 {
		t.Fatalf("explain %v %v", d, d2)
	}
}

func TestBadRequests(t *testing.T) {
	ts := newTestServer(t)
	for _, tc := range []struct {
		body string
		code int
		msg  string
	}{
		{`not json`, 400, "not a JSON object"},
		{`null`, 400, "not a JSON object: null"},
		{`[{"id":"L1"}]`, 400, "not a JSON object: got an array"},
		{`{"employees":"many"}`, 400, `employees: "many": not a whole number`},
		{`{"id":"` + strings.Repeat("x", MaxBody) + `"}`, 413, "larger than 64 KiB"},
	} {
		code, m := post(t, ts, "/route", tc.body)
		if code != tc.code || !strings.Contains(m["error"].(string), tc.msg) {
			t.Errorf("%.30q: %d %v, want %d %q", tc.body, code, m, tc.code, tc.msg)
		}
	}
	resp, err := http.Get(ts.URL + "/route")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /route: %d", resp.StatusCode)
	}
	resp, err = http.Post(ts.URL+"/route", "text/plain", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain: %d", resp.StatusCode)
	}
}

func TestServerHasTimeouts(t *testing.T) {
	s := NewServer(":0", http.NotFoundHandler())
	if s.ReadHeaderTimeout == 0 || s.ReadTimeout == 0 || s.WriteTimeout == 0 || s.IdleTimeout == 0 || s.MaxHeaderBytes == 0 {
		t.Fatalf("%+v", s)
	}
}
