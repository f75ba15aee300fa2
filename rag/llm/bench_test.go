package llm_test

import (
	"context"
	"testing"
	"time"

	"github.com/parleybot/parley/internal/fakellm"
	"github.com/parleybot/parley/rag"
)

// BenchmarkAskExtractive is the baseline: retrieval and an extractive answer.
func BenchmarkAskExtractive(b *testing.B) {
	eng, _, err := rag.Open(context.Background(), rag.Options{Corpus: corpus(b), CorpusName: "t"})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		eng.Ask(context.Background(), question)
	}
}

// BenchmarkAskLLMInstant adds the LLM path against an instant fake server
// on loopback: prompt, HTTP round trip through go-openai, citation check.
// Its difference from BenchmarkAskExtractive is Parley's added latency.
func BenchmarkAskLLMInstant(b *testing.B) {
	eng := setup(b, fakellm.New(fakellm.Reply{Echo: true}), 5*time.Second, nil)
	for b.Loop() {
		if a, _ := eng.Ask(context.Background(), question); a.Mode != rag.ModeLLM {
			b.Fatal(a.Note)
		}
	}
}

// BenchmarkAskLLMInstantStreamed is the same, streamed over SSE.
func BenchmarkAskLLMInstantStreamed(b *testing.B) {
	eng := setup(b, fakellm.New(fakellm.Reply{Echo: true}), 5*time.Second, nil)
	for b.Loop() {
		if a, _ := eng.AskStream(context.Background(), question, func(string) {}); a.Mode != rag.ModeLLM {
			b.Fatal(a.Note)
		}
	}
}
