package rag

import "context"

// requestIDKey keys a request ID in a context.
type requestIDKey struct{}

// WithRequestID returns ctx carrying the ID a front end gave a request, so
// the engine's logs about it (an LLM fallback, say) name it.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id)
}

// RequestID returns the ID carried by ctx, or "".
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// requestAttrs are the log attributes naming ctx's request: none when it
// carries no ID (a CLI question), so logs carry no empty request_id.
func requestAttrs(ctx context.Context) []any {
	if id := RequestID(ctx); id != "" {
		return []any{"request_id", id}
	}
	return nil
}
