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

// bm25FromIDs builds the Okapi BM25 index over the chunks' terms, from
// terms numbered in vocab: sents holds each document's sentences' term
// numbers. Counting by number needs no hashing per word, and the postings
// share one array. Numbers must be checked to be in vocab.
func bm25FromIDs(vocab []string, chunks []Chunk, sents [][][]int32) *bm25 {
	ix := &bm25{k1: 1.2, b: 0.75, lengths: make([]float32, len(chunks))}
	tf := make([]int, len(vocab)) // a term's count in the current chunk
	df := make([]int, len(vocab)) // how many chunks hold the term
	var seen []int32              // the current chunk's distinct terms
	eachChunk := func(emit func(d int, id int32, n int)) {
		for d, c := range chunks {
			for s := c.First; s <= c.Last; s++ {
				for _, id := range sents[c.Doc][s] {
					if tf[id] == 0 {
						seen = append(seen, id)
					}
					tf[id]++
				}
			}
			for _, id := range seen {
				emit(d, id, tf[id])
				tf[id] = 0
			}
			seen = seen[:0]
		}
	}
	total, count := 0, 0
	eachChunk(func(d int, id int32, n int) {
		df[id]++
		ix.lengths[d] += float32(n)
		total += n
		count++
	})
	terms := 0
	for _, n := range df {
		if n > 0 {
			terms++
		}
	}
	ix.postings = make(map[string][]posting, terms)
	all := make([]posting, 0, count)
	end := make([]int, len(vocab)) // where each term's postings end in all
	for id, n := range df {
		end[id] = len(all)
		all = all[:len(all)+n]
	}
	eachChunk(func(d int, id int32, n int) {
		all[end[id]] = posting{doc: int32(d), tf: uint16(min(n, math.MaxUint16))}
		end[id]++
	})
	for id, n := range df {
		if n > 0 {
			ix.postings[vocab[id]] = all[end[id]-n : end[id] : end[id]]
		}
	}
	if len(chunks) > 0 {
		ix.avgLen = float64(total) / float64(len(chunks))
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

// searchGroups returns up to k documents by descending BM25 score for
// groups of terms: a document gains, for each group, the best weighted
// part of any one of its terms, not their sum. A question word searched
// through many related words ("people": person, folk, …) then weighs no
// more than the word itself found once.
func (ix *bm25) searchGroups(groups []TermGroup, k int) []scored {
	if k <= 0 || len(ix.lengths) == 0 {
		return nil
	}
	scores := make([]float32, len(ix.lengths))
	best := make([]float32, len(ix.lengths)) // the current group's best part
	var hit, touched []int32
	for _, g := range groups {
		for i, t := range g.Terms {
			idf := ix.idf(t) * g.Weights[i]
			for _, p := range ix.postings[t] {
				tf := float64(p.tf)
				norm := ix.k1 * (1 - ix.b + ix.b*float64(ix.lengths[p.doc])/ix.avgLen)
				part := float32(idf * tf * (ix.k1 + 1) / (tf + norm))
				if best[p.doc] == 0 {
					touched = append(touched, p.doc)
				}
				best[p.doc] = max(best[p.doc], part)
			}
		}
		for _, d := range touched {
			if scores[d] == 0 {
				hit = append(hit, d)
			}
			scores[d] += best[d]
			best[d] = 0
		}
		touched = touched[:0]
	}
	top := newTopK(k)
	for _, d := range hit {
		top.offer(scored{idx: int(d), score: float64(scores[d])})
	}
	return top.sorted()
}
