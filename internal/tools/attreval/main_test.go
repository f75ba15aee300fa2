package main

import (
	"testing"

	"github.com/parleybot/parley/rag/quote"
)

// The same words quoted twice, by two people, are two attributions: each
// gold one is scored against the quotation found at its own place.
func TestArticleMatchesQuotationsByPlace(t *testing.T) {
	text := []rune("Smith said: \"It is a bribe.\"\n\nLater, Jones said: \"It is a bribe.\"\n")
	gold := []attribution{
		{source: "Smith", content: "\"It is a bribe.\"", line: lineOf(text, 12)},
		{source: "Jones", content: "\"It is a bribe.\"", line: lineOf(text, 49)},
	}
	if gold[0].line != 1 || gold[1].line != 3 {
		t.Fatalf("lines %d and %d, want 1 and 3", gold[0].line, gold[1].line)
	}
	got := []quote.Quote{
		{Text: "It is a bribe.", Speaker: "Smith", SpeakerType: quote.TypePerson, Line: 1},
		{Text: "It is a bribe.", Speaker: "Jones", SpeakerType: quote.TypePerson, Line: 3},
	}
	var s score
	s.article(gold, got, 0)
	if s.foundQuotes != 2 || s.speakerEval != 2 || s.speakerRight != 2 {
		t.Errorf("found %d, scored %d, right %d; want 2, 2, 2", s.foundQuotes, s.speakerEval, s.speakerRight)
	}

	// A quotation found only far from the gold's place is not it.
	far := []attribution{{source: "Smith", content: "\"It is a bribe.\"", line: 40}}
	var f score
	f.article(far, got, 0)
	if f.foundQuotes != 0 {
		t.Errorf("a quotation 37 lines away was matched")
	}
}
