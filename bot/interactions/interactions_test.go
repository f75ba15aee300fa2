package interactions_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parleybot/parley/bot"
	"github.com/parleybot/parley/bot/interactions"
	"github.com/parleybot/parley/internal/fakediscord"
	"github.com/parleybot/parley/rag"
)

// driver plays Discord's side: it signs interactions with its own key and
// posts them to the endpoint; the fake Discord records the webhook edits.
type driver struct {
	t    testing.TB
	key  ed25519.PrivateKey
	url  string
	fake *fakediscord.Server
}

func newDriver(t testing.TB) *driver { return newDriverWith(t, nil) }

// newDriverWith is newDriver with the engine wrapped (nil: as it is).
func newDriverWith(t testing.TB, wrap func(bot.Engine) bot.Engine) *driver {
	t.Helper()
	pub, key, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	fake := fakediscord.Start()
	t.Cleanup(fake.Close)
	s, err := bot.NewSession("", fake.URL) // HTTP only: no bot token
	if err != nil {
		t.Fatal(err)
	}
	eng, _, err := rag.Open(context.Background(), rag.Options{Corpus: os.DirFS("../../corpus"), CorpusName: "corpus"})
	if err != nil {
		t.Fatal(err)
	}
	var be bot.Engine = eng
	if wrap != nil {
		be = wrap(eng)
	}
	b := bot.New(s, be, bot.Config{Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	srv := httptest.NewServer(interactions.Handler(pub, b, nil, nil))
	t.Cleanup(srv.Close)
	return &driver{t: t, key: key, url: srv.URL + "/interactions", fake: fake}
}

// post sends body signed at time at (zero: now); sign=false sends no
// signature.
func (d *driver) post(body []byte, at time.Time, sign bool) (int, []byte) {
	d.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, d.url, bytes.NewReader(body))
	if at.IsZero() {
		at = time.Now()
	}
	ts := strconv.FormatInt(at.Unix(), 10)
	if sign {
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(d.key, append([]byte(ts), body...))))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		d.t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

func jsonOf(v any) []byte { b, _ := json.Marshal(v); return b }

func TestPingAndSlashCommandByHTTP(t *testing.T) {
	d := newDriver(t)
	code, body := d.post([]byte(`{"id":"1","application_id":"`+fakediscord.AppID+`","type":1,"token":"t","version":1}`), time.Time{}, true)
	if code != 200 || strings.TrimSpace(string(body)) != `{"type":1}` {
		t.Fatalf("PING: %d %s", code, body)
	}
	ev := fakediscord.Command("3001", "ask", "400000000000000001", 0, fakediscord.Option{Name: "question", Value: "Who sponsored the Astana talks?"})
	start := time.Now()
	code, body = d.post(jsonOf(ev), time.Time{}, true)
	if code != 200 || !strings.Contains(string(body), `"type":5`) {
		t.Fatalf("/ask: %d %s", code, body)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("the HTTP reply took %s", took)
	}
	edits := d.fake.WaitFor(func(c fakediscord.Call) bool {
		return c.Method == "PATCH" && strings.Contains(c.Path, "/webhooks/"+fakediscord.AppID+"/token-3001/messages/@original")
	}, 1, 10*time.Second)
	if len(edits) == 0 || !strings.Contains(string(edits[0].Body), "Iran") {
		t.Fatalf("no answer edited in: %v", edits)
	}
	// Autocomplete answers in the HTTP reply itself.
	ac := fakediscord.Autocomplete("3002", "quotes", "400000000000000001", fakediscord.Option{Name: "speaker", Value: "ker", Focused: true})
	code, body = d.post(jsonOf(ac), time.Time{}, true)
	if code != 200 || !strings.Contains(string(body), `"type":8`) || !strings.Contains(string(body), "John Kerry") {
		t.Errorf("autocomplete: %d %s", code, body)
	}
}

func TestBadRequestsGetTheirStatus(t *testing.T) {
	d := newDriver(t)
	good := jsonOf(fakediscord.Command("3101", "help", "400000000000000001", 0))
	wrongKey := func() int {
		_, other, _ := ed25519.GenerateKey(nil)
		req, _ := http.NewRequest(http.MethodPost, d.url, bytes.NewReader(good))
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(other, append([]byte(ts), good...))))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	tests := []struct {
		name string
		code func() int
		want int
	}{
		{"unsigned", func() int { c, _ := d.post(good, time.Time{}, false); return c }, 401},
		{"wrongly signed", wrongKey, 401},
		{"replayed with an old timestamp", func() int { c, _ := d.post(good, time.Now().Add(-10*time.Minute), true); return c }, 401},
		{"oversized", func() int {
			c, _ := d.post(bytes.Repeat([]byte("x"), interactions.MaxBody+10), time.Time{}, true)
			return c
		}, 413},
		{"truncated JSON", func() int { c, _ := d.post(good[:len(good)/2], time.Time{}, true); return c }, 400},
		{"unknown type", func() int { c, _ := d.post([]byte(`{"id":"9","type":99,"token":"t"}`), time.Time{}, true); return c }, 400},
	}
	for _, tt := range tests {
		for k := 0; k < 20; k++ {
			if got := tt.code(); got != tt.want {
				t.Fatalf("%s: %d, want %d", tt.name, got, tt.want)
			}
		}
	}
	// Still up: a good request is answered.
	if code, body := d.post(good, time.Time{}, true); code != 200 || !strings.Contains(string(body), `"type":4`) {
		t.Errorf("after the bad requests: %d %s", code, body)
	}
}

func TestParsePublicKey(t *testing.T) {
	pub, _, _ := ed25519.GenerateKey(nil)
	if k, err := interactions.ParsePublicKey(hex.EncodeToString(pub)); err != nil || !bytes.Equal(k, pub) {
		t.Errorf("%v %v", k, err)
	}
	for _, bad := range []string{"", "xyz", hex.EncodeToString(pub[:10])} {
		if _, err := interactions.ParsePublicKey(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// FuzzDecoder: nothing a signed body holds crashes the endpoint.
func FuzzDecoder(f *testing.F) {
	f.Add([]byte(`{"id":"1","type":1,"token":"t"}`))
	f.Add([]byte(`{"id":"2","type":2,"token":"t","data":{"name":"ask","options":[{"name":"question","type":3,"value":"x"}]}}`))
	f.Add([]byte(`{"type":3,"data":{"custom_id":"parley:sources"},"message":{"content":"Sources: [1] a.txt:1"}}`))
	f.Add([]byte(`{"type":5,"data":{"custom_id":"parley:vote:why:1:2","components":[{"type":1,"components":[{"type":4}]}]}}`))
	pub, key, _ := ed25519.GenerateKey(nil)
	h := interactions.Handler(pub, nopAnswerer{}, slog.New(slog.NewTextHandler(io.Discard, nil)), nil)
	f.Fuzz(func(t *testing.T, body []byte) {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(ts), body...))))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 && rec.Code != 400 && rec.Code != 413 {
			t.Fatalf("status %d", rec.Code)
		}
	})
}
