package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/parleybot/parley/rag"
)

// Engine is the part of the engine the console needs.
type Engine interface {
	AskStream(ctx context.Context, question string, onPartial func(string)) (rag.Answer, error)
	// AskFollowUpStream answers the next question of a conversation,
	// telling readAs how it was understood before the answer streams.
	AskFollowUpStream(ctx context.Context, history []rag.Turn, question string, readAs, onPartial func(string)) (rag.Answer, error)
	attributor
	QuotesBy(ctx context.Context, speaker string) (rag.SpeakerQuotes, error)
	Speakers() []rag.Speaker
	Sources() []rag.Source
	// Description names what the articles are about.
	Description() string
}

// attributor is the part of the engine that tells who said something.
type attributor interface {
	WhoSaid(ctx context.Context, text string) ([]rag.Attribution, error)
	// NearQuotations gives what comes closest when WhoSaid names nobody.
	NearQuotations(ctx context.Context, text string) ([]rag.Attribution, error)
}

// whoSaid attributes a quotation and renders the reply: who said it, or
// that nobody did, with the quotations that come closest.
func whoSaid(ctx context.Context, eng attributor, text string) (string, error) {
	ms, err := eng.WhoSaid(ctx, text)
	if err != nil || len(ms) > 0 {
		return FormatAttributions(ms, nil), err
	}
	near, err := eng.NearQuotations(ctx, text)
	return FormatAttributions(ms, near), err
}

const help = `Ask a question about the articles and press Enter, for example:
  Who sponsored the Astana talks?
  who said "I lost the argument"?
Commands:
  /who-said TEXT   who said this quotation (or a fragment, or a paraphrase)
  /quotes NAME     what this person said
  /speakers        everyone quoted in the articles
  /sources         the articles
  /new             start a new conversation (follow-ups read the questions before)
  /help            this help; /quit or Ctrl-D ends
`

// Run reads questions line by line from in until EOF or /quit and writes
// answers to out. With interactive set it shows a banner and a prompt.
// Bad input gets a message and the chat goes on.
func Run(ctx context.Context, eng Engine, in io.Reader, out io.Writer, interactive bool) error {
	var p *Prompt
	if interactive {
		p = NewPrompt(out)
	}
	return RunPrompted(ctx, eng, in, out, p)
}

