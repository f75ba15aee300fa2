package generate

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
	"github.com/parleybot/parley/rag/retrieve"
)

// TestThePromptSaysAStoryOnce: a wire story two sites ran, one copy
// edited a little, is given to the model once, and the room goes to
// other passages.
func TestThePromptSaysAStoryOnce(t *testing.T) {
	docs, err := document.LoadCorpus(fstest.MapFS{
		"site-a.txt": {Data: []byte("Harbour Deal Signed\n\nVELTRA -- The port authority of Veltra signed a ten-year lease with the dockers' union on Monday, ending a strike that had closed the harbour for three weeks.\n")},
		"site-b.txt": {Data: []byte("Veltra Port Deal\n\nThe port authority of Veltra signed a ten-year lease with the dockers' union on Monday, ending a strike that had shut the harbour for three weeks.\n")},
		"ferry.txt":  {Data: []byte("Ferry Deal\n\nThe ferry company of Veltra signed a lease for a new quay on Monday.\n")},
	}, "t")
	if err != nil {
		t.Fatal(err)
	}
	ix, _, err := index.LoadOrBuild(context.Background(), docs, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	qr := match.NewMatcher(ix, nil, nil).Prepare(question.Parse("what lease did the port authority of veltra sign?"))
	ps, err := retrieve.Retrieve(context.Background(), ix, qr, 5)
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, p := range PromptPassages(ix, qr, ps) {
		all.WriteString(p.Text + "\n")
	}
	if got := strings.Count(all.String(), "ten-year lease"); got != 1 || !strings.Contains(all.String(), "ferry company") {
		t.Errorf("the prompt's passages:\n%s", all.String())
	}
}
