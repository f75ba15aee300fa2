package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"debug/elf"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"github.com/parleybot/parley/rag/attrib"
	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/wordvec"
	"io"
	"math/rand"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/parleybot/parley/corpus"
	"github.com/parleybot/parley/internal/fakediscord"
	"github.com/parleybot/parley/rag"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// TestMain removes the binary staticBinary built, so that test runs do
// not leave 25 MB behind in the temporary folder each.
func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

// staticBinary builds parley as the Dockerfile does: CGO_ENABLED=0, -trimpath.
func staticBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "parley-bin-")
		if err != nil {
			buildErr = err
			return
		}
		os.Chmod(dir, 0o755)
		binPath = filepath.Join(dir, "parley")
		cmd := exec.Command("go", "build", "-trimpath", "-ldflags", "-s -w", "-o", binPath, ".")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// cleanEnv is an environment with nothing of the developer's in it.
func cleanEnv(extra ...string) []string {
	return append([]string{"PATH=/usr/bin:/bin"}, extra...)
}

func TestStaticBinaryRunsFromAnEmptyDirectory(t *testing.T) {
	bin := staticBinary(t)
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Error("the binary asks for a dynamic loader: not static")
		}
	}
	f.Close()
	st, _ := os.Stat(bin)
	t.Logf("static binary: %.1f MiB", float64(st.Size())/(1<<20))

	// An empty working directory nobody may write to, and one writable
	// data directory, as in the container.
	root, _ := os.MkdirTemp("", "parley-run-")
	defer os.RemoveAll(root)
	os.Chmod(root, 0o755)
	work := filepath.Join(root, "work")
	data := filepath.Join(root, "data")
	os.Mkdir(work, 0o555)
	os.Mkdir(data, 0o755)
	cmd := exec.Command(bin, "ask", "--json", "Who sponsored the Astana talks?")
	cmd.Dir = work
	cmd.Env = cleanEnv("PARLEY_DATA_DIR=" + data)
	if os.Geteuid() == 0 {
		// Root may write anywhere: run as nobody, who may write only to data.
		os.Chown(data, 65534, 65534)
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	}
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	var a rag.Answer
	if err := json.Unmarshal(out, &a); err != nil || a.Abstained || len(a.Citations) == 0 {
		t.Fatalf("answer %s (%v)", out, err)
	}
	if entries, _ := os.ReadDir(work); len(entries) != 0 {
		t.Errorf("wrote to the working directory: %v", entries)
	}
	if _, err := os.Stat(filepath.Join(data, "manifest.json")); err != nil {
		t.Errorf("no index in the data directory: %v", err)
	}
}

