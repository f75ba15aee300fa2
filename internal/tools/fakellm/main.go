// Command fakellm runs internal/fakellm on loopback, for trying Parley's LLM
// mode without a model:
//
//	go run ./internal/tools/fakellm --addr 127.0.0.1:8089 --mode echo
//	PARLEY_LLM_BASE_URL=http://127.0.0.1:8089/v1 go run ./cmd/parley ask "…"
package main

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/parleybot/parley/internal/fakellm"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8089", "address to listen on (loopback)")
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
	log.Printf("fake OpenAI-compatible server on http://%s/v1 (mode %s)", *addr, *mode)
	log.Fatal(http.ListenAndServe(*addr, fakellm.New(rep)))
}
