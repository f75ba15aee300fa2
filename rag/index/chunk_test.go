package index

import (
	"os"
	"testing"

	"github.com/parleybot/parley/rag/document"
)

func loadCorpus(t testing.TB) []document.Document {
	t.Helper()
	docs, err := document.LoadCorpus(os.DirFS("../../corpus"), "corpus")
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestChunksOnRealArticles(t *testing.T) {
	docs := loadCorpus(t)
	for d, doc := range docs {
		chunks := ChunkDocument(d, doc, DefaultChunkOptions)
		if len(chunks) == 0 {
			t.Fatalf("%s: no chunks", doc.Source)
		}
		covered := map[int]bool{}
		for i, c := range chunks {
			if c.Source != doc.Source || c.Title != doc.Title {
				t.Errorf("%s: chunk metadata %q %q", c.ID, c.Source, c.Title)
			}
			if !document.CitationFound(doc, c.LineStart, c.LineEnd, c.Text) {
				t.Errorf("%s: text not on lines %d-%d", c.ID, c.LineStart, c.LineEnd)
			}
			if c.Last-c.First+1 > DefaultChunkOptions.MaxSentences {
				t.Errorf("%s: %d sentences", c.ID, c.Last-c.First+1)
			}
			if i > 0 && c.First > chunks[i-1].Last+1 {
				t.Errorf("%s: sentences %d..%d skipped", c.ID, chunks[i-1].Last+1, c.First-1)
			}
			if i > 0 && c.First == chunks[i-1].Last && doc.Sentences[c.First].Segment == doc.Sentences[chunks[i-1].Last].Segment {
				// one sentence of overlap, as configured
			} else if i > 0 && c.First <= chunks[i-1].Last {
				t.Errorf("%s: overlaps by more than one sentence", c.ID)
			}
			for s := c.First; s <= c.Last; s++ {
				covered[s] = true
				if doc.Sentences[s].Segment != doc.Sentences[c.First].Segment {
					t.Errorf("%s: crosses a dropped line", c.ID)
				}
			}
		}
		if len(covered) != len(doc.Sentences) {
			t.Errorf("%s: chunks cover %d of %d sentences", doc.Source, len(covered), len(doc.Sentences))
		}
	}
}
