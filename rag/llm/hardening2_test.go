package llm_test

import (
	"bytes"
	"context"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/parleybot/parley/internal/fakellm"
	"github.com/parleybot/parley/rag"
	"github.com/parleybot/parley/rag/llm"
)

// Hardening round two, item 10: a stalled LLM is logged as a timeout, not
// as a server that could not be reached, and a question with no request
// ID logs no empty request_id.
func TestItem10StallLoggedAsTimeout(t *testing.T) {
	srv := httptest.NewServer(fakellm.New(fakellm.Reply{Content: "x [1]", Stall: 5 * time.Second}))
	defer srv.Close()
	var logs bytes.Buffer
	eng, _, err := rag.Open(context.Background(), rag.Options{Corpus: corpus(t), CorpusName: "t",
		Generator: llm.New(llm.Config{BaseURL: srv.URL + "/v1", Model: "m"}), LLMTimeout: 300 * time.Millisecond,
		Log: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	a, err := eng.Ask(context.Background(), question)
	if err != nil || a.Checked.Fallback == "" {
		t.Fatalf("answer %+v, %v", a, err)
	}
	log := logs.String()
	if !strings.Contains(log, "did not answer in time") || strings.Contains(log, "could not be reached") {
		t.Errorf("log says:\n%s", log)
	}
	if strings.Contains(log, `request_id=""`) {
		t.Errorf("an empty request_id in:\n%s", log)
	}
}
