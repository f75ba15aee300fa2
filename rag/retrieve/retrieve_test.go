package retrieve

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/parleybot/parley/rag/document"
	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/match"
	"github.com/parleybot/parley/rag/question"
)

// TestACopiedStoryIsRetrievedOnce: a story two sites ran word for word is
// retrieved once, and the passage it would have taken goes to another.
func TestACopiedStoryIsRetrievedOnce(t *testing.T) {
	story := "Harbour Deal Signed\n\nThe port authority of Veltra signed a lease with the dockers' union on Monday.\n\nThe deal raises wages by four percent, union leader Ilse Brandt said.\n"
	docs, err := document.LoadCorpus(fstest.MapFS{
		"site-a.txt": {Data: []byte(story)},
		"site-b.txt": {Data: []byte("\ufeff" + story + "\n")},
		"ferry.txt":  {Data: []byte("Ferry Deal\n\nThe ferry company of Veltra raised fares by four percent on Monday.\n")},
	}, "t")
	if err != nil {
		t.Fatal(err)
	}
	ix, _, err := index.LoadOrBuild(context.Background(), docs, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	qr := match.NewMatcher(ix, nil, nil).Prepare(question.Parse("how much does the deal raise wages in Veltra?"))
	ps, err := Retrieve(context.Background(), ix, qr, 2)
	if err != nil {
		t.Fatal(err)
	}
	var sources []string
	for _, p := range ps {
		sources = append(sources, ix.Documents()[p.Doc].Source)
	}
	if len(ps) != 2 || sources[0] == "ferry.txt" || sources[1] != "ferry.txt" {
		t.Errorf("retrieved %v; want one copy of the story, then the ferry article", sources)
	}
}
