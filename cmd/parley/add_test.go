package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"github.com/parleybot/parley/internal/fakediscord"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// newsSite serves a fake news site on loopback: an article page with the
// clutter real pages have, an RSS feed of it and of one more article (that
// one with its full text in the feed), an image, and a robots.txt.
func newsSite(t *testing.T) *httptest.Server {
	t.Helper()
	page, err := os.ReadFile("testdata/newssite/article.html")
	if err != nil {
		t.Fatal(err)
	}
	feed, err := os.ReadFile("testdata/newssite/feed.xml")
	if err != nil {
		t.Fatal(err)
	}
	var srv *httptest.Server
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("User-agent: *\nDisallow: /drafts/\n")) })
	mux.HandleFunc("/world/2017/02/14/envoys-agree-aid-corridor", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(strings.ReplaceAll(string(feed), "{{BASE}}", srv.URL)))
	})
	mux.HandleFunc("/photo.jpg", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write([]byte{0xff, 0xd8})
	})
	mux.HandleFunc("/drafts/secret", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("draft")) })
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestAddArticlesAndFeeds adds an article page and a feed from a site on
// loopback, then answers from them with citations, lists them with their
// addresses and dates, refuses what is not an article, and removes one.
func TestAddArticlesAndFeeds(t *testing.T) {
	srv := newsSite(t)
	env := map[string]string{"PARLEY_DATA_DIR": t.TempDir(), "PARLEY_FETCH_ALLOW_PRIVATE": "true"}
	article := srv.URL + "/world/2017/02/14/envoys-agree-aid-corridor"

	code, out, errOut := runCLI(t, env, "", "add", "--json", article)
	var res struct {
		Added []struct {
			Source, Title string
			Date, URL     *string
			Lines         int
		} `json:"added"`
		Skipped []struct{ URL, Reason string } `json:"skipped"`
	}
	if err := json.Unmarshal([]byte(out), &res); code != 0 || err != nil || len(res.Added) != 1 {
		t.Fatalf("add: exit %d, %v\n%s\n%s", code, err, out, errOut)
	}
	a := res.Added[0]
	if !strings.HasPrefix(a.Source, "web-20170214-") || a.Date == nil || *a.Date != "2017-02-14" || a.URL == nil || *a.URL != article ||
		!strings.Contains(a.Title, "Aid Corridor") {
		t.Errorf("added %+v", a)
	}
	text, err := os.ReadFile(env["PARLEY_DATA_DIR"] + "/articles/" + a.Source)
	if err != nil {
		t.Fatal(err)
	}
	for _, clutter := range []string{"cookies", "ADVERTISEMENT", "Share on", "Related stories", "First!", "All rights reserved", "Subscribe"} {
		if strings.Contains(string(text), clutter) {
			t.Errorf("the article kept %q:\n%s", clutter, text)
		}
	}

	// Asked about, it is cited.
	code, out, _ = runCLI(t, env, "", "ask", "--json", "Where will the aid corridor go?")
	if code != 0 || !strings.Contains(out, "Madaya") || !strings.Contains(out, a.Source) {
		t.Errorf("ask: exit %d\n%s", code, out)
	}
	// The same page again, and through its feed: already there; the
	// feed's other article comes from the feed's own text.
	code, out, _ = runCLI(t, env, "", "add", "--json", article, srv.URL+"/feed.xml")
	if code != 0 || !strings.Contains(out, "already added") || !strings.Contains(out, "web-20170220-") {
		t.Errorf("add again: exit %d\n%s", code, out)
	}
	code, out, _ = runCLI(t, env, "", "who-said", "--json", "the guns were silent")
	if code != 0 || !strings.Contains(out, "Tarik Osei") {
		t.Errorf("who-said: exit %d\n%s", code, out)
	}
	// Not articles: refused with the reason, exit 1.
	code, out, _ = runCLI(t, env, "", "add", "--json", srv.URL+"/photo.jpg", srv.URL+"/drafts/secret", "ftp://example.com/x")
	if code != 1 || !strings.Contains(out, "image/jpeg") || !strings.Contains(out, "robots.txt") || !strings.Contains(out, "only http and https") {
		t.Errorf("add non-articles: exit %d\n%s", code, out)
	}
	// Listed with address and date; removed, it is gone.
	_, out, _ = runCLI(t, env, "", "sources", "--json")
	if !strings.Contains(out, `"url":"`+article+`"`) || !strings.Contains(out, `"date":"2017-02-14"`) {
		t.Errorf("sources:\n%s", out)
	}
	if code, _, errOut := runCLI(t, env, "", "remove", a.Source); code != 0 {
		t.Fatalf("remove: exit %d: %s", code, errOut)
	}
	if _, out, _ = runCLI(t, env, "", "sources", "--json"); strings.Contains(out, a.Source) {
		t.Errorf("removed, still listed:\n%s", out)
	}
	if code, _, _ := runCLI(t, env, "", "remove", "000_266e12b3a42cefa8.txt"); code != exitBadInput {
		t.Errorf("removing a built-in article: exit %d", code)
	}
}

// Without PARLEY_FETCH_ALLOW_PRIVATE, a loopback address is refused.
func TestAddRefusesPrivateAddresses(t *testing.T) {
	srv := newsSite(t)
	code, out, _ := runCLI(t, nil, "", "add", "--json", srv.URL+"/world/2017/02/14/envoys-agree-aid-corridor")
	if code != 1 || !strings.Contains(out, "private address") {
		t.Errorf("exit %d\n%s", code, out)
	}
}

// A running serve follows PARLEY_FEEDS and answers from what it adds.
func TestServeFollowsFeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a process")
	}
	srv := newsSite(t)
	fake := fakediscord.Start()
	defer fake.Close()
	bin := staticBinary(t)
	pub, key, _ := ed25519.GenerateKey(nil)
	addr := freeAddr(t)
	data := t.TempDir()
	cmd := exec.Command(bin, "serve")
	cmd.Env = cleanEnv("PARLEY_DATA_DIR="+data, "PARLEY_DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub),
		"PARLEY_INTERACTIONS_ADDR="+addr, "PARLEY_DISCORD_API_BASE="+fake.URL,
		"PARLEY_FEEDS="+srv.URL+"/feed.xml", "PARLEY_FETCH_ALLOW_PRIVATE=true", "PARLEY_FEED_INTERVAL=1h")
	var logs bytes.Buffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Signal(syscall.SIGTERM); cmd.Wait() }()
	// Wait until both feed items are indexed: the Sources listing of a
	// second process sharing the data dir shows them.
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, out, _ := runCLI(t, map[string]string{"PARLEY_DATA_DIR": data}, "", "sources", "--json")
		if strings.Count(out, `"source":"web-`) == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the feed's articles never arrived:\n%s\n%s", out, logs.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(1500 * time.Millisecond) // the watcher's debounce and the reindex
	body := `{"id":"77","application_id":"` + fakediscord.AppID + `","type":2,"token":"t77","version":1,"data":{"id":"c","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"Where will the aid corridor go?"}]}}`
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/interactions", strings.NewReader(body))
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(ts+body))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	edits := fake.WaitFor(func(c fakediscord.Call) bool {
		return c.Method == "PATCH" && strings.Contains(c.Path, "/t77/messages/@original")
	}, 1, 20*time.Second)
	if len(edits) == 0 || !strings.Contains(string(edits[len(edits)-1].Body), "Madaya") {
		t.Fatalf("no answer from the feed's article: %v\n%s", edits, logs.String())
	}
}

// freeAddr returns a loopback address with a free port.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}
