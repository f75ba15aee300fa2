package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	openai "github.com/sashabaranov/go-openai"

	"github.com/parleybot/parley/rag"
)

// Generate implements rag.Generator with chat completions: streamed when
// onDelta is set, plain otherwise. Only the request is retried; a stream
// that breaks after it began is an error, since part of it was shown.
func (c *Client) Generate(ctx context.Context, msgs []rag.ChatMessage, onDelta func(string)) (rag.Generation, error) {
	req := openai.ChatCompletionRequest{
		Model:       c.cfg.Model,
		MaxTokens:   c.cfg.MaxTokens,
		Temperature: 0.1,
	}
	for _, m := range msgs {
		req.Messages = append(req.Messages, openai.ChatCompletionMessage{Role: m.Role, Content: m.Content})
	}
	if onDelta == nil {
		return c.complete(ctx, req)
	}
	return c.stream(ctx, req, onDelta)
}

func (c *Client) complete(ctx context.Context, req openai.ChatCompletionRequest) (rag.Generation, error) {
	resp, err := withRetry(ctx, c.cfg.Attempts, func(ctx context.Context) (openai.ChatCompletionResponse, error) {
		return c.api.CreateChatCompletion(ctx, req)
	})
	if err != nil {
		return rag.Generation{}, err
	}
	if len(resp.Choices) == 0 {
		return rag.Generation{}, errors.New("the LLM server returned no choices")
	}
	ch := resp.Choices[0]
	return rag.Generation{Text: ch.Message.Content, FinishReason: string(ch.FinishReason)}, nil
}

func (c *Client) stream(ctx context.Context, req openai.ChatCompletionRequest, onDelta func(string)) (rag.Generation, error) {
	st, err := withRetry(ctx, c.cfg.Attempts, func(ctx context.Context) (*openai.ChatCompletionStream, error) {
		return c.api.CreateChatCompletionStream(ctx, req)
	})
	if err != nil {
		return rag.Generation{}, err
	}
	defer st.Close()
	var text strings.Builder
	var finish openai.FinishReason
	for {
		chunk, err := st.Recv()
		if errors.Is(err, io.EOF) {
			// A stream cut before its last chunk also ends in EOF; the
			// missing finish reason tells it from a finished one.
			return rag.Generation{Text: text.String(), FinishReason: string(finish)}, nil
		}
		if err != nil {
			if ctx.Err() != nil {
				return rag.Generation{}, fmt.Errorf("the LLM stream stalled past the deadline: %w", ctx.Err())
			}
			return rag.Generation{}, fmt.Errorf("the LLM stream broke: %w", err)
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
