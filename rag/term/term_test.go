package term

import (
	"slices"
	"testing"
)

// TestSequenceKeepsCompoundsInPlace: a compound's joined form stands just
// before its parts, not after every term as in Of, and the two hold the
// same terms.
func TestSequenceKeepsCompoundsInPlace(t *testing.T) {
	text := "to consolidate the cease-fire. That is why we came, a well-known cease-fire"
	got := NewStemmer().Sequence(text)
	want := []string{"consolid", "ceasefir", "ceas", "fire", "come", "wellknown", "well", "know", "ceasefir", "ceas", "fire"}
	if !slices.Equal(got, want) {
		t.Errorf("Sequence = %v, want %v", got, want)
	}
	of := Of(text)
	slices.Sort(of)
	slices.Sort(got)
	if !slices.Equal(of, got) {
		t.Errorf("Sequence holds %v, Of %v", got, of)
	}
}

// TestSurfacesKeepTokenizesWords: Surfaces gives the same tokens as
// Tokenize, each with a term exactly where Tokenize's has one, unstemmed.
func TestSurfacesKeepTokenizesWords(t *testing.T) {
	text := "The U.S. and Russia's envoys, who were meeting in Astana on Jan. 23, took part in 14 talks; a cease-fire held."
	got, want := Surfaces(text), Tokenize(text)
	if len(got) != len(want) {
		t.Fatalf("Surfaces gives %d tokens, Tokenize %d", len(got), len(want))
	}
	stemmedDiffers := false
	for i := range got {
		if got[i].Surface != want[i].Surface || got[i].Capitalized != want[i].Capitalized || (got[i].Term == "") != (want[i].Term == "") {
			t.Errorf("token %d: Surfaces %+v, Tokenize %+v", i, got[i], want[i])
		}
		stemmedDiffers = stemmedDiffers || got[i].Term != want[i].Term
	}
	if !stemmedDiffers {
		t.Error("no term differs: Surfaces stems as Tokenize does")
	}
}

// TestPronounContractionsAreStopWords: "we're", "I've", "they'll", "I'd"
// and "I'm" carry no topic, as their parts carry none; a negation and a
// possessive keep their words.
func TestPronounContractionsAreStopWords(t *testing.T) {
	for _, w := range []string{"we're", "We’re", "they're", "you're", "I'm", "I've", "we've", "they'll", "I'd", "she'd"} {
		if got := Word(w); got != "" {
			t.Errorf("Word(%q) = %q, want a stop word", w, got)
		}
	}
	for w, want := range map[string]string{"don't": "don't", "Kerry's": "kerri", "lord's": "lord", "o'neill": "o'neil"} {
		if got := Word(w); got != want {
			t.Errorf("Word(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestOwnIsAVerbUnlessSomeoneOwnsIt: "own" after a possessor ("their
// own", "Russia's own") is a stop word; elsewhere it is the verb that
// "owned" and "owns" are forms of, so "what team did he own?" meets "he
// owned the Generals".
func TestOwnIsAVerbUnlessSomeoneOwnsIt(t *testing.T) {
	verb := Word("owned")
	for text, want := range map[string]bool{
		"what team did he own":       true,
		"Own goals are rare":         true,
		"they own the company":       true,
		"on their own terms":         false,
		"Russia's own forces":        false,
		"the rebels’ own plan":       false,
		"his own words":              false,
		"a country of its own":       false,
		"Whose own words were these": false,
	} {
		got := slices.Contains(Of(text), verb)
		if got != want {
			t.Errorf("Of(%q) holds %q: %v, want %v", text, verb, got, want)
		}
	}
	if Word("owns") != verb {
		t.Errorf("Word(owns) = %q, want %q", Word("owns"), verb)
	}
}

// TestWithoutPossessive: the ending goes, with either apostrophe; other
// words stay as they are.
func TestWithoutPossessive(t *testing.T) {
	for in, want := range map[string]string{"Kerry's": "Kerry", "putin’s": "putin", "its": "its", "Sabra": "Sabra", "'s": ""} {
		if got := WithoutPossessive(in); got != want {
			t.Errorf("WithoutPossessive(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNegationEndsAtWhether: "not clear whether they would meet" negates
// "clear", not the meeting, and "don't know why" knowing, not the why; an
// aside between commas does not end it.
func TestNegationEndsAtWhether(t *testing.T) {
	if got := Negated("it was not clear whether the delegations would meet"); len(got) != 1 || got[0] != Word("clear") {
		t.Errorf("whether: %v", got)
	}
	if got := Negated("it would not send a delegation"); len(got) != 2 {
		t.Errorf("send: %v", got)
	}
	if got := Negated("he did not, however, resign"); !slices.Contains(got, Word("resign")) {
		t.Errorf("aside: %v", got)
	}
	// A question word opens a clause the negation leaves open: "I don't
	// know why he's saying that" does not say he isn't.
	if got := Negated("I don't understand why he's saying that, but I will take Lind over Brandt"); !slices.Contains(got, Word("understand")) || slices.Contains(got, Word("saying")) || slices.Contains(got, Word("take")) {
		t.Errorf("why: %v", got)
	}
	// Nor does it reach into the next sentence.
	if got := Negated("It was not at all unusual. I have turned over all of my emails."); slices.Contains(got, Word("turned")) || slices.Contains(got, Word("emails")) {
		t.Errorf("next sentence: %v", got)
	}
}

// TestImpossibleNegates: "impossible to negotiate" and "unable to sail"
// say that one cannot, as "cannot" does; "possible" says no such thing.
func TestImpossibleNegates(t *testing.T) {
	if got := Negated("it was impossible to carry out negotiations"); !slices.Contains(got, Word("negotiations")) {
		t.Errorf("impossible: %v", got)
	}
	if got := Negated("the ferries were unable to sail"); !slices.Contains(got, Word("sail")) {
		t.Errorf("unable: %v", got)
	}
	if Negates("it was possible to sail") {
		t.Error("possible negates")
	}
}

// TestNoReasonNotAffirms: "there is no reason that they should not
// reopen it" says they should; a negation between the two, and one
// without "no reason", still negate.
func TestNoReasonNotAffirms(t *testing.T) {
	got := Negated("There is no reason that both ports, which have a common interest in not seeing the strike return, should not be able to reopen what they built")
	if slices.Contains(got, Word("reopen")) || slices.Contains(got, Word("reason")) {
		t.Errorf("no reason … should not: %v", got)
	}
	if !slices.Contains(got, Word("seeing")) {
		t.Errorf("the negation between: %v", got)
	}
	if got := Negated("the ports should not be able to reopen what they built"); !slices.Contains(got, Word("reopen")) {
		t.Errorf("should not: %v", got)
	}
}

// TestNamesOfTwoWordsMeetTheirAcronyms: "United Kingdom", "UK" and
// "U.K." are one term, possessive or not.
func TestNamesOfTwoWordsMeetTheirAcronyms(t *testing.T) {
	for _, text := range []string{"the UK tax", "the U.K.'s tax", "the United Kingdom tax", "the United Kingdom’s tax", "the United Kingdom's tax"} {
		if got := Of(text); !slices.Equal(got, []string{"uk", "tax"}) {
			t.Errorf("Of(%q) = %v, want [uk tax]", text, got)
		}
	}
	if got := Of("the United States’ envoy"); !slices.Equal(got, []string{"usa", "envoy"}) {
		t.Errorf("the United States’ envoy: %v", got)
	}
	// In any case, as chat types them.
	if got := Of("UNITED nations envoys"); !slices.Equal(got, []string{"un", "envoy"}) {
		t.Errorf("UNITED nations envoys: %v", got)
	}
}
