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
