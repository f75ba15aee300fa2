package match

import (
	"slices"
	"testing"

	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/term"
)

// TestBritishAndAmericanSpellingsMeet: a word in one country's spelling
// meets the other's the articles write as a word met as written does,
// not as a related word: "organised" is "organized", "defence" is
// "defense", and the other way round; the lexicon must relate the two.
func TestBritishAndAmericanSpellingsMeet(t *testing.T) {
	m := lexiconMatcherOver(t, "Harbour Festival\n\n"+
		"The festival was organized by the town council and the harbour board.\n"+
		"The defense ministry travelled to the centre of the city.\n"+
		"The general public came.\n")
	for q, want := range map[string]string{
		"who organised the festival?":       "organ",
		"what did the defence ministry do?": "defens",
		"where is the harbor board?":        "harbour",
		"what happened in the center?":      "centr",
	} {
		for _, w := range m.Prepare(question.Parse(q)).Words {
			if regionalSpellings(w.Surface) == nil {
				continue
			}
			if len(w.Alts) == 0 || w.Alts[0] != (Alt{want, CreditCorrected}) || !w.Known {
				t.Errorf("%q: %s is met by %v, known %v; want %s first, as a spelling", q, w.Surface, w.Alts, w.Known, want)
			}
		}
	}
	for _, w := range []string{"four", "hour", "your", "tour", "filled", "talks"} {
		if got := regionalSpellings(w); got != nil {
			t.Errorf("regionalSpellings(%q) = %v: it has no other spelling", w, got)
		}
	}
	if got := regionalSpellings("Organisations"); !slices.Contains(got, "organizations") {
		t.Errorf("regionalSpellings(Organisations) = %v", got)
	}
	if v := m.regionalSpelling("genre", "genr"); v != "" {
		t.Errorf("genre is spelt %q: a pattern's word the lexicon does not relate is no spelling", v)
	}
}

// TestASlipOfAWordWordNetKnows: a word typed with a slip of a key, that
// the articles never write in any spelling, is the word WordNet knows,
// not a name the articles never mention: "happend" is "happen". A name
// the news writes, one letter from a word, stays a name.
func TestASlipOfAWordWordNetKnows(t *testing.T) {
	lx, vec := tables(t)
	m := NewMatcher(indexOver(t, "Port News\n\nThe strike took place in Oslo in May.\n"), lx, vec)
	if got := m.lexiconSlip("happend"); got != "happen" {
		t.Errorf("happend is %q, want happen", got)
	}
	for _, w := range []string{"mattis", "happen", "oslo", "rouhani"} {
		if got := m.lexiconSlip(term.Word(w)); got != "" {
			t.Errorf("%s is read as a slip of %q", w, got)
		}
	}
	for _, w := range m.Prepare(question.Parse("what happend in oslo")).Words {
		if w.Surface == "happend" && (w.Name || len(w.Alts) == 0) {
			t.Errorf("happend is met by %v, name %v: want the words related to happen", w.Alts, w.Name)
		}
	}
}
