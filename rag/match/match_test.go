package match

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/question"
)

// matcherOver indexes one article and matches against it, with no
// lexicon and no word vectors.
func matcherOver(t *testing.T, article string) *Matcher {
	t.Helper()
	docs, err := document.LoadCorpus(fstest.MapFS{"a.txt": {Data: []byte(article)}}, "t")
	if err != nil {
		t.Fatal(err)
	}
	ix, _, err := index.LoadOrBuild(context.Background(), docs, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return NewMatcher(ix, nil, nil)
}

// TestDigitsMeetRomanNumerals: "oslo 3" meets the "Oslo III" an article
// writes; a number the articles never write as a numeral gets no such
// alternative, and one is never read as "I".
func TestDigitsMeetRomanNumerals(t *testing.T) {
	m := matcherOver(t, "Talks\n\nThe Oslo III conference was first talked of in March. I think so, said one of 2 envoys.\n")
	alts := func(q, word string) []Alt {
		for _, w := range m.Prepare(question.Parse(q)).Words {
			if w.Surface == word {
				return w.Alts
			}
		}
		t.Fatalf("%q: no word %q", q, word)
		return nil
	}
	if got := alts("when was oslo 3 first talked of", "3"); !hasAlt(got, "iii") {
		t.Errorf("3: alternatives %v, want iii", got)
	}
	if got := alts("when was oslo 4 first talked of", "4"); hasAlt(got, "iv") {
		t.Errorf("4: alternatives %v, but the article has no IV", got)
	}
	if romanNumeral("1") != "" || romanNumeral("14") != "XIV" || romanNumeral("20") != "XX" || romanNumeral("21") != "" || romanNumeral("x") != "" {
		t.Error("romanNumeral reads numbers wrongly")
	}
}

// TestAccentsMeet: a word typed without its accents meets the word the
// articles write with them, and the other way round.
func TestAccentsMeet(t *testing.T) {
	m := matcherOver(t, "Rulers\n\nTugh Temür supported the academy. The envoy met Lopez in Besancon.\n")
	for word, want := range map[string]string{"Temur": "temür", "López": "lopez", "Besançon": "besancon"} {
		var got []Alt
		for _, w := range m.Prepare(question.Parse("what did " + word + " do")).Words {
			if w.Surface == word {
				got = w.Alts
			}
		}
		if !hasAlt(got, want) {
			t.Errorf("%s: alternatives %v, want %s", word, got, want)
		}
	}
	if stripAccents("Möngke") != "Mongke" || stripAccents("talks") != "talks" {
		t.Error("stripAccents")
	}
}
