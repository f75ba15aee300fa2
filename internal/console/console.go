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

// Asker is the part of the engine the console needs.
type Asker interface {
	Ask(ctx context.Context, question string) (rag.Answer, error)
	Sources() []rag.Source
}

const help = `Ask a question about the articles and press Enter, for example:
  Who sponsored the Astana talks?
Commands: /sources lists the articles, /help shows this, /quit or Ctrl-D ends.
`

// Run reads questions line by line from in until EOF or /quit and writes
// answers to out. With interactive set it shows a banner and a prompt.
// Bad input gets a message and the chat goes on.
func Run(ctx context.Context, eng Asker, in io.Reader, out io.Writer, interactive bool) error {
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
func handle(ctx context.Context, eng Asker, line string, out io.Writer) bool {
	trimmed := strings.TrimSpace(line)
	switch strings.ToLower(trimmed) {
	case "":
		return false
	case "/quit", "/exit", "/q":
		return true
	case "/help", "help", "?":
		fmt.Fprint(out, help)
		return false
	case "/sources":
		fmt.Fprint(out, FormatSources(eng.Sources()))
		return false
	}
	a, err := eng.Ask(ctx, line)
	var ie *rag.InputError
	switch {
	case errors.As(err, &ie):
		fmt.Fprintln(out, ie.Reason)
	case err != nil:
		fmt.Fprintf(out, "Sorry, something went wrong while answering: %v\n", err)
	default:
		fmt.Fprint(out, FormatAnswer(a))
	}
	return false
}
