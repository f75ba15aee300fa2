package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/parleybot/parley/bot"
	"golang.org/x/term"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/parleybot/parley/config"
	"github.com/parleybot/parley/internal/console"
	"github.com/parleybot/parley/internal/eval"
	"github.com/parleybot/parley/internal/feedback"
	"github.com/parleybot/parley/rag"
)

// fail reports an error: bad input exits 2, anything else 1.
func fail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "parley: %v\n", err)
	var ie *rag.InputError
	if errors.As(err, &ie) {
		return exitBadInput
	}
	return exitError
}

func cmdAsk(ctx context.Context, eng *rag.Engine, q string, asJSON bool, stdout, stderr io.Writer) int {
	a, err := eng.Ask(ctx, q)
	if err != nil {
		return fail(stderr, err)
	}
	if asJSON {
		if a.Note != "" {
			fmt.Fprintf(stderr, "parley: note: %s\n", a.Note)
		}
		return writeJSON(stdout, stderr, a)
	}
	fmt.Fprint(stdout, console.FormatAnswer(a))
	return exitOK
}

// chatLine is one line of `parley chat --json`: ask --json's object and
// the question as understood in the conversation.
type chatLine struct {
	rag.Answer
	StandaloneQuestion string `json:"standalone_question"`
}

// cmdChat answers one question a line from stdin, all one conversation:
// each question is read with the turns before it.
func cmdChat(ctx context.Context, eng *rag.Engine, stdin io.Reader, asJSON bool, stdout, stderr io.Writer) int {
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var history []rag.Turn
	for sc.Scan() {
		q := strings.TrimSpace(sc.Text())
		if q == "" {
			continue
		}
		a, err := eng.AskFollowUp(ctx, history, q, nil)
		if err != nil {
			var ie *rag.InputError
			if !errors.As(err, &ie) {
				return fail(stderr, err)
			}
			a = rag.Answer{Question: q, Abstained: true, Mode: rag.ModeExtractive, Text: ie.Reason, Citations: []rag.Citation{}, Standalone: q}
		}
		history = append(history, rag.Turn{Question: q, Standalone: a.Standalone, Answer: a.Text})
		if asJSON {
			if code := writeJSON(stdout, stderr, chatLine{a, a.Standalone}); code != exitOK {
				return code
			}
			continue
		}
		fmt.Fprint(stdout, console.FormatAnswer(a))
		fmt.Fprintln(stdout)
	}
	if err := sc.Err(); err != nil {
		return fail(stderr, fmt.Errorf("reading standard input: %w", err))
	}
	return exitOK
}

// cmdFeedback lists the votes kept in the data dir, or with --export-eval
// writes the 👎 ones as eval items to fill in by hand.
func cmdFeedback(dataDir string, asJSON, exportEval bool, stdout, stderr io.Writer) int {
	path := filepath.Join(dataDir, feedback.FileName)
	votes, err := feedback.Read(path)
	if err != nil {
		return fail(stderr, fmt.Errorf("reading %s: %w", path, err))
	}
	if exportEval {
		for _, it := range feedback.EvalItems(votes) {
			if code := writeJSON(stdout, stderr, it); code != exitOK {
				return code
			}
		}
		return exitOK
	}
	if asJSON {
		if votes == nil {
			votes = []feedback.Vote{}
		}
		return writeJSON(stdout, stderr, votes)
	}
	if len(votes) == 0 {
		fmt.Fprintf(stdout, "No votes yet (%s).\n", path)
		return exitOK
	}
	for _, v := range votes {
		mark := "👍"
		if v.Vote == feedback.Down {
			mark = "👎"
		}
		fmt.Fprintf(stdout, "%s %s  %s\n", mark, v.At.Format("2006-01-02 15:04"), v.Question)
		if v.Comment != "" {
			fmt.Fprintf(stdout, "     “%s”\n", v.Comment)
		}
	}
	return exitOK
}

