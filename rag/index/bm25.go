package index

import (
	"math"
)

// bm25 is an Okapi BM25 index over a list of texts.
type bm25 struct {
	k1, b    float64
	postings map[string][]posting
	lengths  []float32
	avgLen   float64
}

type posting struct {
	doc int32
	tf  uint16
}

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

// df returns how many documents hold the term.
func (ix *bm25) df(term string) int { return len(ix.postings[term]) }

// idf is BM25's inverse document frequency, never negative.
func (ix *bm25) idf(term string) float64 {
	n := float64(len(ix.lengths))
	df := float64(ix.df(term))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// search returns up to k documents by descending BM25 score for the query
// terms, each term's part scaled by its weight (nil weights are all 1);
// documents matching no term are left out.
func (ix *bm25) search(query []string, weights []float64, k int) []scored {
	if k <= 0 || len(ix.lengths) == 0 {
		return nil
	}
	scores := make([]float32, len(ix.lengths))
	var hit []int32
	seen := make(map[string]bool)
	for i, t := range query {
		if seen[t] {
			continue
		}
		seen[t] = true
		idf := ix.idf(t)
		if weights != nil {
			idf *= weights[i]
		}
		for _, p := range ix.postings[t] {
			tf := float64(p.tf)
			norm := ix.k1 * (1 - ix.b + ix.b*float64(ix.lengths[p.doc])/ix.avgLen)
			if scores[p.doc] == 0 {
				hit = append(hit, p.doc)
			}
			scores[p.doc] += float32(idf * tf * (ix.k1 + 1) / (tf + norm))
		}
	}
	best := newTopK(k)
	for _, d := range hit {
		best.offer(scored{idx: int(d), score: float64(scores[d])})
	}
	return best.sorted()
}
