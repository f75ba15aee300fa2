package bot

import (
	"net"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/parleybot/parley/rag"
)

func TestSplitMessage(t *testing.T) {
	sentence := "The talks in Astana were hard going for everyone involved. "
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string // nil: only check the invariants
	}{
		{"short", "One sentence.", 20, []string{"One sentence."}},
		{"empty", "   ", 20, nil},
		{"on sentences", "First one here. Second one here. Third.", 20, []string{"First one here.", "Second one here.", "Third."}},
		{"citation stays with its sentence", "Alpha beta gamma [1]. Delta epsilon [2].", 25, []string{"Alpha beta gamma [1].", "Delta epsilon [2]."}},
		{"closing quote stays", `He said "yes." Then he left the room.`, 25, []string{`He said "yes."`, "Then he left the room."}},
		{"long sentence between words", "aaaa bbbb cccc dddd eeee", 10, []string{"aaaa bbbb", "cccc dddd", "eeee"}},
		{"a word longer than a message", strings.Repeat("x", 25), 10, []string{strings.Repeat("x", 10), strings.Repeat("x", 10), strings.Repeat("x", 5)}},
		{"many sentences", strings.Repeat(sentence, 80), 2000, nil},
		{"unicode counts runes", strings.Repeat("é", 1999) + " " + strings.Repeat("ü", 10), 2000, []string{strings.Repeat("é", 1999), strings.Repeat("ü", 10)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := SplitMessage(tt.text, tt.limit)
			if tt.want != nil && strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			for _, p := range got {
				if utf8.RuneCountInString(p) > tt.limit || strings.TrimSpace(p) != p || p == "" {
					t.Errorf("bad part (%d runes): %q", utf8.RuneCountInString(p), clip(p, 40))
				}
			}
			// Nothing lost but white space.
			if strings.Join(strings.Fields(strings.Join(got, " ")), "") != strings.Join(strings.Fields(tt.text), "") {
				t.Error("text lost")
			}
		})
	}
	parts := SplitMessage(strings.Repeat(sentence, 80), 2000)
	for _, p := range parts[:len(parts)-1] {
		if !strings.HasSuffix(p, "involved.") {
			t.Errorf("not cut on a sentence: …%q", p[len(p)-20:])
		}
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text.", "plain text."},
		{"*bold* _it_ ~~gone~~ `code` ||spoiler||", `\*bold\* \_it\_ \~\~gone\~\~ \` + "`code\\`" + ` \|\|spoiler\|\|`},
		{"> quoted", `\> quoted`},
		{"# Heading\n- item\n-# small\n1. first", "\\# Heading\n\\- item\n\\-# small\n\\1. first"},
		{`back\slash`, `back\\slash`},
		{"Shi'ite al-Assad U.S.-Russian [1]", "Shi'ite al-Assad U.S.-Russian [1]"},
		{"@everyone and <@123>", "@everyone and <@123>"}, // allowed_mentions, not escaping, stops pings
	}
	for _, tt := range tests {
		if got := EscapeMarkdown(tt.in); got != tt.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSourcesLineRoundTrip(t *testing.T) {
	cits := []rag.Citation{
		{N: 1, Source: "003_b263529037173a86.txt", LineStart: 5, LineEnd: 5},
		{N: 2, Source: "my-notes.v2.md", LineStart: 7, LineEnd: 9},
	}
	line := SourcesLine(cits)
	if line != "Sources: [1] 003_b263529037173a86.txt:5 · [2] my-notes.v2.md:7-9" {
		t.Errorf("line %q", line)
	}
	refs := parseSourcesLine("Some answer [1][2].\n" + line)
	if len(refs) != 2 || refs[1] != (sourceRef{n: 2, source: "my-notes.v2.md", start: 7, end: 9}) {
		t.Errorf("refs %+v", refs)
	}
}

func TestAnswerMessagesKeepSourcesOnLast(t *testing.T) {
	long := strings.Repeat("A sentence about the Geneva talks [1]. ", 120)
	a := rag.Answer{Text: long, Note: rag.NoteLLMCutShort, Citations: []rag.Citation{{N: 1, Source: "a.txt", LineStart: 1, LineEnd: 2}}}
	parts := answerMessages(a)
	if len(parts) < 3 {
		t.Fatalf("%d parts", len(parts))
	}
	for i, p := range parts {
		if utf8.RuneCountInString(p) > MessageLimit {
			t.Errorf("part %d has %d runes", i, utf8.RuneCountInString(p))
		}
		if strings.Contains(p, "Sources:") != (i == len(parts)-1) {
			t.Errorf("sources line on part %d of %d", i, len(parts))
		}
	}
	if !strings.HasSuffix(parts[len(parts)-1], "Sources: [1] a.txt:1-2") || !strings.Contains(parts[len(parts)-1], "cut short") {
		t.Errorf("last part %q", parts[len(parts)-1])
	}
}

// Hardening item 20: a dead PARLEY_DISCORD_API_BASE is named in the error,
// not discord.com.
func TestItem20DeadAPIBaseNamed(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + ln.Addr().String()
	ln.Close() // nothing listens there now
	s, err := NewSession("token", dead)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Gateway()
	if err == nil || !strings.Contains(err.Error(), ln.Addr().String()) || !strings.Contains(err.Error(), "PARLEY_DISCORD_API_BASE") {
		t.Errorf("error %v", err)
	}
}

// TestAttributionTextUnattributed checks that a quotation the article
// leaves unattributed is shown as such, first or among the near misses,
// never under a made-up name.
func TestAttributionTextUnattributed(t *testing.T) {
	ms := []rag.Attribution{
		{Quote: "Nobody should expect a breakthrough", Kind: "direct", Source: "a.txt", Line: 6, Score: 0.9},
		{Speaker: "Jane Doe", Quote: "We will stay", Kind: "direct", Source: "a.txt", Line: 3, Score: 0.7},
		{Quote: "Another line", Kind: "direct", Source: "a.txt", Line: 9, Score: 0.65},
	}
	got := attributionText("nobody should expect", ms, nil)
	if !strings.HasPrefix(got, "“Nobody should expect a breakthrough”: the article does not say who said it") {
		t.Errorf("first: %q", got)
	}
	if !strings.Contains(got, "- unattributed in the article: “Another line”") || !strings.Contains(got, "- Jane Doe: “We will stay”") {
		t.Errorf("near misses: %q", got)
	}
	if strings.Contains(got, "****") {
		t.Errorf("an empty bold name: %q", got)
	}
}

// TestCopiesOfAQuotationAreListedOnce: a quotation two copies of a story
// give, with a dash written differently, is listed once with both
// places, by who-said and by /quotes; a different quotation is not.
func TestCopiesOfAQuotationAreListedOnce(t *testing.T) {
	ms := []rag.Attribution{
		{Speaker: "Jane Doe", Quote: "We will stay -- all of us", Kind: "direct", Source: "a.txt", Line: 3, Score: 1},
		{Speaker: "Jane Doe", Quote: "We will stay - all of us", Kind: "direct", Source: "b.txt", Line: 5, Score: 1},
		{Speaker: "Tom Roe", Quote: "We will stay - all of us", Kind: "direct", Source: "c.txt", Line: 2, Score: 0.9},
	}
	got := attributionText("we will stay", ms, nil)
	if !strings.Contains(got, "a.txt:3, also in b.txt:5") || strings.Count(got, "Jane Doe") != 1 || !strings.Contains(got, "Also close:\n- Tom Roe") {
		t.Errorf("who-said: %q", got)
	}
	name := "Jane Doe"
	sq := rag.SpeakerQuotes{Speaker: &name, Quotes: []rag.QuoteRef{
		{Quote: "We will stay -- all of us", Kind: "direct", Source: "a.txt", Line: 3},
		{Quote: "The port stays open", Kind: "direct", Source: "a.txt", Line: 4},
		{Quote: "We will stay - all of us", Kind: "direct", Source: "b.txt", Line: 5},
	}}
	got = speakerQuotesText(name, sq)
	if !strings.Contains(got, "2 quotation(s)") || !strings.Contains(got, "a.txt:3, also in b.txt:5") || strings.Count(got, "We will stay") != 1 {
		t.Errorf("/quotes: %q", got)
	}
}

// TestNearQuotationsAreNoAttribution: when /who-said names nobody, the
// quotations that come closest follow, each with its speaker and place,
// under words that say they may not say the same, and no name in bold.
func TestNearQuotationsAreNoAttribution(t *testing.T) {
	near := []rag.Attribution{
		{Speaker: "Jane Doe", Quote: "The port keeps its value", Kind: "direct", Source: "a.txt", Line: 3, Score: 0.45},
		{Quote: "Another line", Kind: "direct", Source: "b.txt", Line: 9, Score: 0.31},
	}
	got := attributionText("the port is still worth something", nil, near)
	want := "Nobody in the articles said “the port is still worth something”, as far as I can find.\n" + rag.NearIntro +
		"\n- Jane Doe: “The port keeps its value” (a.txt:3)\n- unattributed in the article: “Another line” (b.txt:9)"
	if got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if got := attributionText("the port", nil, nil); strings.Contains(got, rag.NearIntro) {
		t.Errorf("no near quotations, yet: %q", got)
	}
}
