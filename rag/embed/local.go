package embed

import (
	"context"
	"fmt"
	"hash/fnv"
	"iter"
	"math"

	"github.com/parleybot/parley/rag/term"
	"github.com/parleybot/parley/rag/wordvec"
)

// LocalDimensions is the length of the local embedder's lexical part;
// word vectors, when it has them, add their own dimensions.
const LocalDimensions = 256

// semanticWeight scales the word-vector part against the lexical part:
// the cosine of two texts is about 2/3 shared words and 1/3 shared
// meaning.
const semanticWeight = 0.7

// Local is the built-in, offline, deterministic embedder: hashed,
// stemmed unigrams and bigrams, weighted by log term frequency times the
// inverse document frequency of their bucket, L2-normalised.
type Local struct {
	dim int
	idf []float32
	// vectors, when set, gives the word vectors whose SIF-weighted mean
	// is added to the lexical features; it is called on first use, so
	// the table may load in the background.
	vectors func() *wordvec.Table
}

// NewLocal fits the IDF weights on the given texts (the chunks of
// the corpus). With no texts every bucket weighs 1. vectors may be nil
// (lexical features only).
func NewLocal(texts []string, vectors func() *wordvec.Table) *Local {
	return NewLocalFromTerms(func(yield func([]string) bool) {
		for _, t := range texts {
			if !yield(term.Of(t)) {
				return
			}
		}
	}, vectors)
}

// NewLocalFromTerms is NewLocal for texts already cut into index terms,
// given one at a time, so that a corpus's are never all held at once.
func NewLocalFromTerms(texts iter.Seq[[]string], vectors func() *wordvec.Table) *Local {
	e := &Local{dim: LocalDimensions, idf: make([]float32, LocalDimensions), vectors: vectors}
	df := make([]int, e.dim)
	n := 0.0
	for ts := range texts {
		n++
		seen := make(map[int]bool)
		for _, f := range features(ts) {
			b, _ := e.bucket(f)
			if !seen[b] {
				seen[b] = true
				df[b]++
			}
		}
	}
	for i, d := range df {
		e.idf[i] = float32(math.Log((n+1)/(float64(d)+1)) + 1)
	}
	return e
}

// LocalFromIDF rebuilds a fitted embedder from its saved weights.
func LocalFromIDF(idf []float32, vectors func() *wordvec.Table) (*Local, error) {
	if len(idf) != LocalDimensions {
		return nil, fmt.Errorf("local embedder weights have %d dimensions, want %d", len(idf), LocalDimensions)
	}
	return &Local{dim: LocalDimensions, idf: append([]float32(nil), idf...), vectors: vectors}, nil
}

// IDF returns a copy of the fitted weights, for saving with the index.
func (e *Local) IDF() []float32 { return append([]float32(nil), e.idf...) }

// ID implements Embedder.
func (e *Local) ID() string {
	id := fmt.Sprintf("local-lexical-t%d-d%d", term.Version, e.dim)
	if e.vectors != nil {
		id += "+" + wordvec.ID + "-sif"
	}
	return id
}

// Embed implements Embedder. A text with no index terms gets a zero vector.
func (e *Local) Embed(_ context.Context, texts []string) ([][]float32, error) {
	terms := make([][]string, len(texts))
	for i, t := range texts {
		terms[i] = term.Of(t)
	}
	return e.EmbedTerms(terms), nil
}

// EmbedTerms is Embed for texts already cut into index terms.
func (e *Local) EmbedTerms(texts [][]string) [][]float32 {
	var vec *wordvec.Table
	if e.vectors != nil {
		vec = e.vectors()
	}
	out := make([][]float32, len(texts))
	for i, ts := range texts {
		out[i] = e.vector(ts)
		if e.vectors == nil {
			continue
		}
		// The word-vector part: zero when the text has no word with a
		// vector (or the table could not be read).
		sem := make([]float32, wordvec.Dim)
		if m, ok := vec.Mean(ts); ok {
			for j, x := range m {
				sem[j] = semanticWeight * x
			}
		}
		out[i] = append(out[i], sem...)
		unit(out[i])
	}
	return out
}

func (e *Local) vector(ts []string) []float32 {
	v := make([]float32, e.dim)
	tf := make(map[string]int)
	for _, f := range features(ts) {
		tf[f]++
	}
	for f, n := range tf {
		b, sign := e.bucket(f)
		v[b] += sign * float32(1+math.Log(float64(n))) * e.idf[b]
	}
	var norm float64
	for _, x := range v {
		norm += float64(x) * float64(x)
	}
	if norm == 0 {
		return v
	}
	inv := float32(1 / math.Sqrt(norm))
	for i := range v {
		v[i] *= inv
	}
	return v
}

// bucket hashes a feature to a dimension and a sign (signed hashing keeps
// collisions from adding up).
func (e *Local) bucket(f string) (int, float32) {
	h := fnv.New64a()
	h.Write([]byte(f))
	s := h.Sum64()
	sign := float32(1)
	if s>>63 == 1 {
		sign = -1
	}
	return int(s % uint64(e.dim)), sign
}

// features are the unigrams and adjacent bigrams of a term sequence.
func features(ts []string) []string {
	out := make([]string, 0, 2*len(ts))
	out = append(out, ts...)
	for i := 0; i+1 < len(ts); i++ {
		out = append(out, ts[i]+" "+ts[i+1])
	}
	return out
}

// LocalID is the ID of the local embedder, known before it is fitted,
// with word vectors or without.
func LocalID(withVectors bool) string {
	e := &Local{dim: LocalDimensions}
	if withVectors {
		e.vectors = func() *wordvec.Table { return nil }
	}
	return e.ID()
}

// unit scales v to unit length in place (a zero vector stays zero).
func unit(v []float32) { Normalize(v) }
