package rag

import (
	"context"
	"testing"
	"testing/fstest"
)

// TestAStoryInTwoArticlesIsCitedOnce: a wire story two sites ran, one of
// them edited a little, is shown and cited once, not as two sentences
// saying the same.
func TestAStoryInTwoArticlesIsCitedOnce(t *testing.T) {
	eng := openFS(t, fstest.MapFS{
		"site-a.txt": {Data: []byte("Harbour Deal Signed\n\nVELTRA -- The port authority of Veltra signed a ten-year lease with the dockers' union on Monday, ending a strike that had closed the harbour for three weeks.\n\nThe deal raises wages by four percent, union leader Ilse Brandt said.\n")},
		"site-b.txt": {Data: []byte("Veltra Port Deal\n\nThe port authority of Veltra signed a ten-year lease with the dockers' union on Monday, ending a strike that had shut the harbour for three weeks.\n\nThe deal raises wages by four  percent, union leader Ilse Brandt said.\n")},
		"ferry.txt":  {Data: []byte("Ferry Timetable\n\nFerries to Osterby will sail every two hours from May, the ferry company said.\n")},
	})
	for _, q := range []string{"how much does the deal raise wages?", "what did the port authority of veltra sign?"} {
		a, err := eng.Ask(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Abstained || len(a.Citations) != 1 {
			t.Errorf("%q: %d citations, want the one: %s", q, len(a.Citations), a.Text)
		}
	}
}
