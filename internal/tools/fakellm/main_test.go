package main

import (
	"strings"
	"testing"
)

// Hardening item 24: the fake LLM takes an address, and port 0 means any.
func TestItem24ListenAnyPort(t *testing.T) {
	ln, base, err := listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	if strings.HasSuffix(base, ":0/v1") || !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Errorf("base %q", base)
	}
}
