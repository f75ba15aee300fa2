package index

import (
	"maps"
	"os"
	"reflect"
	"slices"
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

// TestIncrementalMatchesFull: an index made from the previous one, with an
// article removed, one changed and one added, counts every word as an
// index made from scratch does.
func TestIncrementalMatchesFull(t *testing.T) {
	docs := loadCorpus(t)
	prev := newIndex(docs, DefaultChunkOptions, nil)
	changed := document.ParseDocument(docs[1].Source, []byte("A Changed Article\n\nKerry and Lavrov met in Geneva on Monday, officials said.\n"))
	added := document.ParseDocument("004_added.txt", []byte("An Added Article\n\nThe talks in Astana were postponed, Lavrov said.\n"))
	next := []document.Document{docs[0], changed, docs[3], added} // docs[2] removed
	inc := newIndex(next, DefaultChunkOptions, prev)
	full := newIndex(next, DefaultChunkOptions, nil)
	if !maps.Equal(inc.sentDF, full.sentDF) || !maps.Equal(inc.caps, full.caps) || !maps.Equal(inc.surfaces, full.surfaces) || inc.nSents != full.nSents {
		t.Fatalf("incremental counts differ: %d/%d terms, %d/%d caps, %d/%d surfaces, %d/%d sentences",
			len(inc.sentDF), len(full.sentDF), len(inc.caps), len(full.caps), len(inc.surfaces), len(full.surfaces), inc.nSents, full.nSents)
	}
	if !reflect.DeepEqual(inc.sentTerms, full.sentTerms) || len(inc.chunks) != len(full.chunks) {
		t.Fatal("incremental sentences or chunks differ")
	}
	if inc.sentDF["kerri"] == prev.sentDF["kerri"] {
		t.Error("the changed and removed articles' words were not counted again")
	}
}

// TestQuoteDocumentsMarkTitleCase: the headline and a subhead in Title
// Case reach the quotation extractor marked, so no names are read from
// them; a sentence is not marked.
func TestQuoteDocumentsMarkTitleCase(t *testing.T) {
	d := document.ParseDocument("a.txt", []byte("Talks Resume In Vienna\n\nThe envoys met on Monday, and the talks went on until late.\n\nRand Doe Scores Direct Hit On Jane Roe.\n\nShe said the talks would go on.\n"))
	var marked []bool
	for _, s := range QuoteDocuments([]document.Document{d})[0].Sentences {
		marked = append(marked, s.TitleCase)
	}
	if want := []bool{true, false, true, false}; !slices.Equal(marked, want) {
		t.Errorf("TitleCase marks %v, want %v", marked, want)
	}
}
