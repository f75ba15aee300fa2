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
