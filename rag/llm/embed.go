package llm

import (
	"context"
	"fmt"
	"net/url"

	openai "github.com/sashabaranov/go-openai"
)

// Embedder implements embed.Embedder with any OpenAI-compatible /embeddings.
type Embedder struct {
	client *Client
	model  string
	id     string
}

// NewEmbedder returns an embedder for the model on the client's server.
func NewEmbedder(c *Client, model string) *Embedder {
	host := "openai"
	if u, err := url.Parse(c.cfg.BaseURL); err == nil && u.Host != "" {
		host = u.Host
	}
	return &Embedder{client: c, model: model, id: fmt.Sprintf("openai:%s@%s", model, host)}
}

// ID names the provider, model and server, so a switch rebuilds the index.
func (e *Embedder) ID() string { return e.id }

// Embed sends the texts in one /embeddings request (the index sends
// batches) and returns the vectors in the texts' order.
func (e *Embedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	resp, err := withRetry(ctx, e.client.cfg.Attempts, func(ctx context.Context) (openai.EmbeddingResponse, error) {
		return e.client.api.CreateEmbeddings(ctx, openai.EmbeddingRequest{Input: texts, Model: openai.EmbeddingModel(e.model)})
	})
	if err != nil {
		return nil, err
	}
	if len(resp.Data) != len(texts) {
		return nil, fmt.Errorf("the embedding server returned %d vectors for %d texts", len(resp.Data), len(texts))
	}
	out := make([][]float32, len(texts))
	for _, d := range resp.Data {
		if d.Index < 0 || d.Index >= len(texts) || out[d.Index] != nil {
			return nil, fmt.Errorf("the embedding server returned a vector with index %d", d.Index)
		}
		out[d.Index] = d.Embedding
	}
	return out, nil
}
