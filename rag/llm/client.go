// Package llm connects Parley to any OpenAI-compatible server (OpenAI,
// Ollama, vLLM, llama.cpp server, LocalAI) through
// github.com/sashabaranov/go-openai: chat answers, streamed or not, and
// embeddings, with retries on 429 and 5xx that honour Retry-After.
package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Config says how to reach the server.
type Config struct {
	// BaseURL is the server's OpenAI-compatible base, e.g.
	// http://localhost:11434/v1; "" means OpenAI.
	BaseURL string
	// APIKey is sent as a bearer token when set.
	APIKey string
	// Model is the chat model.
	Model string
	// MaxTokens bounds each reply (0: the server's default).
	MaxTokens int
	// TokenParam names how MaxTokens is sent: "max_tokens",
	// "max_completion_tokens" (reasoning models, which also take no
	// temperature), or "" to choose by the model's family.
	TokenParam string
	// SystemRole is "system" (default), or "user" for chat templates that
	// refuse a system message (Gemma's): the rules then open the user turn.
	SystemRole string
	// Attempts is how many times a request is tried on 429 and 5xx
	// (default 3).
	Attempts int
	// HTTPClient, if set, carries the requests (tests use it).
	HTTPClient *http.Client
}

// Client talks to one OpenAI-compatible server.
type Client struct {
	api *openai.Client
	cfg Config
}

// New returns a client for the server.
func New(cfg Config) *Client {
	oc := openai.DefaultConfig(cfg.APIKey)
	if cfg.BaseURL != "" {
		oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	}
	hc := cfg.HTTPClient
	if hc == nil {
		hc = &http.Client{}
	}
	oc.HTTPClient = retryAfterDoer{hc}
	if cfg.Attempts <= 0 {
		cfg.Attempts = 3
	}
	return &Client{api: openai.NewClientWithConfig(oc), cfg: cfg}
}

// SetMaxTokens changes the reply bound, as when it is clamped to the
// model's context window at start; call it before the first request.
func (c *Client) SetMaxTokens(n int) { c.cfg.MaxTokens = n }

// retryHintKey keys the retry hint in a request's context.
type retryHintKey struct{}

// retryHint receives a response's Retry-After, which go-openai's errors do
// not carry.
type retryHint struct{ after time.Duration }

// retryAfterDoer passes requests on and notes Retry-After on 429 and 503.
type retryAfterDoer struct{ c *http.Client }

func (d retryAfterDoer) Do(req *http.Request) (*http.Response, error) {
	resp, err := d.c.Do(req)
	if err == nil && resp.StatusCode >= 400 {
		if h, ok := req.Context().Value(retryHintKey{}).(*retryHint); ok {
			h.after = parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())
		}
	}
	return resp, err
}

// parseRetryAfter reads seconds or an HTTP date; 0 when absent or bad.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// statusOf returns the HTTP status an error carries, or 0.
func statusOf(err error) int {
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) {
		return apiErr.HTTPStatusCode
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) {
		return reqErr.HTTPStatusCode
	}
	return 0
}

// retryable reports 429 and 5xx.
func retryable(status int) bool { return status == http.StatusTooManyRequests || status >= 500 }

// withRetry runs call until it succeeds, fails for good, runs out of
// attempts, or would wait past the context's deadline. Waits honour
// Retry-After, else back off exponentially with jitter from 500 ms.
func withRetry[T any](ctx context.Context, attempts int, call func(ctx context.Context) (T, error)) (T, error) {
	var zero T
	backoff := 500 * time.Millisecond
	for attempt := 1; ; attempt++ {
		hint := &retryHint{}
		res, err := call(context.WithValue(ctx, retryHintKey{}, hint))
		if err == nil {
			return res, nil
		}
		status := statusOf(err)
		if !retryable(status) || attempt >= attempts {
			return zero, describe(err)
		}
		wait := hint.after
		if wait == 0 {
			wait = backoff + time.Duration(rand.Int64N(int64(backoff/4)))
			backoff *= 2
		}
		if dl, ok := ctx.Deadline(); ok && time.Now().Add(wait).After(dl) {
			return zero, fmt.Errorf("%w (the server asked to wait %s, past the deadline)", describe(err), wait.Round(time.Millisecond))
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait):
		}
	}
}

// describe words an error for logs; it is never shown to chat users.
func describe(err error) error {
	if s := statusOf(err); s != 0 {
		if s == http.StatusBadRequest && mentionsRoles(err) {
			return fmt.Errorf("the LLM server answered HTTP 400 about message roles; if its chat template takes no system message, set PARLEY_LLM_SYSTEM_ROLE=user: %w", err)
		}
		return fmt.Errorf("the LLM server answered HTTP %d: %w", s, err)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "unexpected EOF") {
		return fmt.Errorf("the LLM server sent a malformed reply: %w", err)
	}
	if errors.Is(err, openai.ErrReasoningModelMaxTokensDeprecated) || errors.Is(err, openai.ErrReasoningModelLimitationsOther) {
		return fmt.Errorf("the request does not suit a reasoning model; set PARLEY_LLM_TOKEN_PARAM=max_completion_tokens: %w", err)
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout() {
		return fmt.Errorf("the LLM server did not answer in time: %w", err)
	}
	return fmt.Errorf("the LLM server could not be reached: %w", err)
}

// mentionsRoles reports an error message about chat roles, as templates
// that refuse a system message give it.
func mentionsRoles(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "role") || strings.Contains(m, "system message") || strings.Contains(m, "conversation roles")
}

// reasoningModel reports models that take max_completion_tokens and no
// temperature: OpenAI's o-series and GPT-5 family, by name, with or
// without a provider prefix ("openai/o4-mini").
func reasoningModel(model string) bool {
	m := strings.ToLower(model)
	if i := strings.LastIndex(m, "/"); i >= 0 {
		m = m[i+1:]
	}
	for _, fam := range []string{"o1", "o3", "o4", "gpt-5"} {
		if m == fam || strings.HasPrefix(m, fam+"-") || strings.HasPrefix(m, fam+".") {
			return true
		}
	}
	return false
}

// ReasoningAllowance is the room a reasoning model's token limit leaves
// for its hidden reasoning above the answer's budget. At low effort, a
// short answer from given passages takes some hundreds of reasoning
// tokens; 2,048 leaves it room without letting a runaway reply cost much.
const ReasoningAllowance = 2048

// takesReasoningEffort reports models that accept reasoning_effort: the
// reasoning families but the first o1 previews and minis.
func takesReasoningEffort(model string) bool {
	m := strings.ToLower(model)
	return reasoningModel(model) && !strings.Contains(m, "o1-mini") && !strings.Contains(m, "o1-preview")
}

// completionTokens reports whether requests send max_completion_tokens.
func (c *Client) completionTokens() bool {
	switch c.cfg.TokenParam {
	case "max_completion_tokens":
		return true
	case "max_tokens":
		return false
	}
	return reasoningModel(c.cfg.Model)
}
