package term

import (
	"slices"
	"testing"
)

// TestAllButNegates: "rarely", "seldom", "hardly" and "scarcely" all but
// negate what follows, and NegatedHeads gives the one word each negation
// governs first.
func TestAllButNegates(t *testing.T) {
	if got := Negated("Kerry rarely complained about it"); !slices.Contains(got, Word("complained")) {
		t.Errorf("rarely: %v", got)
	}
	got := NegatedHeads("Kerry rarely complained that his diplomacy had not been backed by force")
	if want := []string{Word("complained"), Word("backed")}; !slices.Equal(got, want) {
		t.Errorf("heads: %v, want %v", got, want)
	}
	if Negates("the talks had been hard going") {
		t.Error("hard going negates nothing")
	}
}

// TestYetToNegates: "had yet to endorse" says one has not.
func TestYetToNegates(t *testing.T) {
	if got := NegatedHeads("he had yet to endorse Clinton"); !slices.Equal(got, []string{Word("endorse")}) {
		t.Errorf("yet to: %v", got)
	}
}

// TestANotToWithoutItsVerb: "decided not to following the death of his
// son" leaves out the verb it negates, and negates none of the words
// after it; "decided not to run" negates running.
func TestANotToWithoutItsVerb(t *testing.T) {
	for _, text := range []string{
		"he ultimately decided not to following the death of his son",
		"she chose not to, after all, and the ferry left",
		"they had planned not to after the vote",
	} {
		if got := Negated(text); len(got) != 0 {
			t.Errorf("%q negates %v", text, got)
		}
	}
	if got := Negated("he decided not to run again"); !slices.Contains(got, Word("run")) {
		t.Errorf("not to run: %v", got)
	}
}

// TestAQuotationClosedByTwoApostrophes: a negation ends where a quotation
// closes, by two apostrophes as archives write it too.
func TestAQuotationClosedByTwoApostrophes(t *testing.T) {
	if got := Negated("''people that we couldn't get our hands on,'' he told Harbour TV."); slices.Contains(got, Word("told")) {
		t.Errorf("the saying is negated: %v", got)
	}
}

// TestRatherThanSetsAside: "rather than" and "instead of" negate the
// alternative they set aside, and nothing before them.
func TestRatherThanSetsAside(t *testing.T) {
	for _, text := range []string{"the consul, Tomas Lind, rather than a delegation from Osterby", "the consul, Tomas Lind, instead of a delegation from Osterby"} {
		got := Negated(text)
		if !slices.Contains(got, Word("delegation")) || slices.Contains(got, Word("consul")) {
			t.Errorf("%q: negated %v", text, got)
		}
	}
}
