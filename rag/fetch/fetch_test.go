package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// site is a fake news site on loopback: an article, a feed, a slow page, a
// huge one, an image, redirect loops, a robots.txt, and a page that counts
// how many requests it serves at once.
func site(t *testing.T) *httptest.Server {
	t.Helper()
	var inFlight, most atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\nAllow: /private/open\n\nUser-agent: OtherBot\nDisallow: /\n")
	})
	mux.HandleFunc("/news/article", func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.UserAgent(), "Parley") {
			http.Error(w, "who are you?", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, "<html><head><title>Talks</title></head><body><p>The talks resumed.</p></body></html>")
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title></channel></rss>`)
	})
	mux.HandleFunc("/private/secret", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "secret") })
	mux.HandleFunc("/private/open", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "open")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>padding</p>", 1000))
		for i := 0; i < 200 && r.Context().Err() == nil; i++ {
			w.Write(chunk)
		}
	})
	mux.HandleFunc("/image.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte{0x89, 'P', 'N', 'G'})
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/to-file", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})
	mux.HandleFunc("/one-at-a-time", func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(50 * time.Millisecond)
		inFlight.Add(-1)
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, most.Load())
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestGetsWhatParleyReads(t *testing.T) {
	srv := site(t)
	c := New(Options{AllowPrivate: true, UserAgent: "Parley/test"})
	ctx := context.Background()
	tests := []struct {
		path string
		kind Kind
		want string // in the error; "" for success
	}{
		{"/news/article", HTML, ""},
		{"/feed.xml", Feed, ""},
		{"/private/open", Text, ""},
		{"/private/secret", "", "robots.txt does not allow"},
		{"/image.png", "", "content type is image/png"},
		{"/huge", "", "larger than 100000 bytes"},
		{"/loop", "", "redirects too often"},
		{"/to-file", "", "redirects too often or to an address that is not http"},
		{"/missing", "", "404"},
	}
	c.opt.MaxBytes = 100000
	for _, tt := range tests {
		p, err := c.Get(ctx, srv.URL+tt.path)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.path, err)
		case tt.want == "" && p.Kind != tt.kind:
			t.Errorf("%s: kind %q, want %q", tt.path, p.Kind, tt.kind)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: error %v, want one saying %q", tt.path, err, tt.want)
		}
	}
	for _, bad := range []string{"ftp://example.com/x", "file:///etc/passwd", "not a url", "javascript:alert(1)"} {
		if _, err := c.Get(ctx, bad); err == nil {
			t.Errorf("%q fetched", bad)
		}
	}
}

func TestTimeout(t *testing.T) {
	srv := site(t)
	c := New(Options{AllowPrivate: true, Timeout: 200 * time.Millisecond})
	start := time.Now()
	_, err := c.Get(context.Background(), srv.URL+"/slow")
	if err == nil || !strings.Contains(err.Error(), "did not answer within") {
		t.Errorf("error %v", err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("took %s with a 200 ms timeout", took)
	}
}

// Without AllowPrivate, loopback is refused when the connection is made,
// whatever the address says: by IP, by name, or through a redirect.
func TestPrivateAddressesRefused(t *testing.T) {
	srv := site(t)
	c := New(Options{})
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	for _, u := range []string{srv.URL + "/news/article", "http://localhost" + port + "/news/article", "http://[::1]" + port + "/x"} {
		_, err := c.Get(context.Background(), u)
		var fe *Error
		if !errors.As(err, &fe) || !strings.Contains(err.Error(), "loopback or private address") {
			t.Errorf("%s: %v", u, err)
		}
	}
	for _, ip := range []string{"127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.169.254", "0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fc00::1", "224.0.0.1"} {
		if public(parseIP(t, ip)) {
			t.Errorf("%s taken for public", ip)
		}
	}
	for _, ip := range []string{"93.184.216.34", "2606:2800:220:1::1", "8.8.8.8"} {
		if !public(parseIP(t, ip)) {
			t.Errorf("%s taken for private", ip)
		}
	}
}

func TestOneRequestPerHost(t *testing.T) {
	srv := site(t)
	c := New(Options{AllowPrivate: true})
	done := make(chan string, 4)
	for i := 0; i < 4; i++ {
		go func() {
			p, err := c.Get(context.Background(), srv.URL+"/one-at-a-time")
			if err != nil {
				done <- err.Error()
				return
			}
			done <- string(p.Body)
		}()
	}
	for i := 0; i < 4; i++ {
		if got := <-done; got != "1" {
			t.Errorf("the site saw %s requests at once", got)
		}
	}
}

func TestRobotsRules(t *testing.T) {
	r := parseRobots([]byte("# comment\nUser-agent: Googlebot\nDisallow: /\n\nUser-agent: Parley\nUser-agent: other\nDisallow: /drafts/\nAllow: /drafts/public$\nDisallow: /*.pdf$\n\nUser-agent: *\nDisallow: /everything\n"), robotsAgent)
	for path, want := range map[string]bool{"/": true, "/news/1": true, "/drafts/x": false, "/drafts/public": true, "/drafts/public/x": false, "/a/b.pdf": false, "/a/b.pdf.html": true, "/everything": true} {
		if got := r.allows(path); got != want {
			t.Errorf("%s: allowed %v, want %v", path, got, want)
		}
	}
	if !parseRobots(nil, robotsAgent).allows("/x") || !parseRobots([]byte("User-agent: *\nDisallow:\n"), robotsAgent).allows("/x") {
		t.Error("an empty robots.txt, or an empty Disallow, should allow everything")
	}
}

func parseIP(t *testing.T, s string) net.IP {
	t.Helper()
	ip := net.ParseIP(s)
	if ip == nil {
		t.Fatalf("bad IP %s", s)
	}
	return ip
}

// Bad input from the web gets a clear message: a dead host, a server
// error, a PDF.
func TestBadResponsesSaySo(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/500", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", http.StatusInternalServerError) })
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	dead := httptest.NewServer(mux)
	deadURL := dead.URL
	dead.Close()
	c := New(Options{AllowPrivate: true, Timeout: 2 * time.Second})
	for u, want := range map[string]string{
		srv.URL + "/500":        "500 Internal Server Error",
		srv.URL + "/report.pdf": "content type is application/pdf",
		deadURL + "/news":       "could not be reached",
	} {
		if _, err := c.Get(context.Background(), u); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want it to say %q", u, err, want)
		}
	}
}
