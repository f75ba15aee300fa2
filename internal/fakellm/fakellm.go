// Package fakellm is an OpenAI-compatible server for tests and demos: chat
// completions (plain and SSE-streamed) and embeddings, with scripted
// failures (429 with Retry-After, 500, stalls, cut streams, malformed JSON),
// and a record of every request it received. It speaks the real protocol, so
// the real go-openai client drives it.
package fakellm

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"
)

// Reply is how the server answers one chat request.
type Reply struct {
	// Status, when not 0 or 200, is sent with an OpenAI error body.
	Status int
	// RetryAfter is sent as the Retry-After header.
	RetryAfter string
	// Content is the answer; with Echo set it is made from the prompt.
	Content string
	// Echo answers with the first sentence of passage [1], citing [1].
	Echo bool
	// Respond, when set, makes the answer from the request's messages, so
	// a test can script replies per question.
	Respond func(msgs []Message) string
	// FinishReason defaults to "stop".
	FinishReason string
	// Stall waits this long before answering (or until the client leaves).
	Stall time.Duration
	// CutStream ends a stream after half the content, with no finish
	// reason and no [DONE].
	CutStream bool
	// Malformed sends a body that is not JSON.
	Malformed bool
	// RejectSystem answers 400 to a request with a system message, as
	// chat templates without a system role do (Gemma's).
	RejectSystem bool
}

// Model is one entry of GET /models. MaxModelLen, when set, is sent as
// vLLM does (max_model_len); ContextLength as llama.cpp's meta n_ctx_train.
type Model struct {
	ID            string
	MaxModelLen   int
	ContextLength int
}

// Request is a request as the server received it.
type Request struct {
	Path          string
	Authorization string
	Model         string
	Stream        bool
	Messages      []Message
	// Input holds an embedding request's texts.
	Input []string
	// MaxTokens and MaxCompletionTokens are the reply bounds sent (0 when
	// absent); HasTemperature tells whether a temperature was sent.
	MaxTokens, MaxCompletionTokens int
	HasTemperature                 bool
	// ReasoningEffort is the reasoning_effort sent, or "".
	ReasoningEffort string
}

// Message is one chat message of a request.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Server is the fake. Use it as an http.Handler.
type Server struct {
	mu       sync.Mutex
	script   []Reply
	fallback Reply
	requests []Request
	// EmbedDim is the length of the vectors it returns (default 16).
	EmbedDim int
	// modelList is what GET /models lists; nil answers 404.
	modelList []Model
}

// New returns a server that answers every chat request with fallback once
// its script of replies is used up.
func New(fallback Reply, script ...Reply) *Server {
	return &Server{fallback: fallback, script: script, EmbedDim: 16}
}

// Requests returns what the server has received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

func (s *Server) next() Reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.script) == 0 {
		return s.fallback
	}
	r := s.script[0]
	s.script = s.script[1:]
	return r
}

func (s *Server) record(r Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, r)
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	switch {
	case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/chat/completions"):
		s.chat(w, r, body)
	case r.Method == http.MethodPost && strings.HasSuffix(r.URL.Path, "/embeddings"):
		s.embeddings(w, r, body)
	case r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/models"):
		s.models(w)
	default:
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	}
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"error":{"message":%q,"type":"fake_error","code":null}}`, msg)
}

func (s *Server) chat(w http.ResponseWriter, r *http.Request, body []byte) {
	var req struct {
		Model               string    `json:"model"`
		Stream              bool      `json:"stream"`
		Messages            []Message `json:"messages"`
		MaxTokens           int       `json:"max_tokens"`
		MaxCompletionTokens int       `json:"max_completion_tokens"`
		Temperature         *float64  `json:"temperature"`
		ReasoningEffort     string    `json:"reasoning_effort"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		writeError(w, http.StatusBadRequest, "bad JSON: "+err.Error())
		return
	}
	s.record(Request{Path: r.URL.Path, Authorization: r.Header.Get("Authorization"), Model: req.Model, Stream: req.Stream, Messages: req.Messages,
		MaxTokens: req.MaxTokens, MaxCompletionTokens: req.MaxCompletionTokens, HasTemperature: req.Temperature != nil,
		ReasoningEffort: req.ReasoningEffort})
	rep := s.next()
	if rep.RejectSystem {
		for _, m := range req.Messages {
			if m.Role == "system" {
				writeError(w, http.StatusBadRequest, "System role not supported: Conversation roles must alternate user/assistant/user/assistant/...")
				return
			}
		}
	}
	if rep.Stall > 0 {
		select {
		case <-time.After(rep.Stall):
		case <-r.Context().Done():
			return
		}
	}
	if rep.RetryAfter != "" {
		w.Header().Set("Retry-After", rep.RetryAfter)
	}
	if rep.Status != 0 && rep.Status != http.StatusOK {
		writeError(w, rep.Status, fmt.Sprintf("scripted status %d", rep.Status))
		return
	}
	if rep.Malformed {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"x","choices":[{"message":{"content":"unterminated`)
		return
	}
	content := rep.Content
	if rep.Echo {
		content = echo(req.Messages)
	}
	if rep.Respond != nil {
		content = rep.Respond(req.Messages)
	}
	finish := rep.FinishReason
	if finish == "" {
		finish = "stop"
	}
	if !req.Stream {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion", "created": 0, "model": req.Model,
			"choices": []map[string]any{{"index": 0, "message": map[string]string{"role": "assistant", "content": content}, "finish_reason": finish}},
		})
		return
	}
	s.streamChat(w, req.Model, content, finish, rep.CutStream)
}

