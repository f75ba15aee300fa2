package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/parleybot/parley/internal/fakediscord"
)

// portOf is the port of a free loopback address from freePort.
func portOf(t *testing.T) int {
	t.Helper()
	_, p, _ := net.SplitHostPort(freePort(t))
	n, _ := strconv.Atoi(p)
	return n
}

// replica is one `parley serve` behind the balancer.
type replica struct {
	port int
	cmd  *exec.Cmd
	logs *bytes.Buffer
}

func startReplica(t *testing.T, bin string, env []string, port int) *replica {
	t.Helper()
	cmd := exec.Command(bin, "serve")
	cmd.Env = append(append([]string{}, env...), "PARLEY_INTERACTIONS_ADDR=127.0.0.1:"+strconv.Itoa(port))
	var logs bytes.Buffer
	cmd.Stderr = &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return &replica{port: port, cmd: cmd, logs: &logs}
}

// Three stateless replicas behind nginx (Debian's, started by the test on
// loopback, never as a service) answer Discord's signed interactions:
// every one is acknowledged within 3 s and answered, also while each
// replica in turn is restarted; bad requests get their statuses and the
// replicas stay up.
func TestReplicasBehindNginx(t *testing.T) {
	if testing.Short() {
		t.Skip("runs nginx and three replicas")
	}
	nginx, err := exec.LookPath("nginx")
	if err != nil {
		if _, err2 := os.Stat("/usr/sbin/nginx"); err2 != nil {
			t.Skip("nginx is not installed (.ci/run installs Debian's nginx-light); skipping the replicas scenario")
		}
		nginx = "/usr/sbin/nginx"
	}
	bin := staticBinary(t)
	fake := fakediscord.Start()
	defer fake.Close()
	pub, key, _ := ed25519.GenerateKey(nil)
	data := t.TempDir() // one data dir for all three: the lock keeps them apart
	env := cleanEnv("PARLEY_DATA_DIR="+data, "PARLEY_DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub),
		"PARLEY_DISCORD_API_BASE="+fake.URL, "PARLEY_SHUTDOWN_GRACE=5s", "PARLEY_DISCORD_RATE=600")
	var replicas []*replica
	for k := 0; k < 3; k++ {
		replicas = append(replicas, startReplica(t, bin, env, portOf(t)))
	}
	defer func() {
		for _, r := range replicas {
			r.cmd.Process.Kill()
			r.cmd.Wait()
		}
	}()

	// nginx on loopback, in a temporary folder.
	dir := t.TempDir()
	lbPort := portOf(t)
	var upstream strings.Builder
	for _, r := range replicas {
		fmt.Fprintf(&upstream, "    server 127.0.0.1:%d max_fails=0;\n", r.port)
	}
	conf := fmt.Sprintf(`worker_processes 1;
daemon off;
pid %[1]s/nginx.pid;
error_log %[1]s/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_buffer_size 256k;
  client_body_temp_path %[1]s/body;
  proxy_temp_path %[1]s/proxy;
  fastcgi_temp_path %[1]s/fastcgi;
  uwsgi_temp_path %[1]s/uwsgi;
  scgi_temp_path %[1]s/scgi;
  upstream parley {
%[2]s  }
  server {
    listen 127.0.0.1:%[3]d;
    location / {
      proxy_pass http://parley;
      # A replica that is down or draining (503) passes the interaction on;
      # a slow one does not, so no interaction is answered twice.
      proxy_next_upstream error http_502 http_503 non_idempotent;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 1s;
      proxy_read_timeout 5s;
    }
  }
}
`, dir, upstream.String(), lbPort)
	confPath := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(confPath, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	lb := exec.Command(nginx, "-c", confPath, "-p", dir, "-e", filepath.Join(dir, "error.log"))
	var lbLogs bytes.Buffer
	lb.Stderr = &lbLogs
	if err := lb.Start(); err != nil {
		t.Fatalf("starting nginx: %v", err)
	}
	defer func() { lb.Process.Signal(syscall.SIGQUIT); lb.Wait() }()
	url := fmt.Sprintf("http://127.0.0.1:%d/interactions", lbPort)

	client := &http.Client{Timeout: 10 * time.Second}
	post := func(body []byte, ts time.Time, sign bool) (int, []byte, time.Duration) {
		req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		stamp := strconv.FormatInt(ts.Unix(), 10)
		if sign {
			req.Header.Set("X-Signature-Timestamp", stamp)
			req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(stamp), body...))))
		}
		start := time.Now()
		resp, err := client.Do(req)
		if err != nil {
			return 0, nil, time.Since(start)
		}
		defer resp.Body.Close()
		out, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, out, time.Since(start)
	}
	// Wait until every replica answers (each loads the index).
	for _, r := range replicas {
		waitReplica(t, r, key)
	}

	questions := []string{"Who sponsored the Astana talks?", "What is the ISSG?", "Who is the president of the Syrian National Council?"}
	run := func(name string, first, n int, during func(k int)) {
		var mu sync.Mutex
		var lat []time.Duration
		late, failed := 0, 0
		var wg sync.WaitGroup
		sem := make(chan struct{}, 10)
		for k := 0; k < n; k++ {
			if during != nil {
				during(k)
			}
			id := strconv.Itoa(first + k)
			ev := fakediscord.Command(id, "ask", strconv.Itoa(500000000000000000+first+k), 0, fakediscord.Option{Name: "question", Value: questions[k%len(questions)]})
			body, _ := json.Marshal(ev)
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				code, out, took := post(body, time.Now(), true)
				mu.Lock()
				defer mu.Unlock()
				lat = append(lat, took)
				switch {
				case code != 200 || !bytes.Contains(out, []byte(`"type":5`)):
					if failed < 3 {
						t.Logf("%s: interaction %s got %d %s", name, id, code, string(out[:min(len(out), 200)]))
					}
					failed++
				case took > 3*time.Second:
					late++
				}
			}()
		}
		wg.Wait()
		// Every acknowledged interaction gets its answer edited in.
		lost := 0
		deadline := time.Now().Add(30 * time.Second)
		for k := 0; k < n; k++ {
			path := fmt.Sprintf("/webhooks/%s/token-%d/messages/@original", fakediscord.AppID, first+k)
			got := fake.WaitFor(func(c fakediscord.Call) bool { return c.Method == "PATCH" && c.Path == "/api/v9"+path }, 1, time.Until(deadline))
			if len(got) == 0 || bytes.Contains(got[len(got)-1].Body, []byte("restarting")) {
				lost++
			}
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		p := func(q float64) time.Duration { return lat[int(q*float64(len(lat)-1))] }
		t.Logf("%s: %d interactions: not acknowledged %d, acknowledged after 3 s %d, not answered %d; HTTP p50 %s, p99 %s",
			name, n, failed, late, lost, p(0.5).Round(time.Millisecond), p(0.99).Round(time.Millisecond))
		if failed+late+lost > 0 {
			errLog, _ := os.ReadFile(filepath.Join(dir, "error.log"))
			t.Errorf("%s: %d not acknowledged, %d late, %d not answered; nginx says:\n%s", name, failed, late, lost, lastLines(string(errLog), 5))
		}
	}
	run("steady", 100000, 300, nil)
	run("rolling restart", 200000, 300, func(k int) {
		if k%100 != 50 {
			return
		}
		r := replicas[k/100]
		r.cmd.Process.Signal(syscall.SIGTERM)
		r.cmd.Wait()
		replicas[k/100] = startReplica(t, bin, env, r.port)
		waitReplica(t, replicas[k/100], key)
	})

	// Bad requests, 1,000 of them, through the balancer.
	good, _ := json.Marshal(fakediscord.Command("300000", "help", "400000000000000001", 0))
	kinds := []struct {
		name string
		body []byte
		ts   time.Time
		sign bool
		want int
	}{
		{"unsigned", good, time.Now(), false, 401},
		{"wrongly signed", nil, time.Now(), true, 401},
		{"replayed, old timestamp", good, time.Now().Add(-time.Hour), true, 401},
		{"oversized", bytes.Repeat([]byte("x"), 70<<10), time.Now(), true, 413},
		{"truncated JSON", good[:len(good)/2], time.Now(), true, 400},
		{"unknown type", []byte(`{"id":"9","type":42,"token":"t"}`), time.Now(), true, 400},
	}
	counts := map[string]map[int]int{}
	for k := 0; k < 1000; k++ {
		kd := kinds[k%len(kinds)]
		var code int
		if kd.name == "wrongly signed" {
			_, other, _ := ed25519.GenerateKey(nil)
			req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(good))
			stamp := strconv.FormatInt(time.Now().Unix(), 10)
			req.Header.Set("X-Signature-Timestamp", stamp)
			req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(other, append([]byte(stamp), good...))))
			if resp, err := client.Do(req); err == nil {
				code = resp.StatusCode
				resp.Body.Close()
			}
		} else {
			code, _, _ = post(kd.body, kd.ts, kd.sign)
		}
		if counts[kd.name] == nil {
			counts[kd.name] = map[int]int{}
		}
		counts[kd.name][code]++
		if code != kd.want {
			t.Fatalf("%s: status %d, want %d", kd.name, code, kd.want)
		}
	}
	t.Logf("bad requests by kind and status: %v", counts)
	for _, r := range replicas {
		waitReplica(t, r, key) // still up
	}
}

// waitReplica waits until a replica answers a signed PING directly.
func waitReplica(t *testing.T, r *replica, key ed25519.PrivateKey) {
	t.Helper()
	body := []byte(`{"id":"0","type":1,"token":"t"}`)
	for k := 0; k < 200; k++ {
		req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("http://127.0.0.1:%d/interactions", r.port), bytes.NewReader(body))
		stamp := strconv.FormatInt(time.Now().Unix(), 10)
		req.Header.Set("X-Signature-Timestamp", stamp)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(stamp), body...))))
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("replica on %d did not come up:\n%s", r.port, r.logs.String())
}

// lastLines returns the last n lines of s.
func lastLines(s string, n int) string {
	ls := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(ls[max(0, len(ls)-n):], "\n")
}
