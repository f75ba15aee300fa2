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

// engineWith opens an engine on the fake with the client config given and
// a log kept in a buffer.
func engineWith(t *testing.T, fake *fakellm.Server, cfg llm.Config) (*rag.Engine, *bytes.Buffer) {
	t.Helper()
	srv := httptest.NewServer(fake)
	t.Cleanup(srv.Close)
	cfg.BaseURL = srv.URL + "/v1"
	if cfg.MaxTokens == 0 {
		cfg.MaxTokens = 300
	}
	var logs bytes.Buffer
	eng, _, err := rag.Open(context.Background(), rag.Options{Corpus: corpus(t), CorpusName: "test",
		Generator: llm.New(cfg), LLMTimeout: 5 * time.Second, Log: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return eng, &logs
}

// Hardening item 13: reasoning models get max_completion_tokens and no
// temperature, chosen by family; others keep max_tokens; a setting
// overrides the choice.
func TestItem13ReasoningModels(t *testing.T) {
	tests := []struct {
		model, param         string
		completion, withTemp bool
	}{
		{"o4-mini", "", true, false},
		{"gpt-5-mini", "", true, false},
		{"openai/o3", "", true, false},
		{"gpt-4o-mini", "", false, true},
		{"llama3.2", "", false, true},
		{"my-reasoner", "max_completion_tokens", true, false},
		{"llama-reasoner", "max_tokens", false, true},
	}
	for _, tt := range tests {
		fake := fakellm.New(fakellm.Reply{Echo: true})
		eng, logs := engineWith(t, fake, llm.Config{Model: tt.model, TokenParam: tt.param})
		a, _ := eng.Ask(context.Background(), question)
		if a.Mode != rag.ModeLLM {
			t.Errorf("%s: mode %s, log %s", tt.model, a.Mode, logs)
			continue
		}
		r := fake.Requests()[0]
		if tt.completion && (r.MaxCompletionTokens != 300+llm.ReasoningAllowance || r.MaxTokens != 0) || !tt.completion && (r.MaxTokens != 300 || r.MaxCompletionTokens != 0) {
			t.Errorf("%s (%q): max_tokens %d, max_completion_tokens %d", tt.model, tt.param, r.MaxTokens, r.MaxCompletionTokens)
		}
		if r.HasTemperature != tt.withTemp {
			t.Errorf("%s: temperature sent %v", tt.model, r.HasTemperature)
		}
	}
}

// Hardening item 14: every fallback is logged at WARN with the request ID
// and its cause.
func TestItem14FallbackCauseLogged(t *testing.T) {
	for _, tt := range []struct {
		name  string
		reply fakellm.Reply
		cause string
	}{
		{"500", fakellm.Reply{Status: 500}, "HTTP 500"},
		{"malformed", fakellm.Reply{Malformed: true}, "malformed"},
		{"uncited", fakellm.Reply{Content: "The talks went well."}, "cited no passage"},
	} {
		eng, logs := engineWith(t, fakellm.New(tt.reply), llm.Config{Model: "m", Attempts: 1})
		a, _ := eng.Ask(rag.WithRequestID(context.Background(), "req-42"), question)
		if a.Mode != rag.ModeExtractive {
			t.Fatalf("%s: mode %s", tt.name, a.Mode)
		}
		l := logs.String()
		if !strings.Contains(l, "level=WARN") || !strings.Contains(l, "request_id=req-42") || !strings.Contains(l, tt.cause) {
			t.Errorf("%s: log %s", tt.name, l)
		}
	}
}

// Hardening item 16: a server whose template refuses the system role gets
// the rules in the user turn when so configured, and without that setting
// the log says what to set.
func TestItem16SystemRoleInUserTurn(t *testing.T) {
	fake := fakellm.New(fakellm.Reply{Echo: true, RejectSystem: true})
	eng, _ := engineWith(t, fake, llm.Config{Model: "gemma", SystemRole: "user"})
	a, _ := eng.Ask(context.Background(), question)
	msgs := fake.Requests()[0].Messages
	if a.Mode != rag.ModeLLM || len(msgs) != 1 || msgs[0].Role != "user" || !strings.Contains(msgs[0].Content, "Rules:") {
		t.Errorf("answer %+v, messages %+v", a, msgs)
	}
	eng, logs := engineWith(t, fakellm.New(fakellm.Reply{Echo: true, RejectSystem: true}), llm.Config{Model: "gemma", Attempts: 1})
	a, _ = eng.Ask(context.Background(), question)
	if a.Mode != rag.ModeExtractive || !strings.Contains(logs.String(), "PARLEY_LLM_SYSTEM_ROLE=user") {
		t.Errorf("mode %s, log %s", a.Mode, logs)
	}
}

// Hardening items 15 and 17: the server's models are listed, with their
// context windows where the server gives them.
func TestItem15ModelsListed(t *testing.T) {
	fake := fakellm.New(fakellm.Reply{Echo: true})
	fake.SetModels(fakellm.Model{ID: "llama3.2:latest"}, fakellm.Model{ID: "qwen", MaxModelLen: 4096}, fakellm.Model{ID: "gemma", ContextLength: 2048})
	srv := httptest.NewServer(fake)
	defer srv.Close()
	c := llm.New(llm.Config{BaseURL: srv.URL + "/v1"})
	ms, err := c.Models(context.Background())
	if err != nil || len(ms) != 3 {
		t.Fatalf("models %+v, %v", ms, err)
	}
	if m, ok := llm.FindModel(ms, "llama3.2"); !ok || m.ID != "llama3.2:latest" {
		t.Errorf("llama3.2 not found: %+v", m)
	}
	if m, _ := llm.FindModel(ms, "qwen"); m.ContextLength != 4096 {
		t.Errorf("qwen %+v", m)
	}
	if m, _ := llm.FindModel(ms, "gemma"); m.ContextLength != 2048 {
		t.Errorf("gemma %+v", m)
	}
	if _, ok := llm.FindModel(ms, "gpt-4o-mini"); ok {
		t.Error("a missing model was found")
	}
	// A server that lists nothing is an error the caller may ignore.
	if _, err := llm.New(llm.Config{BaseURL: httptest.NewServer(fakellm.New(fakellm.Reply{Echo: true})).URL + "/v1"}).Models(context.Background()); err == nil {
		t.Error("no error from a server without /models")
	}
}

// Follow-ups with an LLM: the condense call gets the last turns, and its
// rewrite is the question answered; when it fails, the offline reading is.
func TestFollowUpCondense(t *testing.T) {
	history := []rag.Turn{{Question: "Who is Russia's main negotiator at the Astana talks?", Answer: "Aleksandr Lavrentyev, Russia's main negotiator, said it still was not clear… [1]"}}
	// The first request (the condense step) gets the rewrite; the answer
	// echoes passage [1].
	fake := fakellm.New(fakellm.Reply{Echo: true}, fakellm.Reply{Content: "What did Aleksandr Lavrentyev say about the delegations?"})
	eng, _ := engineWith(t, fake, llm.Config{Model: "m"})
	a, err := eng.AskFollowUp(context.Background(), history, "what did he say?", nil)
	if err != nil {
		t.Fatal(err)
	}
	reqs := fake.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	condense := reqs[0].Messages[len(reqs[0].Messages)-1].Content
	if !strings.Contains(condense, "Who is Russia's main negotiator") || !strings.Contains(condense, "what did he say?") {
		t.Errorf("condense prompt %q", condense)
	}
	if a.Standalone != "What did Aleksandr Lavrentyev say about the delegations?" || a.Mode != rag.ModeLLM {
		t.Errorf("answer %+v", a)
	}
	if !strings.Contains(reqs[1].Messages[len(reqs[1].Messages)-1].Content, "What did Aleksandr Lavrentyev say about the delegations?") {
		t.Errorf("the answer was not asked with the rewrite")
	}

	failing := fakellm.New(fakellm.Reply{Echo: true}, fakellm.Reply{Status: 500})
	eng, logs := engineWith(t, failing, llm.Config{Model: "m", Attempts: 1})
	a, _ = eng.AskFollowUp(context.Background(), history, "what did he say?", nil)
	if a.Standalone != "What did Aleksandr Lavrentyev say?" || !strings.Contains(logs.String(), "condense") {
		t.Errorf("fallback: standalone %q, log %s", a.Standalone, logs)
	}
}