// streamChat sends the content as SSE chunks of a few words each.
func (s *Server) streamChat(w http.ResponseWriter, model, content, finish string, cut bool) {
	w.Header().Set("Content-Type", "text/event-stream")
	flusher, _ := w.(http.Flusher)
	send := func(delta map[string]string, finish any) {
		chunk := map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": model,
			"choices": []map[string]any{{"index": 0, "delta": delta, "finish_reason": finish}},
		}
		data, _ := json.Marshal(chunk)
		fmt.Fprintf(w, "data: %s\n\n", data)
		if flusher != nil {
			flusher.Flush()
		}
	}
	send(map[string]string{"role": "assistant"}, nil)
	words := strings.SplitAfter(content, " ")
	if cut {
		words = words[:len(words)/2]
	}
	for i := 0; i < len(words); i += 3 {
		send(map[string]string{"content": strings.Join(words[i:min(i+3, len(words))], "")}, nil)
	}
	if cut {
		return // the connection closes with no finish reason and no [DONE]
	}
	send(map[string]string{}, finish)
	io.WriteString(w, "data: [DONE]\n\n")
}

var passageOne = regexp.MustCompile(`(?s)\[1\] \(file [^)]*\)\n(.*?)(?:\n\n|\n</passages>)`)

// echo answers with the first sentence of passage [1], citing it.
func echo(msgs []Message) string {
	for _, m := range msgs {
		if mm := passageOne.FindStringSubmatch(m.Content); mm != nil {
			text := mm[1]
			if i := strings.Index(text, ". "); i > 0 {
				text = text[:i+1]
			}
			return strings.TrimSpace(text) + " [1]"
		}
	}
	return "NOT IN ARTICLES"
}

func (s *Server) embeddings(w http.ResponseWriter, r *http.Request, body []byte) {
	var req struct {
		Model string          `json:"model"`
		Input json.RawMessage `json:"input"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		writeError(w, http.StatusBadRequest, "bad JSON: "+err.Error())
		return
	}
	var inputs []string
	if err := json.Unmarshal(req.Input, &inputs); err != nil {
		var one string
		if err := json.Unmarshal(req.Input, &one); err != nil {
			writeError(w, http.StatusBadRequest, "input must be a string or a list of strings")
			return
		}
		inputs = []string{one}
	}
	s.record(Request{Path: r.URL.Path, Authorization: r.Header.Get("Authorization"), Model: req.Model, Input: inputs})
	data := make([]map[string]any, len(inputs))
	for i, in := range inputs {
		data[i] = map[string]any{"object": "embedding", "index": i, "embedding": s.vector(in)}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"object": "list", "model": req.Model, "data": data})
}

// vector is a deterministic bag-of-words vector of the text.
func (s *Server) vector(text string) []float32 {
	dim := s.EmbedDim
	if dim <= 0 {
		dim = 16
	}
	v := make([]float32, dim)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		h := fnv.New32a()
		h.Write([]byte(strings.Trim(w, ".,;:!?\"“”")))
		v[h.Sum32()%uint32(dim)]++
	}
	v[0] += 0.01 // never all zero
	return v
}

// SetModels sets what GET /models lists; with none set it answers 404, as
// servers that do not list models do.
func (s *Server) SetModels(ms ...Model) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.modelList = ms
}

func (s *Server) models(w http.ResponseWriter) {
	s.mu.Lock()
	ms := s.modelList
	s.mu.Unlock()
	if ms == nil {
		writeError(w, http.StatusNotFound, "this server lists no models")
		return
	}
	data := []map[string]any{}
	for _, m := range ms {
		e := map[string]any{"id": m.ID, "object": "model", "owned_by": "fake"}
		if m.MaxModelLen > 0 {
			e["max_model_len"] = m.MaxModelLen
		}
		if m.ContextLength > 0 {
			e["meta"] = map[string]any{"n_ctx_train": m.ContextLength}
		}
		data = append(data, e)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data})
}
