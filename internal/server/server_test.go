package server_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/parleybot/parley/internal/metrics"
	"github.com/parleybot/parley/internal/server"
	"github.com/parleybot/parley/rag"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestHealthzAndMetricsOverHTTP(t *testing.T) {
	var chunks atomic.Int64
	chunks.Store(26)
	var connected atomic.Bool
	connected.Store(true)
	llm := rag.LLMStatus{Configured: true, OK: false, Error: "the LLM server answered HTTP 500", At: time.Now()}
	size := func() (int, int) { return int(chunks.Load()), 48 }
	m := metrics.New(size)
	checks := server.Checks{IndexSize: size, Discord: connected.Load, LLM: func() rag.LLMStatus { return llm }}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addr, _, err := server.Serve(ctx, "127.0.0.1:0", server.Handler(checks, m.Handler()), func(err error) { t.Error(err) })
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + addr

	code, body := get(t, base+"/healthz")
	var h server.Health
	if err := json.Unmarshal([]byte(body), &h); err != nil {
		t.Fatalf("%v: %s", err, body)
	}
	if code != 200 || h.Status != "ok" || !h.Index.Loaded || h.Index.Chunks != 26 || !h.Discord.Connected || h.LLM.OK || h.LLM.Error == "" {
		t.Errorf("healthy: %d %s", code, body)
	}

	connected.Store(false)
	if code, body := get(t, base+"/healthz"); code != 503 || !strings.Contains(body, `"status":"unavailable"`) {
		t.Errorf("Discord down: %d %s", code, body)
	}
	connected.Store(true)
	chunks.Store(0)
	if code, body := get(t, base+"/healthz"); code != 503 || !strings.Contains(body, `"loaded":false`) {
		t.Errorf("no index: %d %s", code, body)
	}
	chunks.Store(26)

	m.Question("ask", "answered", 20*time.Millisecond)
	m.Question("ask", "abstained", 5*time.Millisecond)
	m.Question("who-said", "no_match", 3*time.Millisecond)
	m.Retrieved(400 * time.Microsecond)
	m.LLMCalled(1200*time.Millisecond, nil)
	m.LLMCalled(60*time.Second, context.DeadlineExceeded)
	m.Acked(15 * time.Millisecond)
	m.RateLimited()
	code, body = get(t, base+"/metrics")
	if code != 200 {
		t.Fatalf("/metrics: %d", code)
	}
	for _, want := range []string{
		`parley_questions_total{command="ask",outcome="answered"} 1`,
		`parley_questions_total{command="who-said",outcome="no_match"} 1`,
		`parley_abstentions_total 1`,
		`parley_llm_calls_total{result="error"} 1`,
		`parley_llm_calls_total{result="ok"} 1`,
		`parley_llm_call_seconds_count 2`,
		`parley_retrieval_seconds_count 1`,
		`parley_ack_seconds_count 1`,
		`parley_rate_limited_total 1`,
		`parley_index_chunks 26`,
		`parley_index_quotations 48`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
	if code, _ := get(t, base+"/nope"); code != 404 {
		t.Errorf("unknown path: %d", code)
	}
	cancel()
	time.Sleep(100 * time.Millisecond)
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("still serving after the context ended")
	}
}

func TestHealthWithoutDiscord(t *testing.T) {
	h := server.Checks{IndexSize: func() (int, int) { return 3, 0 }}.Report()
	if h.Status != "ok" || h.Discord.Configured {
		t.Errorf("%+v", h)
	}
}

// Hardening item 2: an index that could not be saved shows in /healthz.
func TestItem2SaveErrorInHealth(t *testing.T) {
	c := server.Checks{
		IndexSize: func() (int, int) { return 26, 48 },
		SaveError: func() string { return "saving the index in /data: read-only file system" },
	}
	h := c.Report()
	if h.Status != "ok" || h.Index.SaveError == "" {
		t.Errorf("health %+v", h)
	}
}

// While Parley drains, /healthz is unavailable at once.
func TestDrainingIsUnavailable(t *testing.T) {
	draining := false
	c := server.Checks{IndexSize: func() (int, int) { return 26, 48 }, Draining: func() bool { return draining }}
	if h := c.Report(); h.Status != "ok" {
		t.Fatalf("health %+v", h)
	}
	draining = true
	if h := c.Report(); h.Status != "unavailable" || !h.Draining {
		t.Errorf("health %+v", h)
	}
}
