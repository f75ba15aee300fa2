package rag

import (
	"context"
	"testing"
)

// TestWhoHoldsARoleOfSomething: "who are the sponsors of astana?" is
// answered first by the sentence that names the sponsors, not by one
// that names Astana alone, the sponsors being only in its headline.
func TestWhoHoldsARoleOfSomething(t *testing.T) {
	eng := openEngine(t)
	for _, q := range []string{"who are the sponsors of astana", "yo who r the sponsors of astana"} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Citations) == 0 || a.Citations[0].Source != "003_b263529037173a86.txt" || a.Citations[0].LineStart != 5 {
			t.Errorf("%q: %q", q, a.Text)
		}
	}
}
