package index

import (
	"math"
	"reflect"
	"testing"
)

// TestBM25FromIDsMatchesTerms checks that BM25 built from numbered terms
// is the one made from the chunks' terms.
func TestBM25FromIDsMatchesTerms(t *testing.T) {
	vocab := []string{"talk", "astana", "ceasefire", "russia", "unused"}
	sents := [][][]int32{
		{{0, 1, 0}, {2}, {3, 0}},
		{{1}, {}, {2, 2, 2, 3}},
	}
	chunks := []Chunk{
		{Doc: 0, First: 0, Last: 1},
		{Doc: 0, First: 2, Last: 2},
		{Doc: 1, First: 0, Last: 2},
	}
	var texts [][]string
	for _, c := range chunks {
		var ts []string
		for s := c.First; s <= c.Last; s++ {
			for _, id := range sents[c.Doc][s] {
				ts = append(ts, vocab[id])
			}
		}
		texts = append(texts, ts)
	}
	want, got := newBM25(texts), bm25FromIDs(vocab, chunks, sents)
	if !reflect.DeepEqual(got.postings, want.postings) || !reflect.DeepEqual(got.lengths, want.lengths) || got.avgLen != want.avgLen {
		t.Fatalf("from numbers:\n%+v\nfrom terms:\n%+v", got, want)
	}
	if _, ok := got.postings["unused"]; ok {
		t.Error("a term in no chunk has postings")
	}
	if r := got.searchGroups([]TermGroup{{Terms: []string{"ceasefire"}, Weights: []float64{1}}}, 3); len(r) != 2 || r[0].idx != 2 {
		t.Errorf("search ceasefire = %+v, want chunk 2 first of 2", r)
	}
}

// newBM25 indexes each text, a list of terms, the plain way: the
// reference bm25FromIDs is checked against.
func newBM25(texts [][]string) *bm25 {
	ix := &bm25{k1: 1.2, b: 0.75, postings: make(map[string][]posting), lengths: make([]float32, len(texts))}
	total := 0
	tf := make(map[string]int) // one map, cleared per text: a start builds this for every chunk
	for d, ts := range texts {
		ix.lengths[d] = float32(len(ts))
		total += len(ts)
		clear(tf)
		for _, t := range ts {
			tf[t]++
		}
		for t, n := range tf {
			if n > math.MaxUint16 {
				n = math.MaxUint16
			}
			ix.postings[t] = append(ix.postings[t], posting{doc: int32(d), tf: uint16(n)})
		}
	}
	if len(texts) > 0 {
		ix.avgLen = float64(total) / float64(len(texts))
	}
	return ix
}

// TestAGroupCountsItsBestTermOnce: a question word searched through many
// related words adds the best of them to a chunk, not their sum, so a
// chunk holding the rare word asked about outranks one holding many
// loose relatives of a common one.
func TestAGroupCountsItsBestTermOnce(t *testing.T) {
	ix := newBM25([][]string{
		{"arriv", "go", "move", "travel", "reach", "enter", "harbour"},
		{"come", "louisvill", "harbour"},
		{"ferri", "sail", "harbour"},
		{"ferri", "dock", "harbour"},
	})
	groups := []TermGroup{
		{Terms: []string{"come", "arriv", "go", "move", "travel", "reach", "enter"}, Weights: []float64{1, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5}},
		{Terms: []string{"louisvill"}, Weights: []float64{1}},
	}
	r := ix.searchGroups(groups, 4)
	if len(r) != 2 || r[0].idx != 1 {
		t.Fatalf("got %+v, want chunk 1 first of 2", r)
	}
	// One group's parts are its best term's: chunk 0 gains no more from
	// six relatives than from the best of them.
	one := ix.searchGroups([]TermGroup{{Terms: []string{"arriv"}, Weights: []float64{0.5}}}, 4)
	all := ix.searchGroups(groups[:1], 4)
	for _, a := range all {
		if a.idx == 0 && a.score > one[0].score*1.0001 {
			t.Errorf("six relatives score %v, the best alone %v", a.score, one[0].score)
		}
	}
}
