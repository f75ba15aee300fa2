// Command fakellm runs internal/fakellm on loopback, for trying Parley's LLM
// mode without a model:
//
//	go run ./internal/tools/fakellm --addr 127.0.0.1:8089 --mode echo
//	PARLEY_LLM_BASE_URL=http://127.0.0.1:8089/v1 go run ./cmd/parley ask "…"
//
// With --addr 127.0.0.1:0 (the default) it takes any free port and prints
// the base URL to use.
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/parleybot/parley/internal/fakellm"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "address to listen on (loopback; port 0: any free port)")
	mode := flag.String("mode", "echo", "echo (cite passage [1]) | 500 | 429 | stall | cut | malformed | uncited")
	flag.Parse()
	var rep fakellm.Reply
	switch *mode {
	case "echo":
		rep = fakellm.Reply{Echo: true}
	case "500":
		rep = fakellm.Reply{Status: 500}
	case "429":
		rep = fakellm.Reply{Status: 429, RetryAfter: "1"}
	case "stall":
		rep = fakellm.Reply{Stall: time.Hour}
	case "cut":
		rep = fakellm.Reply{Echo: true, CutStream: true}
	case "malformed":
		rep = fakellm.Reply{Malformed: true}
	case "uncited":
		rep = fakellm.Reply{Content: "The talks went well."}
	default:
		fmt.Fprintf(os.Stderr, "fakellm: unknown mode %q\n", *mode)
		os.Exit(2)
	}
	ln, base, err := listen(*addr)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("fake OpenAI-compatible server: PARLEY_LLM_BASE_URL=%s (mode %s)", base, *mode)
	log.Fatal(http.Serve(ln, fakellm.New(rep)))
}

// listen opens addr and returns the base URL a client uses; port 0 takes
// any free port.
func listen(addr string) (net.Listener, string, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, "", fmt.Errorf("listening on %s: %w", addr, err)
	}
	return ln, "http://" + ln.Addr().String() + "/v1", nil
}
