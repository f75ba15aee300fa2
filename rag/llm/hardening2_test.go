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

// Hardening round two, item 9: a reasoning model gets room for its hidden
// reasoning and low effort, and an empty reply falls back with its cause,
// never shown as an empty answer.
func TestItem9ReasoningModelsAnswer(t *testing.T) {
	fake := fakellm.New(fakellm.Reply{Content: ""})
	srv := httptest.NewServer(fake)
	defer srv.Close()
	eng, _, err := rag.Open(context.Background(), rag.Options{Corpus: corpus(t), CorpusName: "t",
		Generator: llm.New(llm.Config{BaseURL: srv.URL + "/v1", Model: "gpt-5-mini", MaxTokens: 400})})
	if err != nil {
		t.Fatal(err)
	}
	a, err := eng.Ask(context.Background(), question)
	if err != nil {
		t.Fatal(err)
	}
	r := fake.Requests()[0]
	if r.MaxCompletionTokens != 400+llm.ReasoningAllowance || r.ReasoningEffort != "low" || r.HasTemperature {
		t.Errorf("request: max_completion_tokens %d, reasoning_effort %q, temperature %v", r.MaxCompletionTokens, r.ReasoningEffort, r.HasTemperature)
	}
	if a.Mode != rag.ModeExtractive || a.Text == "" || a.Checked.Fallback != "the model's reply was empty" {
		t.Errorf("answer %+v", a)
	}
}