// RunPrompted is Run in interactive mode with a prompt whose Logs writer
// the caller's logger uses; a nil prompt is Run without a terminal.
func RunPrompted(ctx context.Context, eng Engine, in io.Reader, out io.Writer, prompt *Prompt) error {
	interactive := prompt != nil
	r := bufio.NewReader(in)
	if interactive {
		fmt.Fprintf(out, "Parley: questions about %s, answered with sources.\n%s", eng.Description(), help)
	}
	c := &chat{eng: eng, out: out, stream: interactive}
	for {
		prompt.show()
		line, err := r.ReadString('\n')
		prompt.hide()
		if line != "" {
			if quit := c.handle(ctx, strings.TrimRight(line, "\r\n")); quit {
				return nil
			}
			if !interactive && strings.TrimSpace(line) != "" {
				fmt.Fprintln(out) // a blank line between answers
			}
		}
		if errors.Is(err, io.EOF) {
			if interactive {
				fmt.Fprintln(out)
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading standard input: %w", err)
		}
		if ctx.Err() != nil {
			return nil
		}
	}
}

// chat is one console session.
type chat struct {
	eng Engine
	out io.Writer
	// stream shows LLM answers as they are written.
	stream bool
	// wait is how long an answer may take before the console says it is
	// waiting; 0 is waitNotice.
	wait time.Duration
	// history is the conversation so far; /new clears it.
	history []rag.Turn
}

// handle answers one line; it reports true when the user asked to quit.
func (c *chat) handle(ctx context.Context, line string) bool {
	eng, out := c.eng, c.out
	trimmed := strings.TrimSpace(line)
	cmd, arg, _ := strings.Cut(trimmed, " ")
	switch strings.ToLower(cmd) {
	case "/who-said", "/whosaid":
		reply(out, func() (string, error) { return whoSaid(ctx, eng, arg) })
		return false
	case "/quotes":
		reply(out, func() (string, error) {
			sq, err := eng.QuotesBy(ctx, arg)
			return FormatSpeakerQuotes(strings.TrimSpace(arg), sq), err
		})
		return false
	case "/speakers":
		fmt.Fprint(out, FormatSpeakers(eng.Speakers()))
		return false
	}
	if q, ok := rag.WhoSaidQuery(trimmed); ok {
		reply(out, func() (string, error) { return whoSaid(ctx, eng, q) })
		return false
	}
	switch strings.ToLower(trimmed) {
	case "":
		return false
	case "/quit", "/exit", "/q":
		return true
	case "/new":
		c.history = nil
		fmt.Fprintln(out, "New conversation: earlier questions no longer count.")
		return false
	case "/help", "help", "?", "/?":
		fmt.Fprint(out, help)
		return false
	case "/sources":
		fmt.Fprint(out, FormatSources(eng.Sources()))
		return false
	}
	if rag.IsHelpRequest(trimmed) {
		fmt.Fprint(out, help)
		return false
	}
	if strings.HasPrefix(cmd, "/") && len(cmd) > 1 {
		fmt.Fprintf(out, "Unknown command %s. Try /help.\n", cmd)
		return false
	}
	reply(out, func() (string, error) {
		a, streamed, err := c.ask(ctx, line)
		if c.stream {
			a.Standalone = "" // "Answering: …" was printed before the answer
		}
		if err != nil || streamed == "" {
			return FormatAnswer(a), err
		}
		// The streamed text is on screen; show the checked answer again
		// only where checking changed it.
		fmt.Fprintln(out)
		if strings.TrimSpace(streamed) == a.Text {
			a.Text = ""
			return strings.TrimPrefix(FormatAnswer(a), "\n"), nil
		}
		return "Checked against the articles:\n" + FormatAnswer(a), nil
	})
	return false
}

// waitNotice is how long an answer may take before the console says it
// is waiting for it.
const waitNotice = 1500 * time.Millisecond

func (c *chat) waitNotice() time.Duration {
	if c.wait > 0 {
		return c.wait
	}
	return waitNotice
}

// ask answers a question, printing an LLM's answer as it streams when the
// console is interactive. It returns what was printed.
func (c *chat) ask(ctx context.Context, q string) (rag.Answer, string, error) {
	var shown strings.Builder
	var readAs, onPartial func(string)
	if c.stream {
		// A slow answer (a language model thinking) says so, once, so the
		// screen does not look stuck.
		var mu sync.Mutex
		started := false
		fired := make(chan struct{})
		waiting := time.AfterFunc(c.waitNotice(), func() {
			defer close(fired)
			mu.Lock()
			defer mu.Unlock()
			if !started {
				fmt.Fprintln(c.out, "(waiting for the answer…)")
			}
		})
		defer func() {
			if !waiting.Stop() {
				<-fired // it is writing: let it finish first
			}
		}()
		readAs = func(s string) {
			mu.Lock()
			defer mu.Unlock()
			fmt.Fprintf(c.out, "Answering: %s\n", s)
		}
		onPartial = func(p string) {
			mu.Lock()
			defer mu.Unlock()
			started = true
			if strings.HasPrefix(p, shown.String()) {
				fmt.Fprint(c.out, p[shown.Len():])
				shown.Reset()
				shown.WriteString(p)
			}
		}
	}
	a, err := c.eng.AskFollowUpStream(ctx, c.history, q, readAs, onPartial)
	if err == nil {
		c.history = append(c.history, rag.Turn{Question: q, Standalone: a.Standalone, Answer: a.Text})
		if len(c.history) > rag.MaxTurns {
			c.history = c.history[len(c.history)-rag.MaxTurns:]
		}
	}
	return a, shown.String(), err
}

// reply prints what do returns, or a polite word about what went wrong.
func reply(out io.Writer, do func() (string, error)) {
	text, err := do()
	var ie *rag.InputError
	switch {
	case errors.As(err, &ie):
		fmt.Fprintln(out, ie.Reason)
	case err != nil:
		fmt.Fprintf(out, "Sorry, something went wrong while answering: %v\n", err)
	default:
		fmt.Fprint(out, text)
	}
}
