package llm_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/parleybot/parley/internal/fakellm"
	"github.com/parleybot/parley/rag"
	"github.com/parleybot/parley/rag/llm"
)

func TestEmbeddingsProvider(t *testing.T) {
	fake := fakellm.New(fakellm.Reply{Echo: true})
	srv := httptest.NewServer(fake)
	defer srv.Close()
	emb := llm.NewEmbedder(llm.New(llm.Config{BaseURL: srv.URL + "/v1", APIKey: "sk-embed"}), "test-embed-model")
	dir := t.TempDir()
	open := func(e rag.Embedder) (*rag.Engine, rag.BuildInfo) {
		opt := rag.Options{Corpus: corpus(t), CorpusName: "t"}
		opt.Index.DataDir, opt.Index.Embedder = dir, e
		eng, info, err := rag.Open(context.Background(), opt)
		if err != nil {
			t.Fatal(err)
		}
		return eng, info
	}

	eng, info := open(emb)
	if !info.Rebuilt {
		t.Fatal("first start did not build")
	}
	reqs := fake.Requests()
	texts := 0
	for _, r := range reqs {
		if r.Path != "/v1/embeddings" || r.Model != "test-embed-model" || r.Authorization != "Bearer sk-embed" {
			t.Errorf("request %+v", r)
		}
		if len(r.Input) > 64 {
			t.Errorf("batch of %d texts", len(r.Input))
		}
		texts += len(r.Input)
	}
	if n := len(eng.Index().Chunks()); texts < n || len(reqs) >= texts {
		t.Errorf("%d texts in %d requests for %d chunks: want batches", texts, len(reqs), n)
	}
	if m := eng.Index().Manifest(); !strings.HasPrefix(m.Embedder, "openai:test-embed-model@127.0.0.1") {
		t.Errorf("manifest embedder %q", m.Embedder)
	}
	a, err := eng.Ask(context.Background(), question)
	if err != nil || a.Abstained {
		t.Fatalf("answer %+v, %v", a, err)
	}

	// A restart loads the saved vectors: no embedding calls.
	before := len(fake.Requests())
	if _, info := open(emb); info.Rebuilt {
		t.Errorf("restart rebuilt: %s", info.Reason)
	}
	if n := len(fake.Requests()) - before; n != 0 {
		t.Errorf("restart made %d embedding calls", n)
	}

	// Switching provider rebuilds, both ways.
	if _, info := open(nil); !info.Rebuilt || !strings.HasPrefix(info.Reason, "embedder changed") {
		t.Errorf("switch to local: %+v", info)
	}
	if _, info := open(emb); !info.Rebuilt || !strings.HasPrefix(info.Reason, "embedder changed") {
		t.Errorf("switch to openai: %+v", info)
	}
}

func TestEmbeddingsServerDown(t *testing.T) {
	fake := fakellm.New(fakellm.Reply{})
	srv := httptest.NewServer(fake)
	srv.Close()
	emb := llm.NewEmbedder(llm.New(llm.Config{BaseURL: srv.URL + "/v1"}), "m")
	opt := rag.Options{Corpus: corpus(t), CorpusName: "t"}
	opt.Index.Embedder = emb
	if _, _, err := rag.Open(context.Background(), opt); err == nil || !strings.Contains(err.Error(), "embedding chunks") {
		t.Errorf("err = %v, want a clear embedding error", err)
	}
}
