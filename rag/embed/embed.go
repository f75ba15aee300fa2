// Package embed turns texts into vectors: the Embedder interface that every
// embedding model satisfies, and the local, offline, deterministic one.
package embed

import (
	"context"
	"math"
)

// Embedder turns texts into vectors. Implementations must be safe for
// concurrent use and return one vector per text, all of the same length.
type Embedder interface {
	// ID names the embedder and its settings; it is recorded in the index
	// manifest, so a change of embedder forces a rebuild.
	ID() string
	// Embed returns the vectors of texts, in order.
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// Normalize scales v to unit length in place; it reports false for a zero
// or non-finite vector, which cannot be compared by similarity.
func Normalize(v []float32) bool {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 || math.IsNaN(sum) || math.IsInf(sum, 0) {
		return false
	}
	inv := float32(1 / math.Sqrt(sum))
	for i := range v {
		v[i] *= inv
	}
	return true
}
