package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/parleybot/parley/rag"
)

// Engine is the part of the engine the console needs.
type Engine interface {
	Ask(ctx context.Context, question string) (rag.Answer, error)
	WhoSaid(ctx context.Context, text string) ([]rag.Attribution, error)
	QuotesBy(ctx context.Context, speaker string) (rag.SpeakerQuotes, error)
	Speakers() []rag.Speaker
	Sources() []rag.Source
}

const help = `Ask a question about the articles and press Enter, for example:
  Who sponsored the Astana talks?
  who said "I lost the argument"?
Commands:
  /who-said TEXT   who said this quotation (or a fragment, or a paraphrase)
  /quotes NAME     what this person said
  /speakers        everyone quoted in the articles
  /sources         the articles
  /help            this help; /quit or Ctrl-D ends
`

// Run reads questions line by line from in until EOF or /quit and writes
// answers to out. With interactive set it shows a banner and a prompt.
// Bad input gets a message and the chat goes on.
func Run(ctx context.Context, eng Engine, in io.Reader, out io.Writer, interactive bool) error {
	r := bufio.NewReader(in)
	if interactive {
		fmt.Fprint(out, "Parley: questions about the Syrian peace talks articles, answered with sources.\n"+help)
	}
	for {
		if interactive {
			fmt.Fprint(out, "\n> ")
		}
		line, err := r.ReadString('\n')
		if line != "" {
			if quit := handle(ctx, eng, strings.TrimRight(line, "\r\n"), out); quit {
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

// handle answers one line; it reports true when the user asked to quit.
func handle(ctx context.Context, eng Engine, line string, out io.Writer) bool {
	trimmed := strings.TrimSpace(line)
	cmd, arg, _ := strings.Cut(trimmed, " ")
	switch strings.ToLower(cmd) {
	case "/who-said", "/whosaid":
		reply(out, func() (string, error) {
			ms, err := eng.WhoSaid(ctx, arg)
			return FormatAttributions(ms), err
		})
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
		reply(out, func() (string, error) {
			ms, err := eng.WhoSaid(ctx, q)
			return FormatAttributions(ms), err
		})
		return false
	}
	switch strings.ToLower(trimmed) {
	case "":
		return false
	case "/quit", "/exit", "/q":
		return true
	case "/help", "help", "?", "/?":
		fmt.Fprint(out, help)
		return false
	case "/sources":
		fmt.Fprint(out, FormatSources(eng.Sources()))
		return false
	}
	reply(out, func() (string, error) {
		a, err := eng.Ask(ctx, line)
		return FormatAnswer(a), err
	})
	return false
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