func cmdWhoSaid(ctx context.Context, eng *rag.Engine, text string, asJSON bool, stdout, stderr io.Writer) int {
	ms, err := eng.WhoSaid(ctx, text)
	if err != nil {
		return fail(stderr, err)
	}
	if asJSON {
		return writeJSON(stdout, stderr, struct {
			Query   string            `json:"query"`
			Matches []rag.Attribution `json:"matches"`
		}{text, ms})
	}
	var near []rag.Attribution
	if len(ms) == 0 {
		if near, err = eng.NearQuotations(ctx, text); err != nil {
			return fail(stderr, err)
		}
	}
	fmt.Fprint(stdout, console.FormatAttributions(ms, near))
	return exitOK
}

func cmdQuotes(ctx context.Context, eng *rag.Engine, name string, asJSON bool, stdout, stderr io.Writer) int {
	sq, err := eng.QuotesBy(ctx, name)
	if err != nil {
		return fail(stderr, err)
	}
	if asJSON {
		return writeJSON(stdout, stderr, sq)
	}
	fmt.Fprint(stdout, console.FormatSpeakerQuotes(name, sq))
	return exitOK
}

// allQuotes is quotes --json --all's object.
type allQuotes struct {
	Quotes []rag.CorpusQuote `json:"quotes"`
}

func cmdAllQuotes(eng *rag.Engine, asJSON bool, stdout, stderr io.Writer) int {
	all := eng.AllQuotes()
	if asJSON {
		return writeJSON(stdout, stderr, allQuotes{Quotes: all})
	}
	fmt.Fprint(stdout, console.FormatAllQuotes(all))
	return exitOK
}

func cmdSpeakers(eng *rag.Engine, asJSON bool, stdout, stderr io.Writer) int {
	if asJSON {
		return writeJSON(stdout, stderr, eng.Speakers())
	}
	fmt.Fprint(stdout, console.FormatSpeakers(eng.Speakers()))
	return exitOK
}

func cmdSources(eng *rag.Engine, asJSON bool, stdout, stderr io.Writer) int {
	if asJSON {
		return writeJSON(stdout, stderr, eng.Sources())
	}
	fmt.Fprint(stdout, console.FormatSources(eng.Sources()))
	return exitOK
}

func cmdEval(ctx context.Context, eng *rag.Engine, file string, stdout, stderr io.Writer) int {
	f, err := os.Open(file)
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitBadInput
	}
	defer f.Close()
	items, err := eval.Load(f)
	if err != nil {
		fmt.Fprintf(stderr, "parley: reading %s: %v\n", file, err)
		return exitBadInput
	}
	results, err := eval.Run(ctx, eng, items)
	if err != nil {
		fmt.Fprintf(stderr, "parley: %v\n", err)
		return exitError
	}
	eval.WriteReport(stdout, results)
	if eval.Failed(results) > 0 {
		return exitError
	}
	return exitOK
}

// printConfig shows every setting, secrets hidden, and where it came from.
func printConfig(stdout io.Writer, l config.Loaded) {
	if l.File != "" {
		fmt.Fprintf(stdout, "config file: %s\n\n", l.File)
	} else {
		fmt.Fprintf(stdout, "config file: none (set PARLEY_CONFIG or --config)\n\n")
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KEY\tVALUE\tFROM")
	for _, e := range l.Entries() {
		v := e.Value
		if v == "" {
			v = "-"
		}
		from := string(e.Origin)
		if e.Origin == config.FromFlag {
			from = "flag --" + e.Flag
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", e.Key, v, from)
	}
	tw.Flush()
	// What the settings add up to where a limit cuts them.
	want := l.Config.LLMTimeout + 30*time.Second
	if d := bot.CapDeadline(want); d < want {
		fmt.Fprintf(stdout, "\nwarning: PARLEY_LLM_TIMEOUT (%s) is longer than a Discord answer may take: interaction tokens last 15 minutes, so Discord answers are cut at %s.\n", l.Config.LLMTimeout, d)
	}
}

func writeJSON(stdout, stderr io.Writer, v any) int {
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(stderr, "parley: writing JSON: %v\n", err)
		return exitError
	}
	return exitOK
}

// isTerminal reports whether r is an interactive terminal: a character
// device such as /dev/null is not one.
func isTerminal(r any) bool {
	f, ok := r.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}
