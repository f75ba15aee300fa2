package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// Model is one model a server offers.
type Model struct {
	ID string
	// ContextLength is the model's context window in tokens, when the
	// server says (vLLM's max_model_len, llama.cpp's meta.n_ctx_train,
	// context_length); 0 when it does not.
	ContextLength int
}

// Models lists the server's models (GET /models). Servers that do not
// list models answer with an error, which callers treat as "unknown", not
// as a failure.
func (c *Client) Models(ctx context.Context) ([]Model, error) {
	base := strings.TrimRight(c.cfg.BaseURL, "/")
	if base == "" {
		base = "https://api.openai.com/v1"
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/models", nil)
	if err != nil {
		return nil, err
	}
	if c.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	}
	hc := c.cfg.HTTPClient
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("listing the LLM server's models: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("listing the LLM server's models: HTTP %d", resp.StatusCode)
	}
	var list struct {
		Data []struct {
			ID            string `json:"id"`
			MaxModelLen   int    `json:"max_model_len"`
			ContextLength int    `json:"context_length"`
			Meta          struct {
				NCtxTrain int `json:"n_ctx_train"`
			} `json:"meta"`
		} `json:"data"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 8<<20)).Decode(&list); err != nil {
		return nil, fmt.Errorf("listing the LLM server's models: %w", err)
	}
	out := make([]Model, 0, len(list.Data))
	for _, d := range list.Data {
		n := max(d.MaxModelLen, d.ContextLength, d.Meta.NCtxTrain)
		out = append(out, Model{ID: d.ID, ContextLength: n})
	}
	return out, nil
}

// FindModel returns the listed model with the given name; Ollama lists
// "llama3.2:latest" for "llama3.2", so a missing tag matches ":latest".
func FindModel(ms []Model, name string) (Model, bool) {
	for _, m := range ms {
		if m.ID == name || m.ID == name+":latest" || strings.TrimSuffix(name, ":latest") == m.ID {
			return m, true
		}
	}
	return Model{}, false
}
