package answer

import (
	"slices"
	"testing"
)

// TestPersonTerms: a run of two or more capitalised words can be a
// person, initials included; a single capitalised word is mostly a place.
func TestPersonTerms(t *testing.T) {
	got := personTerms("Delegates flew to Vienna, where the envoy to Austria, Marta L. Kovacs, met them.")
	for _, want := range []string{"marta", "kovac"} {
		if !slices.Contains(got, want) {
			t.Errorf("personTerms = %v, want %q among them", got, want)
		}
	}
	for _, not := range []string{"vienna", "austria", "deleg"} {
		if slices.Contains(got, not) {
			t.Errorf("personTerms = %v, holds %q", got, not)
		}
	}
	if !opensWithPersonalPronoun("She previously served in Chile.") || !opensWithPersonalPronoun("“He said so.") || opensWithPersonalPronoun("Her­nandez spoke.") || opensWithPersonalPronoun("They met.") {
		t.Error("opensWithPersonalPronoun misreads a sentence's first word")
	}
}
