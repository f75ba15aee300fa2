package console

import (
	"io"
	"sync"
)

// Prompt keeps the console's "> " prompt and log lines from mixing on a
// terminal: a log line written while the prompt shows clears the prompt,
// prints, and shows the prompt again below it.
type Prompt struct {
	mu      sync.Mutex
	term    io.Writer // where the prompt is drawn
	showing bool
}

// NewPrompt draws the prompt on term.
func NewPrompt(term io.Writer) *Prompt { return &Prompt{term: term} }

const promptText = "> "

// show draws the prompt.
func (p *Prompt) show() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	io.WriteString(p.term, "\n"+promptText)
	p.showing = true
}

// hide notes that the prompt was answered (the user pressed Enter).
func (p *Prompt) hide() {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.showing = false
	p.mu.Unlock()
}

// Logs wraps the writer logs go to (stderr), so that each log line moves
// a showing prompt below it.
func (p *Prompt) Logs(w io.Writer) io.Writer { return promptedWriter{p: p, w: w} }

type promptedWriter struct {
	p *Prompt
	w io.Writer
}

func (pw promptedWriter) Write(b []byte) (int, error) {
	pw.p.mu.Lock()
	defer pw.p.mu.Unlock()
	if !pw.p.showing {
		return pw.w.Write(b)
	}
	io.WriteString(pw.p.term, "\r\033[K") // clear the prompt's line
	n, err := pw.w.Write(b)
	io.WriteString(pw.p.term, promptText)
	return n, err
}
