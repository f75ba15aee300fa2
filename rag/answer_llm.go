package rag

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/parleybot/parley/rag/answer"
	"github.com/parleybot/parley/rag/attrib"
	"github.com/parleybot/parley/rag/claim"
	"github.com/parleybot/parley/rag/generate"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/retrieve"
)

// Notes shown with answers made without the LLM's help.
const (
	NoteLLMUnavailable = "The language model was unavailable, so this answer quotes the articles directly."
	NoteLLMUncited     = "The language model's answer cited no article, so this answer quotes the articles directly."
	NoteLLMCutShort    = "The language model's answer was cut short."
	NoteLLMUnsupported = "The articles don't support what the language model wrote, so this answer quotes the articles directly."
)

// LLMStatus is the outcome of the latest LLM call, for health checks.
type LLMStatus struct {
	// Configured is false when Parley runs without an LLM.
	Configured bool `json:"configured"`
	// At is when the latest call ended; zero before the first call.
	At time.Time `json:"at,omitzero"`
	// OK reports whether it gave a usable answer.
	OK bool `json:"ok"`
	// Error says what went wrong, if anything.
	Error string `json:"error,omitempty"`
}

// llmTracker remembers the latest LLM outcome.
type llmTracker struct {
	mu     sync.Mutex
	status LLMStatus
}

func (t *llmTracker) record(err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.status.At, t.status.OK, t.status.Error = time.Now(), err == nil, ""
	if err != nil {
		t.status.Error = err.Error()
	}
}

func (t *llmTracker) get() LLMStatus {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.status
}

// errCutOff is a reply that ended without a finish reason.
var errCutOff = errors.New("the reply was cut off before it finished")

// generate asks the LLM to answer from the passages, checks its citations,
// and falls back to the extractive answer on any failure.
func (e *Engine) generate(ctx context.Context, cur *state, qr match.Query, passages []retrieve.Passage, extractive Answer, onPartial func(string)) Answer {
	ix := cur.ix
	q := qr.Question
	msgs, kept := generate.BuildPrompt(ix, e.opt.Description, q.Text, generate.PromptPassages(ix, qr, passages), e.opt.PromptBudget)
	llmCtx, cancel := context.WithTimeout(ctx, e.opt.LLMTimeout)
	defer cancel()
	var partial strings.Builder
	var onDelta func(string)
	if onPartial != nil {
		onDelta = func(d string) {
			partial.WriteString(d)
			onPartial(partial.String())
		}
	}
	start := time.Now()
	gen, err := e.opt.Generator.Generate(llmCtx, msgs, onDelta)
	if err == nil && gen.FinishReason == "" {
		err = errCutOff
	}
	e.llm.record(err)
	e.opt.Observer.LLMCalled(time.Since(start), err)
	fallback := func(note, cause string) Answer {
		e.opt.Log.Warn("the LLM answer fell back to quoting the articles", append(requestAttrs(ctx), "cause", cause)...)
		a := extractive
		a.Note = note
		a.Checked.Fallback = cause
		return a
	}
	if err != nil {
		return fallback(NoteLLMUnavailable, fallbackCause(ctx, llmCtx, err))
	}
	ans := Answer{Question: q.Raw, Mode: ModeLLM, Citations: []Citation{}}
	if generate.SaysNotInArticles(gen.Text) {
		ans.Abstained = true
		ans.Text = answer.NoPassage
		return ans
	}
	if strings.TrimSpace(gen.Text) == "" {
		return fallback(NoteLLMUnavailable, "the model's reply was empty")
	}
	checked := claim.Check(cur.matcher(), e.lexiconOrNil(), gen.Text, kept)
	if len(checked.Citations) == 0 {
		if checked.Cited == 0 {
			return fallback(NoteLLMUncited, "the model's answer cited no passage")
		}
		return fallback(NoteLLMUnsupported, "no claim of the model's answer is supported by the sentences it cites")
	}
	ans.Text, ans.Citations = checked.Text, checked.Citations
	ans.Checked = Checked{Claims: checked.Claims, Removed: checked.Removed}
	sep := " "
	if strings.Contains(ans.Text, "\n") {
		sep = "\n" // after a list, on a line of its own
	}
	switch {
	case checked.Removed == 1:
		ans.Text += sep + "(One statement the articles don't support was left out.)"
	case checked.Removed > 1:
		ans.Text += sep + fmt.Sprintf("(%d statements the articles don't support were left out.)", checked.Removed)
	}
	if gen.FinishReason == "length" {
		ans.Note = NoteLLMCutShort
	}
	return ans
}

// fallbackCause words why an LLM call failed, for the log: the status the
// server answered, a timeout, a refused connection, a malformed reply, or a
// cut stream.
func fallbackCause(ctx, llmCtx context.Context, err error) string {
	var ne net.Error
	var se *json.SyntaxError
	switch {
	case errors.Is(err, errCutOff):
		return "the stream was cut before it finished"
	case ctx.Err() == nil && errors.Is(llmCtx.Err(), context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded),
		errors.As(err, &ne) && ne.Timeout():
		return "timeout (PARLEY_LLM_TIMEOUT): " + err.Error()
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused: " + err.Error()
	case errors.As(err, &se), strings.Contains(err.Error(), "invalid character"), strings.Contains(err.Error(), "unexpected end of JSON"):
		return "malformed reply: " + err.Error()
	}
	return err.Error()
}

// chooseQuotation asks the LLM which candidate quotation, if any, says what
// the query says. It can only pick from the candidates: it never names a
// speaker itself.
func (e *Engine) chooseQuotation(ctx context.Context, query string, cands []Attribution) (Attribution, bool) {
	if len(cands) == 0 {
		return Attribution{}, false
	}
	quotes := make([]string, len(cands))
	for i, c := range cands {
		quotes[i] = c.Quote
	}
	msgs := generate.ChoosePrompt(query, quotes)
	llmCtx, cancel := context.WithTimeout(ctx, e.opt.LLMTimeout)
	defer cancel()
	start := time.Now()
	gen, err := e.opt.Generator.Generate(llmCtx, msgs, nil)
	e.llm.record(err)
	e.opt.Observer.LLMCalled(time.Since(start), err)
	if err != nil {
		return Attribution{}, false
	}
	reply := strings.Trim(strings.TrimSpace(gen.Text), "[]. ")
	n, err := strconv.Atoi(reply)
	if err != nil || n < 1 || n > len(cands) {
		return Attribution{}, false
	}
	a := cands[n-1]
	a.Score = attrib.MinScore
	return a, true
}
