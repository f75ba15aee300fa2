package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	openai "github.com/sashabaranov/go-openai"

	"github.com/parleybot/parley/rag/generate"
)

// Generate implements generate.Generator with chat completions: streamed when
// onDelta is set, plain otherwise. Only the request is retried; a stream
// that breaks after it began is an error, since part of it was shown.
func (c *Client) Generate(ctx context.Context, msgs []generate.ChatMessage, onDelta func(string)) (generate.Generation, error) {
	req := openai.ChatCompletionRequest{Model: c.cfg.Model}
	if c.completionTokens() {
		// Reasoning models: max_completion_tokens, and the default
		// temperature (they refuse any other). Their limit covers the
		// hidden reasoning too, so it leaves room for it above the answer's
		// budget, and asks for little of it: the answer is a few sentences
		// from passages it is given, not a problem to solve.
		req.MaxCompletionTokens = c.cfg.MaxTokens + ReasoningAllowance
		if takesReasoningEffort(c.cfg.Model) {
			req.ReasoningEffort = "low"
		}
	} else {
		req.MaxTokens = c.cfg.MaxTokens
		req.Temperature = 0.1
	}
	for _, m := range asRoles(msgs, c.cfg.SystemRole) {
		req.Messages = append(req.Messages, openai.ChatCompletionMessage{Role: m.Role, Content: m.Content})
	}
	if onDelta == nil {
		return c.complete(ctx, req)
	}
	return c.stream(ctx, req, onDelta)
}

// asRoles returns the messages for a server: as they are, or with system
// messages folded into the next user turn when systemRole is "user".
func asRoles(msgs []generate.ChatMessage, systemRole string) []generate.ChatMessage {
	if systemRole != "user" {
		return msgs
	}
	var out []generate.ChatMessage
	var pending []string
	for _, m := range msgs {
		if m.Role == "system" {
			pending = append(pending, m.Content)
			continue
		}
		if m.Role == "user" && len(pending) > 0 {
			m.Content = strings.Join(pending, "\n\n") + "\n\n" + m.Content
			pending = nil
		}
		out = append(out, m)
	}
	if len(pending) > 0 {
		out = append(out, generate.ChatMessage{Role: "user", Content: strings.Join(pending, "\n\n")})
	}
	return out
}

func (c *Client) complete(ctx context.Context, req openai.ChatCompletionRequest) (generate.Generation, error) {
	resp, err := withRetry(ctx, c.cfg.Attempts, func(ctx context.Context) (openai.ChatCompletionResponse, error) {
		return c.api.CreateChatCompletion(ctx, req)
	})
	if err != nil {
		return generate.Generation{}, err
	}
	if len(resp.Choices) == 0 {
		return generate.Generation{}, errors.New("the LLM server returned no choices")
	}
	ch := resp.Choices[0]
	return generate.Generation{Text: ch.Message.Content, FinishReason: string(ch.FinishReason)}, nil
}

func (c *Client) stream(ctx context.Context, req openai.ChatCompletionRequest, onDelta func(string)) (generate.Generation, error) {
	st, err := withRetry(ctx, c.cfg.Attempts, func(ctx context.Context) (*openai.ChatCompletionStream, error) {
		return c.api.CreateChatCompletionStream(ctx, req)
	})
	if err != nil {
		return generate.Generation{}, err
	}
	defer st.Close()
	var text strings.Builder
	var finish openai.FinishReason
	for {
		chunk, err := st.Recv()
		if errors.Is(err, io.EOF) {
			// A stream cut before its last chunk also ends in EOF; the
			// missing finish reason tells it from a finished one.
			return generate.Generation{Text: text.String(), FinishReason: string(finish)}, nil
		}
		if err != nil {
			if ctx.Err() != nil {
				return generate.Generation{}, fmt.Errorf("the LLM stream stalled past the deadline: %w", ctx.Err())
			}
			return generate.Generation{}, fmt.Errorf("the LLM stream broke: %w", err)
		}
		for _, ch := range chunk.Choices {
			if ch.Delta.Content != "" {
				text.WriteString(ch.Delta.Content)
				onDelta(ch.Delta.Content)
			}
			if ch.FinishReason != "" && ch.FinishReason != openai.FinishReasonNull {
				finish = ch.FinishReason
			}
		}
	}
}
