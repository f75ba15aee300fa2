package rag

import (
	"context"
	"fmt"
	"sort"

	"github.com/parleybot/parley/rag/question"
)

// Passage is a retrieved chunk with its fused score, best first.
type Passage struct {
	Chunk
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

// Retrieve returns the k passages that best match the question, fusing the
// chromem-go vector ranking with a BM25 ranking of the same chunks.
func (ix *Index) Retrieve(ctx context.Context, q string, k int) ([]Passage, error) {
	return ix.retrieve(ctx, ix.prepare(question.Parse(q), nil), k)
}

// retrieve is Retrieve for a prepared question: typos corrected, related
// words searched at their lower weight.
func (ix *Index) retrieve(ctx context.Context, qr query, k int) ([]Passage, error) {
	if k <= 0 || len(ix.chunks) == 0 {
		return nil, nil
	}
	qTerms, qWeights := qr.retrievalTerms()
	fused := make(map[int]*Passage)
	add := func(idx, rank int, lexical float64) {
		p := fused[idx]
		if p == nil {
			p = &Passage{Chunk: ix.chunks[idx]}
			fused[idx] = p
		}
		p.Score += 1 / float64(rrfK+rank+1)
		if lexical > 0 {
			p.Lexical = lexical
		}
	}
	for rank, s := range ix.lex.search(qTerms, qWeights, candidateDepth) {
		add(s.idx, rank, s.score)
	}
	if n := min(candidateDepth, ix.coll.Count()); n > 0 && len(qTerms) > 0 {
		vs, err := ix.embedder.Embed(ctx, []string{qr.text})
		if err != nil {
			return nil, fmt.Errorf("embedding the question: %w", err)
		}
		if len(vs) == 1 && normalize(vs[0]) {
			res, err := ix.coll.QueryEmbedding(ctx, vs[0], n, nil, nil)
			if err != nil {
				return nil, fmt.Errorf("searching the vector store: %w", err)
			}
			for rank, r := range res {
				if r.Similarity <= 0 {
					break
				}
				if idx, ok := ix.chunkIDs[r.ID]; ok {
					add(idx, rank, 0)
				}
			}
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
	if len(out) > k {
		out = out[:k]
	}
	return out, nil
}
