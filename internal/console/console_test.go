package console

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/parleybot/parley/rag"
)

// streamingEngine streams a fixed answer in three parts.
type streamingEngine struct {
	final rag.Answer
}

func (s streamingEngine) AskStream(_ context.Context, _ string, onPartial func(string)) (rag.Answer, error) {
	if onPartial != nil {
		for _, p := range []string{"Russia, ", "Russia, Iran and ", "Russia, Iran and Turkey [1]."} {
			onPartial(p)
		}
	}
	return s.final, nil
}
func (s streamingEngine) AskFollowUpStream(ctx context.Context, _ []rag.Turn, q string, _, onPartial func(string)) (rag.Answer, error) {
	return s.AskStream(ctx, q, onPartial)
}
func (streamingEngine) WhoSaid(context.Context, string) ([]rag.Attribution, error) { return nil, nil }
func (streamingEngine) NearQuotations(context.Context, string) ([]rag.Attribution, error) {
	return nil, nil
}
func (streamingEngine) QuotesBy(context.Context, string) (rag.SpeakerQuotes, error) {
	return rag.SpeakerQuotes{}, nil
}
func (streamingEngine) Speakers() []rag.Speaker { return nil }
func (streamingEngine) Sources() []rag.Source   { return nil }
func (streamingEngine) Description() string     { return "test articles" }

func TestInteractiveConsoleStreams(t *testing.T) {
	cit := []rag.Citation{{N: 1, Source: "003_b263529037173a86.txt", LineStart: 5, LineEnd: 5}}
	t.Run("checked answer equals the stream", func(t *testing.T) {
		eng := streamingEngine{final: rag.Answer{Text: "Russia, Iran and Turkey [1].", Mode: rag.ModeLLM, Citations: cit}}
		var out bytes.Buffer
		Run(context.Background(), eng, strings.NewReader("Who sponsored the talks?\n"), &out, true)
		got := out.String()
		if strings.Count(got, "Russia, Iran and Turkey [1].") != 1 || !strings.Contains(got, "[1] 003_b263529037173a86.txt, line 5") {
			t.Errorf("output:\n%s", got)
		}
	})
	t.Run("checking changed the answer", func(t *testing.T) {
		eng := streamingEngine{final: rag.Answer{Text: "Sponsors Russia, Iran, and Turkey [1]", Mode: rag.ModeExtractive, Citations: cit, Note: rag.NoteLLMUncited}}
		var out bytes.Buffer
		Run(context.Background(), eng, strings.NewReader("Who sponsored the talks?\n"), &out, true)
		got := out.String()
		for _, want := range []string{"Russia, Iran and Turkey [1].", "Checked against the articles:", "Sponsors Russia, Iran, and Turkey [1]", rag.NoteLLMUncited} {
			if !strings.Contains(got, want) {
				t.Errorf("output lacks %q:\n%s", want, got)
			}
		}
	})
	t.Run("piped input does not stream", func(t *testing.T) {
		eng := streamingEngine{final: rag.Answer{Text: "Final [1].", Mode: rag.ModeLLM, Citations: cit}}
		var out bytes.Buffer
		Run(context.Background(), eng, strings.NewReader("Who sponsored the talks?\n"), &out, false)
		if strings.Contains(out.String(), "Russia") || !strings.Contains(out.String(), "Final [1].") {
			t.Errorf("output:\n%s", out.String())
		}
	})
}

// Hardening item 22: an unknown /command is not taken for a question.
func TestItem22UnknownCommand(t *testing.T) {
	var out bytes.Buffer
	Run(context.Background(), streamingEngine{}, strings.NewReader("/frobnicate now\n"), &out, false)
	if !strings.Contains(out.String(), "Unknown command /frobnicate. Try /help.") {
		t.Errorf("output %q", out.String())
	}
}

// Hardening item 22: a log line written while the prompt shows moves the
// prompt below it instead of following it.
func TestItem22LogLinesMoveThePrompt(t *testing.T) {
	var term bytes.Buffer
	p := NewPrompt(&term)
	logs := p.Logs(&term)
	p.show()
	logs.Write([]byte("level=INFO msg=\"corpus changed; index updated\"\n"))
	got := term.String()
	if !strings.HasSuffix(got, "index updated\"\n> ") || !strings.Contains(got, "\r\033[K") {
		t.Errorf("terminal %q", got)
	}
	p.hide()
	term.Reset()
	logs.Write([]byte("x\n"))
	if term.String() != "x\n" {
		t.Errorf("without a prompt: %q", term.String())
	}
}

// historyEngine records the history each follow-up is asked with.
type historyEngine struct {
	streamingEngine
	seen *[]int
}

func (h historyEngine) AskFollowUpStream(_ context.Context, history []rag.Turn, q string, _, _ func(string)) (rag.Answer, error) {
	*h.seen = append(*h.seen, len(history))
	return rag.Answer{Question: q, Text: "ok", Standalone: q}, nil
}

// The console session is one conversation; /new starts another.
func TestConsoleConversationAndNew(t *testing.T) {
	var seen []int
	var out bytes.Buffer
	Run(context.Background(), historyEngine{seen: &seen}, strings.NewReader("first?\nsecond?\n/new\nthird?\n"), &out, false)
	if len(seen) != 3 || seen[0] != 0 || seen[1] != 1 || seen[2] != 0 {
		t.Errorf("histories %v", seen)
	}
	if !strings.Contains(out.String(), "New conversation") {
		t.Errorf("output %q", out.String())
	}
}

