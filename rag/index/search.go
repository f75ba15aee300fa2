package index

import (
	"context"
	"fmt"
	"slices"

	"github.com/parleybot/parley/rag/embed"
)

// Hit is a chunk, or a quotation, found by a search.
type Hit struct {
	// Chunk indexes Chunks(); ID is the quotation's vector ID for a
	// quotation search.
	Chunk int
	ID    string
	// Score is the BM25 score, or the cosine similarity.
	Score float64
}

// TermGroup is the terms one word of a question is searched by (the
// word and its related words), each with its weight.
type TermGroup struct {
	Terms   []string
	Weights []float64
}

// SearchWordGroups returns up to k chunks by descending BM25 score for
// the groups of terms: each group adds the best weighted part of any one
// of its terms, so a word searched by many related words counts once.
// Chunks matching no term are left out.
func (ix *Index) SearchWordGroups(groups []TermGroup, k int) []Hit {
	res := ix.lex.searchGroups(groups, k)
	out := make([]Hit, len(res))
	for i, s := range res {
		out[i] = Hit{Chunk: s.idx, Score: s.score}
	}
	return out
}

// SearchVectors returns up to k chunks by descending similarity of their
// vectors to the text's, stopping at the first that is not similar at all.
func (ix *Index) SearchVectors(ctx context.Context, text string, k int) ([]Hit, error) {
	res, err := ix.searchVectors(ctx, text, k, ix.chunkVecs, nil, "the question")
	if err != nil {
		return nil, err
	}
	out := make([]Hit, 0, len(res))
	for _, r := range res {
		if i, ok := ix.chunkIDs[r.ID]; ok {
			out = append(out, Hit{Chunk: i, ID: r.ID, Score: r.Score})
		}
	}
	return out, nil
}

// SearchQuotesAmong returns up to k of the quotations with these vector
// IDs (QuoteID) by descending similarity to the text, leaving out those
// not similar at all: a caller that can tell which quotations could match
// reads only their vectors.
func (ix *Index) SearchQuotesAmong(ctx context.Context, text string, k int, ids []string) ([]Hit, error) {
	vecs := ix.quoteVecs
	if vecs == nil {
		return nil, nil
	}
	rows := make([]int, 0, len(ids))
	for _, id := range ids {
		if r, ok := vecs.row[id]; ok {
			rows = append(rows, r)
		}
	}
	slices.Sort(rows)
	return ix.searchVectors(ctx, text, k, vecs, slices.Compact(rows), "the quotation")
}

// searchVectors embeds text and searches vecs, over only rows unless that
// is nil; what names the text in errors.
func (ix *Index) searchVectors(ctx context.Context, text string, k int, vecs *flat, rows []int, what string) ([]Hit, error) {
	if vecs == nil || len(vecs.ids) == 0 || k <= 0 {
		return nil, nil
	}
	vs, err := ix.embedder.Embed(ctx, []string{text})
	if err != nil {
		return nil, fmt.Errorf("embedding %s: %w", what, err)
	}
	if len(vs) != 1 || !embed.Normalize(vs[0]) {
		return nil, nil
	}
	return vecs.searchRows(vs[0], k, rows), nil
}

// Embedder returns the embedder of the index's vectors.
func (ix *Index) Embedder() embed.Embedder { return ix.embedder }