func freePort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func TestHealthCommandAgainstARunningParley(t *testing.T) {
	bin := staticBinary(t)
	addr := freePort(t)
	data := t.TempDir()
	// The console keeps running while its input stays open.
	run := exec.Command(bin)
	run.Env = cleanEnv("PARLEY_DATA_DIR="+data, "PARLEY_HTTP_ADDR="+addr)
	stdin, _ := run.StdinPipe()
	stderr, _ := run.StderrPipe()
	if err := run.Start(); err != nil {
		t.Fatal(err)
	}
	defer run.Process.Kill()
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if strings.Contains(sc.Text(), "serving /healthz") {
				close(ready)
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(20 * time.Second):
		t.Fatal("parley did not start serving")
	}
	health := exec.Command(bin, "health")
	health.Env = cleanEnv("PARLEY_HTTP_ADDR=" + addr)
	out, err := health.Output()
	if err != nil || !strings.Contains(string(out), `"status":"ok"`) || !strings.Contains(string(out), `"chunks":25`) {
		t.Errorf("parley health: %v: %s", err, out)
	}
	stdin.Close()
	done := make(chan error, 1)
	go func() { done <- run.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("console exit: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("console did not end at EOF")
	}
	// Nothing is listening any more: health fails.
	health = exec.Command(bin, "health")
	health.Env = cleanEnv("PARLEY_HTTP_ADDR=" + addr)
	if err := health.Run(); err == nil {
		t.Error("parley health passed with nothing running")
	}
}

// bigCorpus writes n articles made of the built-in articles' lines, so that
// indexing takes long enough to be killed part way.
func bigCorpus(t *testing.T, n int) string {
	var lines []string
	files, _ := filepath.Glob("../../corpus/*.txt")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		for _, l := range strings.Split(string(data), "\n") {
			if len(strings.TrimSpace(l)) > 40 {
				lines = append(lines, l)
			}
		}
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < n; i++ {
		var b strings.Builder
		for j := 0; j < 10; j++ {
			fmt.Fprintf(&b, "%s (%d.%d)\n\n", lines[rng.Intn(len(lines))], i, j)
		}
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d.txt", i)), []byte(b.String()), 0o644)
	}
	return dir
}

// TestCrashSafety kills a real `parley index` at random points (6 times, 20 with PARLEY_SOAK=1),
// and checks after each kill that the next start either loads a whole
// index or rebuilds one: never a half-written one. Even rounds rebuild the
// whole index (--force); odd ones add an article first, so the process
// killed is an incremental update.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and kills processes")
	}
	bin := staticBinary(t)
	corpusDir := bigCorpus(t, 600)
	data := t.TempDir()
	env := cleanEnv("PARLEY_DATA_DIR="+data, "PARLEY_CORPUS_DIR="+corpusDir)

	// How long a whole index build takes here.
	start := time.Now()
	if out, err := (&exec.Cmd{Path: bin, Args: []string{bin, "index"}, Env: env}).CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	full := time.Since(start)
	// And how long adding one article takes.
	addArticle := func(n int) {
		text := fmt.Sprintf("Added Article %d\n\nThe envoys met again on day %d, and \"the talks go on,\" Jane Doe said.\n", n, n)
		if err := os.WriteFile(filepath.Join(corpusDir, fmt.Sprintf("added-%03d.txt", n)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	addArticle(0)
	start = time.Now()
	if out, err := (&exec.Cmd{Path: bin, Args: []string{bin, "index"}, Env: env}).CombinedOutput(); err != nil || !strings.Contains(string(out), "0 chunks embedded") && !strings.Contains(string(out), "1 chunks embedded") {
		t.Fatalf("adding one article: %v: %s", err, out)
	}
	update := time.Since(start)
	os.RemoveAll(data)
	os.Mkdir(data, 0o755)

	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	counts := map[string]int{}
	for round := 0; round < rounds(6, 20); round++ {
		args, took := []string{"index", "--force"}, full
		if round%2 == 1 {
			addArticle(round)
			args, took = []string{"index"}, update
		}
		docs, err := document.LoadCorpus(os.DirFS(corpusDir), corpusDir)
		if err != nil {
			t.Fatal(err)
		}
		before, _ := os.ReadFile(filepath.Join(data, "manifest.json"))
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Half the kills anywhere, half near the end, where the snapshot is
		// written and swapped in.
		at := time.Duration(rng.Int63n(int64(took) * 12 / 10))
		if rng.Intn(2) == 1 {
			at = took*3/4 + time.Duration(rng.Int63n(int64(took)/2))
		}
		time.Sleep(at)
		cmd.Process.Signal(syscall.SIGKILL)
		err = cmd.Wait()
		finished := err == nil
		after, _ := os.ReadFile(filepath.Join(data, "manifest.json"))

		// The next start: load or rebuild, and the result must be whole.
		ix, info, err := index.LoadOrBuild(context.Background(), docs, index.Options{DataDir: data, WordVectors: vectors(t)})
		if err != nil {
			t.Fatalf("round %d: next start failed: %v", round, err)
		}
		if len(ix.Chunks()) == 0 || info.Chunks != len(ix.Chunks()) {
			t.Fatalf("round %d: %d chunks", round, len(ix.Chunks()))
		}
		ms, err := attrib.New(ix, nil, nil).WhoSaid(context.Background(), "There have been many ups and downs in this process")
		if err != nil || len(ms) == 0 {
			t.Fatalf("round %d: the index does not answer: %v", round, err)
		}
		switch {
		case finished:
			counts["killed after it finished"]++
		case info.Rebuilt:
			counts["killed before any index was saved: rebuilt"]++
		case string(before) != string(after):
			counts["killed after the new index was swapped in: loaded the new one"]++
		default:
			counts["killed mid-build: loaded the old index"]++
		}
		if !info.Rebuilt && info.Reason != "loaded" {
			t.Errorf("round %d: %+v", round, info)
		}
	}
	t.Logf("a full index build takes %s, adding an article %s; kills: %v", full.Round(time.Millisecond), update.Round(time.Millisecond), counts)
	entries, _ := os.ReadDir(data)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	t.Logf("data dir after the last start: %v", names)
}

// Hardening item 1: processes sharing a data dir take turns. 20 `ask` and
// an `index` at once on a fresh dir, 10 rounds: no error, identical
// answers, and a whole index afterwards that the next start loads without
// rebuilding.
func TestItem1ConcurrentProcessesShareDataDir(t *testing.T) {
	if testing.Short() {
		t.Skip("starts 210 processes")
	}
	bin := staticBinary(t)
	docs, err := document.LoadCorpus(corpus.FS(), corpus.Name)
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < rounds(3, 10); round++ {
		data := t.TempDir()
		env := cleanEnv("PARLEY_DATA_DIR=" + data)
		type result struct {
			out  string
			err  error
			args []string
		}
		results := make(chan result, 21)
		run := func(args ...string) {
			cmd := exec.Command(bin, args...)
			cmd.Env = env
			out, err := cmd.Output()
			results <- result{string(out), err, args}
		}
		for k := 0; k < 20; k++ {
			go run("ask", "--json", "Who sponsored the Astana talks?")
		}
		go run("index")
		var answers []string
		for k := 0; k < 21; k++ {
			r := <-results
			if r.err != nil {
				t.Fatalf("round %d: %v: %v %s", round, r.args, r.err, r.out)
			}
			if r.args[0] == "ask" {
				answers = append(answers, r.out)
			}
		}
		for _, a := range answers[1:] {
			if a != answers[0] {
				t.Fatalf("round %d: answers differ:\n%s\n%s", round, answers[0], a)
			}
		}
		_, info, err := index.LoadOrBuild(context.Background(), docs, index.Options{DataDir: data, WordVectors: vectors(t)})
		if err != nil || info.Rebuilt {
			t.Fatalf("round %d: the next start rebuilt (%s), err %v", round, info.Reason, err)
		}
	}
}

// With PARLEY_DISCORD_PUBLIC_KEY and PARLEY_INTERACTIONS_ADDR and no token,
// `parley serve` runs HTTP-only: it answers a signed PING and a signed
// /help, refuses an unsigned request, and stops cleanly on SIGTERM. Its
// /healthz (hardening round two, item 8) reports the endpoint listening,
// the requests it served, and the gateway off by choice.
func TestServeHTTPOnlyItem8(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a process")
	}
	bin := staticBinary(t)
	pub, key, _ := ed25519.GenerateKey(nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	hl, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	healthAddr := hl.Addr().String()
	hl.Close()
	cmd := exec.Command(bin, "serve")
	cmd.Env = cleanEnv("PARLEY_DATA_DIR="+t.TempDir(), "PARLEY_DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub),
		"PARLEY_INTERACTIONS_ADDR="+addr, "PARLEY_DISCORD_API_BASE=http://127.0.0.1:1", "PARLEY_HTTP_ADDR="+healthAddr)
	var logs bytes.Buffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	post := func(body string, sign bool) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/interactions", strings.NewReader(body))
		if sign {
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			req.Header.Set("X-Signature-Timestamp", ts)
			req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, []byte(ts+body))))
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, err.Error()
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	var code int
	var body string
	for k := 0; k < 100; k++ { // wait for the index and the listener
		if code, body = post(`{"id":"1","type":1,"token":"t"}`, true); code != 0 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if code != 200 || strings.TrimSpace(body) != `{"type":1}` {
		t.Fatalf("PING: %d %s\n%s", code, body, logs.String())
	}
	if code, _ := post(`{"id":"2","type":1,"token":"t"}`, false); code != 401 {
		t.Errorf("unsigned: %d", code)
	}
	help := `{"id":"3","application_id":"100000000000000002","type":2,"token":"t3","version":1,"data":{"id":"c","name":"help","type":1}}`
	if code, body := post(help, true); code != 200 || !strings.Contains(body, `"type":4`) || !strings.Contains(body, "Parley") {
		t.Errorf("/help: %d %s", code, body)
	}
	// The health listener starts beside the interactions one, not
	// before it: on a loaded machine it may come up a moment later.
	var resp *http.Response
	for k := 0; k < 50; k++ {
		if resp, err = http.Get("http://" + healthAddr + "/healthz"); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	var health struct {
		Status  string `json:"status"`
		Discord struct {
			Configured   bool   `json:"configured"`
			Gateway      string `json:"gateway"`
			Interactions struct {
				Listening bool  `json:"listening"`
				Requests  int64 `json:"requests"`
			} `json:"interactions"`
		} `json:"discord"`
	}
	json.NewDecoder(resp.Body).Decode(&health)
	resp.Body.Close()
	if d := health.Discord; resp.StatusCode != 200 || health.Status != "ok" || !d.Configured || d.Gateway != "off" || !d.Interactions.Listening || d.Interactions.Requests < 3 {
		t.Errorf("/healthz %d: %+v", resp.StatusCode, health)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit: %v\n%s", err, logs.String())
	}
}

// PARLEY_DISCORD_SHARD_COUNT=auto runs the shards Discord recommends in
// one process, each identifying with its [id, count].
func TestServeAutoShards(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a process")
	}
	bin := staticBinary(t)
	fake := fakediscord.Start()
	defer fake.Close()
	fake.SetRecommendedShards(2)
	cmd := exec.Command(bin, "serve")
	cmd.Env = cleanEnv("PARLEY_DATA_DIR="+t.TempDir(), "PARLEY_DISCORD_TOKEN=fake-token",
		"PARLEY_DISCORD_API_BASE="+fake.URL, "PARLEY_DISCORD_SHARD_COUNT=auto")
	var logs bytes.Buffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	shards, err := fake.WaitShards(2, 20*time.Second)
	if err != nil {
		t.Fatalf("%v\n%s", err, logs.String())
	}
	for id, sh := range shards {
		if sh != [2]int{id, 2} {
			t.Errorf("shard %d identified as %v", id, sh)
		}
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit: %v\n%s", err, logs.String())
	}
}

// vectors gives the word vectors as the engine does, so an index the
// parley binary saved loads as it is.
func vectors(t testing.TB) func() *wordvec.Table {
	vec, err := wordvec.Load()
	if err != nil {
		t.Fatal(err)
	}
	return func() *wordvec.Table { return vec }
}

// rounds is how many rounds a process test plays: quick by default, the
// long soak with PARLEY_SOAK=1 (see the README's "How it is tested").
func rounds(quick, soak int) int {
	if os.Getenv("PARLEY_SOAK") != "" {
		return soak
	}
	return quick
}