// slowEngine answers after a pause with nothing streamed.
type slowEngine struct{ streamingEngine }

func (s slowEngine) AskFollowUpStream(ctx context.Context, _ []rag.Turn, q string, _, onPartial func(string)) (rag.Answer, error) {
	time.Sleep(200 * time.Millisecond)
	return s.final, nil
}

// Hardening round two, item 10: while a slow answer is awaited, the
// console says it is waiting, once.
func TestItem10ConsoleSaysItIsWaiting(t *testing.T) {
	var out bytes.Buffer
	c := &chat{eng: slowEngine{streamingEngine{final: rag.Answer{Text: "Final [1].", Mode: rag.ModeLLM}}}, out: &out, stream: true, wait: 50 * time.Millisecond}
	if _, _, err := c.ask(context.Background(), "Who sponsored the talks?"); err != nil {
		t.Fatal(err)
	}
	if strings.Count(out.String(), "waiting for the answer") != 1 {
		t.Errorf("output %q", out.String())
	}
	out.Reset()
	c.eng = streamingEngine{final: rag.Answer{Text: "Russia, Iran and Turkey [1].", Mode: rag.ModeLLM}}
	c.ask(context.Background(), "Who sponsored the talks?")
	if strings.Contains(out.String(), "waiting") {
		t.Errorf("a quick answer said it was waiting: %q", out.String())
	}
}

// TestAHelpRequestGetsHelp: "what can you do?" typed as a question shows
// the help, not an answer from the articles.
func TestAHelpRequestGetsHelp(t *testing.T) {
	var out bytes.Buffer
	Run(context.Background(), streamingEngine{final: rag.Answer{Text: "Russia, Iran and Turkey [1]."}}, strings.NewReader("what can you do?\n"), &out, false)
	if !strings.Contains(out.String(), "/who-said TEXT") || strings.Contains(out.String(), "Turkey") {
		t.Errorf("output %q", out.String())
	}
}

// TestCopiesOfAQuotationAreShownOnce: the terminal lists a quotation two
// copies of a story give once, with both places.
func TestCopiesOfAQuotationAreShownOnce(t *testing.T) {
	got := FormatAttributions([]rag.Attribution{
		{Speaker: "Jane Doe", Quote: "We will stay -- all of us", Kind: "direct", Source: "a.txt", Line: 3, Score: 1},
		{Speaker: "Jane Doe", Quote: "We will stay - all of us", Kind: "direct", Source: "b.txt", Line: 5, Score: 1},
	}, nil)
	if strings.Count(got, "We will stay") != 1 || !strings.Contains(got, "also b.txt, line 5") || strings.Contains(got, "Also close") {
		t.Errorf("who-said: %q", got)
	}
	name := "Jane Doe"
	got = FormatSpeakerQuotes(name, rag.SpeakerQuotes{Speaker: &name, Quotes: []rag.QuoteRef{
		{Quote: "We will stay -- all of us", Kind: "direct", Source: "a.txt", Line: 3},
		{Quote: "We will stay - all of us", Kind: "direct", Source: "b.txt", Line: 5},
	}})
	if !strings.Contains(got, "1 quotation(s)") || !strings.Contains(got, "also b.txt, line 5") {
		t.Errorf("quotes: %q", got)
	}
}

// TestWhoSaidShowsWhatComesClosest: a /who-said that names nobody lists
// the quotations that come closest, under words that say so, each with
// its speaker and place; one that names someone lists no others.
func TestWhoSaidShowsWhatComesClosest(t *testing.T) {
	near := []rag.Attribution{{Speaker: "Jane Doe", Quote: "The port keeps its value", Kind: "direct", Source: "a.txt", Line: 3, Score: 0.45}}
	var out bytes.Buffer
	Run(context.Background(), attributing{near: near}, strings.NewReader("/who-said the port is still worth something\n"), &out, false)
	want := "Nobody in the articles said that, as far as I can find.\n" + rag.NearIntro + "\n  “The port keeps its value” — Jane Doe\n    a.txt, line 3\n"
	if !strings.Contains(out.String(), want) {
		t.Errorf("output %q, want %q in it", out.String(), want)
	}
	out.Reset()
	found := []rag.Attribution{{Speaker: "Tom Roe", Quote: "The port is worth something", Kind: "direct", Source: "b.txt", Line: 2, Score: 0.9}}
	Run(context.Background(), attributing{found: found, near: near}, strings.NewReader("/who-said the port is worth something\n"), &out, false)
	if !strings.Contains(out.String(), "Tom Roe") || strings.Contains(out.String(), "Jane Doe") || strings.Contains(out.String(), rag.NearIntro) {
		t.Errorf("output %q", out.String())
	}
}

// attributing is an engine that names found, or else near as closest.
type attributing struct {
	streamingEngine
	found, near []rag.Attribution
}

func (a attributing) WhoSaid(context.Context, string) ([]rag.Attribution, error) { return a.found, nil }
func (a attributing) NearQuotations(context.Context, string) ([]rag.Attribution, error) {
	if len(a.found) > 0 {
		return nil, nil
	}
	return a.near, nil
}
