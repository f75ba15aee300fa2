package lexicon

import (
	"slices"
	"strings"
	"testing"

	"github.com/parleybot/parley/rag/term"
)

func TestRelated(t *testing.T) {
	lx, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if lx.Len() < 10000 {
		t.Fatalf("only %d terms loaded", lx.Len())
	}
	cases := []struct{ a, b string }{
		{"backed", "sponsor"}, // through backer
		{"delayed", "postponed"},
		{"obtained", "acquired"},
		{"American", "America"},
		{"Moscow", "Russia"},
		{"Russian", "Russia"},
		{"Washington", "US"},
		{"Helsinki", "Finland"},
		{"killed", "slaughtered"},
	}
	for _, c := range cases {
		a, b := term.Word(c.a), term.Word(c.b)
		if !slices.Contains(lx.Related(a), b) && !slices.Contains(lx.Related(b), a) {
			t.Errorf("%s (%s) and %s (%s) are not related; %s has %v", c.a, a, c.b, b, a, lx.Related(a))
		}
	}
	for _, unrelated := range [][2]string{
		{"Moscow", "Iran"}, {"postponed", "killed"},
		// A capital stands for its country, not for the continent.
		{"Helsinki", "Europe"}, {"Damascus", "Mideast"}, {"Moscow", "Eurasia"},
	} {
		if slices.Contains(lx.Related(term.Word(unrelated[0])), term.Word(unrelated[1])) {
			t.Errorf("%s and %s should not be related", unrelated[0], unrelated[1])
		}
	}
}

func TestAntonyms(t *testing.T) {
	lx, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{{"won", "lost"}, {"accepted", "rejected"}, {"increase", "decreased"}, {"first", "last"}, {"highest", "lowest"}, {"larger", "smaller"}} {
		a, b := term.Word(c[0]), term.Word(c[1])
		if !slices.Contains(lx.Antonyms(a), b) || !slices.Contains(lx.Antonyms(b), a) {
			t.Errorf("%s and %s are not opposites: %v, %v", c[0], c[1], lx.Antonyms(a), lx.Antonyms(b))
		}
	}
	for _, c := range [][2]string{{"postponed", "delayed"}, {"backed", "sponsored"}, {"highest", "low"}, {"larger", "smallest"}} {
		if slices.Contains(lx.Antonyms(term.Word(c[0])), term.Word(c[1])) {
			t.Errorf("%s and %s are not opposites", c[0], c[1])
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestPhrases(t *testing.T) {
	lx, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	keys := func(s string) []string {
		var out []string
		for _, w := range strings.Fields(s) {
			out = append(out, PhraseWord(w))
		}
		return out
	}
	for phrase, want := range map[string]string{
		"call off":     "cancel",
		"called off":   "cancel",
		"put off":      "postponed",
		"took part":    "participate",
		"got hold of":  "contact",
		"stepped down": "resign",
		// The name an abbreviation stands for.
		"initial public offering": "ipo",
		"gross domestic product":  "gdp",
	} {
		if got := lx.Phrase(keys(phrase)); !slices.Contains(got, term.Word(want)) {
			t.Errorf("%q: %v, want %q in it", phrase, got, term.Word(want))
		}
	}
	for _, phrase := range []string{"called", "call the", "put the off", "a b c d e"} {
		if got := lx.Phrase(keys(phrase)); got != nil {
			t.Errorf("%q is no verb of WordNet's, got %v", phrase, got)
		}
	}
	// Read the other way: the phrases a word is a sense of.
	for word, want := range map[string]string{"happen": "take place", "cancel": "call off", "resign": "step down", "ceo": "chief executive officer"} {
		if got := lx.PhrasesOf(term.Word(word)); !slices.Contains(got, strings.Join(keys(want), " ")) {
			t.Errorf("PhrasesOf(%q): %v, want %q in it", word, got, want)
		}
	}
	if got := lx.PhrasesOf(term.Word("qwxzv")); got != nil {
		t.Errorf("PhrasesOf(qwxzv): %v", got)
	}
	// An abbreviation that is a word too, or whose term is another word's,
	// stands for nothing: "add" (attention deficit disorder), "aids".
	for phrase, not := range map[string]string{"attention deficit disorder": "add", "acquired immune deficiency syndrome": "aids"} {
		if got := lx.Phrase(keys(phrase)); slices.Contains(got, term.Word(not)) {
			t.Errorf("%q: %v, want no %q", phrase, got, term.Word(not))
		}
	}
}

// TestProperNames: words WordNet writes only with a capital are names;
// a word it also writes in lower case (turkey, the bird; trump, the
// card) is not.
func TestProperNames(t *testing.T) {
	lx, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"germany": true, "isis": true, "monday": true, "turkey": false, "trump": false, "talks": false} {
		if got := lx.IsProperName(term.Word(w)); got != want {
			t.Errorf("IsProperName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestForms: verbs' and nouns' irregular forms meet their bases both
// ways; a form that is another verb's ("found", of "to found") does not.
func TestForms(t *testing.T) {
	lx, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{{"eat", "ate"}, {"eaten", "eat"}, {"pay", "paid"}, {"flee", "fled"}, {"mouse", "mice"}} {
		a, b := term.Word(c[0]), term.Word(c[1])
		if !slices.Contains(lx.Forms(a), b) || !slices.Contains(lx.Forms(b), a) {
			t.Errorf("%s and %s: %v, %v", c[0], c[1], lx.Forms(a), lx.Forms(b))
		}
	}
	for _, c := range [][2]string{{"find", "found"}, {"leaf", "leaves"}, {"take", "took"}} {
		if a, b := term.Word(c[0]), term.Word(c[1]); slices.Contains(lx.Forms(a), b) {
			t.Errorf("%s meets %s", c[0], c[1])
		}
	}
}
