package fakediscord

import (
	"net/http"
	"strings"
	"testing"
)

// Hardening item 24: the fake Discord takes an address, and port 0 means
// any free port.
func TestItem24StartAtAnyPort(t *testing.T) {
	s, err := StartAt("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if strings.HasSuffix(s.URL, ":0") {
		t.Fatalf("URL %s", s.URL)
	}
	resp, err := http.Get(s.URL + "/api/v9/gateway")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("status %d", resp.StatusCode)
	}
	if _, err := StartAt("not an address"); err == nil {
		t.Error("a bad address was accepted")
	}
}
