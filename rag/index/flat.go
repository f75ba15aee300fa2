package index

import (
	"context"
	"runtime"
	"sync"

	chromem "github.com/philippgille/chromem-go"

	"github.com/parleybot/parley/rag/wordvec"
)

// flat is a contiguous copy of a chromem-go collection's vectors, searched
// exactly by a scan: chromem-go stays the store (built, saved and loaded
// as before), and questions are answered from one slice, with an unrolled
// dot product and a bounded heap, at the speed of reading the vectors
// from memory (chromem-go's QueryEmbedding sends every document through
// a channel and locks per document).
type flat struct {
	dim  int
	ids  []string
	rows []float32
	// row finds an ID's row.
	row map[string]int
}

// newFlat copies the vectors of ids (in that order) out of coll; ids
// coll does not hold are left out.
func newFlat(ctx context.Context, coll *chromem.Collection, ids []string) *flat {
	f := &flat{row: map[string]int{}}
	if coll == nil {
		return f
	}
	for _, id := range ids {
		d, err := coll.GetByID(ctx, id)
		if err != nil || len(d.Embedding) == 0 {
			continue
		}
		if f.dim == 0 {
			f.dim = len(d.Embedding)
			// One allocation for all rows: growing by append would hold
			// up to twice the vectors while copying.
			f.rows = make([]float32, 0, len(ids)*f.dim)
		}
		if len(d.Embedding) != f.dim {
			continue
		}
		f.row[id] = len(f.ids)
		f.ids = append(f.ids, id)
		f.rows = append(f.rows, d.Embedding...)
	}
	return f
}

// search returns up to k rows by descending similarity to q (a unit
// vector), leaving out those not similar at all; ties go to the earlier
// row.
func (f *flat) search(q []float32, k int) []Hit { return f.searchRows(q, k, nil) }

// searchRows is search over only the given rows, in ascending order; nil
// means every row.
func (f *flat) searchRows(q []float32, k int, rows []int) []Hit {
	if k <= 0 || len(q) != f.dim || f.dim == 0 {
		return nil
	}
	var best *topK
	switch {
	case rows == nil && len(f.ids)*f.dim >= parallelScanFloats && runtime.NumCPU() > 1:
		best = f.scanParallel(q, k, runtime.NumCPU())
	case rows == nil:
		best = f.scanRange(q, k, 0, len(f.ids))
	default:
		best = newTopK(k)
		for _, i := range rows {
			f.offer(best, q, i)
		}
	}
	out := best.sorted()
	hits := make([]Hit, len(out))
	for i, c := range out {
		hits[i] = Hit{Chunk: -1, ID: f.ids[c.idx], Score: c.score}
	}
	return hits
}

// parallelScanFloats is the size of a scan, in floats, from which it is
// split over the cores. A small one (13,000 chunks at 1,000 articles is
// 4.6 million) gains nothing from it on a busy two-core machine and costs
// CPU; a large one (50 million at 10,000 articles) is read twice as fast,
// since one core alone cannot use all of the memory's speed.
const parallelScanFloats = 16 << 20

// offer scores row i against q and keeps it in best if it is similar.
func (f *flat) offer(best *topK, q []float32, i int) {
	if s := float64(wordvec.Dot(q, f.rows[i*f.dim:(i+1)*f.dim])); s > 0 {
		best.offer(scored{idx: i, score: s})
	}
}

// scanRange keeps the k rows in [lo, hi) most similar to q.
func (f *flat) scanRange(q []float32, k, lo, hi int) *topK {
	best := newTopK(k)
	for i := lo; i < hi; i++ {
		f.offer(best, q, i)
	}
	return best
}

// scanParallel is scanRange over every row, split into parts scanned at
// once. Rows are ordered by score, then by row, so the merged result is
// the one a single scan gives.
func (f *flat) scanParallel(q []float32, k, parts int) *topK {
	n := len(f.ids)
	kept := make([]*topK, parts)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			kept[p] = f.scanRange(q, k, n*p/parts, n*(p+1)/parts)
		}()
	}
	wg.Wait()
	best := newTopK(k)
	for _, t := range kept {
		for _, s := range t.h {
			best.offer(s)
		}
	}
	return best
}

// vector returns a copy of an ID's vector, or nil: the copy may be
// changed (a build normalises what it reuses) while this index serves.
func (f *flat) vector(id string) []float32 {
	i, ok := f.row[id]
	if !ok {
		return nil
	}
	return append([]float32(nil), f.rows[i*f.dim:(i+1)*f.dim]...)
}
