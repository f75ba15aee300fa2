// Package retrieve finds the passages that may answer a question: the
// chunks of the index ranked by BM25 over the question's matched words and
// by vector similarity, fused by reciprocal rank.
package retrieve

import (
	"context"
	"hash/fnv"
	"sort"

	"github.com/parleybot/parley/rag/index"
	"github.com/parleybot/parley/rag/match"
)

// Passage is a retrieved chunk with its fused score, best first.
type Passage struct {
	index.Chunk
	// Score is the reciprocal-rank-fusion score of the vector and lexical
	// rankings.
	Score float64
	// Lexical is the chunk's BM25 score (0 when it matched no query term).
	Lexical float64
}

// rrfK is the constant of reciprocal-rank fusion.
const rrfK = 60

// candidateDepth is how deep each ranking is read before fusion.
const candidateDepth = 50

// Retrieve returns the k passages that best match a prepared question
// (typos corrected, related words searched at their lower weight), fusing
// the chromem-go vector ranking with a BM25 ranking of the same chunks.
func Retrieve(ctx context.Context, ix *index.Index, qr match.Query, k int) ([]Passage, error) {
	chunks := ix.Chunks()
	if k <= 0 || len(chunks) == 0 {
		return nil, nil
	}
	qTerms, _ := qr.RetrievalTerms()
	fused := make(map[int]*Passage)
	add := func(idx, rank int, lexical float64) {
		p := fused[idx]
		if p == nil {
			p = &Passage{Chunk: chunks[idx]}
			fused[idx] = p
		}
		p.Score += 1 / float64(rrfK+rank+1)
		if lexical > 0 {
			p.Lexical = lexical
		}
	}
	for rank, h := range ix.SearchWordGroups(qr.RetrievalGroups(), candidateDepth) {
		add(h.Chunk, rank, h.Score)
	}
	if len(qTerms) > 0 {
		hits, err := ix.SearchVectors(ctx, qr.Text, candidateDepth)
		if err != nil {
			return nil, err
		}
		for rank, h := range hits {
			add(h.Chunk, rank, 0)
		}
	}
	out := make([]Passage, 0, len(fused))
	for _, p := range fused {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].ID < out[j].ID
	})
	return dropRepeats(ix, out, k), nil
}

// dropRepeats returns the first k passages whose words do not repeat, in
// order, those of a better one: the same story in two articles (a wire
// story two sites ran, a copy of an update) is read and cited once.
func dropRepeats(ix *index.Index, ps []Passage, k int) []Passage {
	seen := make(map[uint64]bool, min(len(ps), 2*k))
	out := ps[:0]
	for _, p := range ps {
		h := fnv.New64a()
		for s := p.First; s <= p.Last; s++ {
			for _, t := range ix.SentenceTerms(p.Doc, s) {
				h.Write([]byte(t))
				h.Write([]byte{0})
			}
		}
		if key := h.Sum64(); !seen[key] {
			seen[key] = true
			out = append(out, p)
			if len(out) == k {
				break
			}
		}
	}
	return out
}

// FoundAny reports whether any passage holds any of the question's words
// as written or corrected: passages met only through related words, or
// only by vector similarity, are not something found.
func FoundAny(ix *index.Index, qr match.Query, passages []Passage) bool {
	for _, p := range passages {
		for s := p.First; s <= p.Last; s++ {
			if qr.DirectCoverage(ix.SentenceTerms(p.Doc, s)) > 0 {
				return true
			}
		}
	}
	return false
}
