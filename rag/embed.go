package rag

import "context"

// Embedder turns texts into vectors. Implementations must be safe for
// concurrent use and return one vector per text, all of the same length.
type Embedder interface {
	// ID names the embedder and its settings; it is recorded in the index
	// manifest, so a change of embedder forces a rebuild.
	ID() string
	// Embed returns the vectors of texts, in order.
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}
