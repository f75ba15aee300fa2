package index

import (
	"context"
	"runtime"
	"sync"

	"github.com/parleybot/parley/rag/embed"

	"gonum.org/v1/gonum/blas/blas32"
)

// flat is a contiguous copy of a chromem-go collection's vectors, searched
// exactly by a scan: chromem-go stays the store (built, saved and loaded
// as before), and questions are answered from one slice, at the speed of
// reading the vectors from memory (chromem-go's QueryEmbedding sends
// every document through a channel and locks per document).
//
// The copy is held in blocks of rows, and within a block dimension by
// dimension, so a scan reads only the dimensions the question has: the
// local embedder's question vector is zero in most of its lexical part
// (a question has a few words; the part has 256 dimensions), and a scan
// that reads a third of the bytes is three times faster when memory is
// the limit.
type flat struct {
	dim int
	ids []string
	// block is the rows per block: flatBlock, or fewer when the copy is
	// smaller, so a small copy is not padded to a whole block.
	block int
	// cols holds the vectors by block: block b's dimension d is
	// cols[b][d*block:][:block], one value per row of the block. The last
	// block is padded with zero rows. A block is never changed once
	// filled, so copies made from this one may share it.
	cols [][]float32
	// row finds an ID's row.
	row map[string]int
	// files are where each block was last saved or read, when it was (see
	// save); a block shared with an older copy keeps its file.
	files []blockFile
}

// flatBlock is the rows per block: a block's scores (4 KB) stay in the
// fastest cache while its dimensions are added into them.
const flatBlock = 1024

// newFlatSized returns an empty copy for n vectors of dim: each block is
// made as it is filled (fillBlock), or shared with an older copy.
func newFlatSized(dim, n int) *flat {
	f := &flat{dim: dim, block: max(1, min(flatBlock, n)), row: make(map[string]int, n)}
	f.cols = make([][]float32, (n+f.block-1)/f.block)
	return f
}

// fillBlock writes block b's vectors from rows, which holds them one after
// another (a partial last block holds fewer). Reading rows a dimension
// at a time keeps a block's rows in cache, where writing row by row
// would touch a cache line per dimension for each row.
func (f *flat) fillBlock(b int, rows []float32) {
	n := len(rows) / f.dim
	if f.cols[b] == nil {
		f.cols[b] = make([]float32, f.block*f.dim)
	}
	for d := range f.dim {
		col := f.cols[b][d*f.block:][:n]
		for r := range col {
			col[r] = rows[r*f.dim+d]
		}
	}
}

// blockRows writes block b's vectors into dst one after another, and
// returns them: the inverse of fillBlock.
func (f *flat) blockRows(b int, dst []float32) []float32 {
	n := min(f.block, len(f.ids)-b*f.block)
	dst = dst[:n*f.dim]
	for d := range f.dim {
		for r, x := range f.cols[b][d*f.block:][:n] {
			dst[r*f.dim+d] = x
		}
	}
	return dst
}

// newFlat copies the vectors of ids (in that order) out of colls; ids
// they do not hold are left out.
func newFlat(ctx context.Context, colls collections, ids []string) *flat {
	if len(colls) == 0 {
		return &flat{row: map[string]int{}}
	}
	srcs := make([]vecSource, len(ids))
	for i, id := range ids {
		if d, ok := colls.get(ctx, id); ok {
			srcs[i].v = d.Embedding
		}
	}
	return flatOf(ids, srcs, func(s vecSource) bool { return len(s.v) > 0 })
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
	qv := newQuery(q)
	var best *topK
	switch {
	case rows == nil && len(qv.dims)*len(f.ids) >= parallelScanFloats && runtime.NumCPU() > 1:
		best = f.scanParallel(qv, k, runtime.NumCPU())
	case rows == nil:
		best = f.scanRange(qv, k, 0, f.blocks())
	default:
		best = newTopK(k)
		for _, i := range rows {
			if s := f.score(qv, i); s > 0 {
				best.offer(scored{idx: i, score: float64(s)})
			}
		}
	}
	out := best.sorted()
	hits := make([]Hit, len(out))
	for i, c := range out {
		hits[i] = Hit{Chunk: -1, ID: f.ids[c.idx], Score: c.score}
	}
	return hits
}

// parallelScanFloats is the size of a scan, in the floats it reads (the
// question's dimensions times the rows), from which it is split over the
// cores. At 1,000 articles a question reads about 1.5 million, which one
// core scans in about a millisecond, where splitting gained nothing on a
// busy two-core machine; at 10,000 it reads 15 million, read twice as
// fast on two cores, since one alone cannot use all of the memory's speed.
const parallelScanFloats = 4 << 20

// query is a question vector as a scan reads it: its nonzero dimensions.
type query struct {
	dims []int
	vals []float32
}

// newQuery reads q's nonzero dimensions.
func newQuery(q []float32) query {
	var out query
	for d, x := range q {
		if x != 0 {
			out.dims = append(out.dims, d)
			out.vals = append(out.vals, x)
		}
	}
	return out
}

// score is row i's similarity to q.
func (f *flat) score(q query, i int) float32 {
	col, r := f.cols[i/f.block], i%f.block
	var s float32
	for j, d := range q.dims {
		s += q.vals[j] * col[d*f.block+r]
	}
	return s
}

// scanRange keeps the k rows in blocks [lo, hi) most similar to q, and
// not dissimilar. Each block's scores are summed dimension by dimension
// (gonum's Axpy, SIMD assembly on amd64).
func (f *flat) scanRange(q query, k, lo, hi int) *topK {
	best := newTopK(k)
	scores := make([]float32, f.block)
	for b := lo; b < hi; b++ {
		n := min(f.block, len(f.ids)-b*f.block)
		clear(scores)
		out := blas32.Vector{N: n, Inc: 1, Data: scores}
		for j, d := range q.dims {
			col := f.cols[b][d*f.block:][:n]
			blas32.Axpy(q.vals[j], blas32.Vector{N: n, Inc: 1, Data: col}, out)
		}
		for r, s := range scores[:n] {
			if s > 0 {
				best.offer(scored{idx: b*f.block + r, score: float64(s)})
			}
		}
	}
	return best
}

// blocks is the number of blocks.
func (f *flat) blocks() int { return (len(f.ids) + f.block - 1) / f.block }

// scanParallel is scanRange over every row, split into parts scanned at
// once. Rows are ordered by score, then by row, so the merged result is
// the one a single scan gives.
func (f *flat) scanParallel(q query, k, parts int) *topK {
	n := f.blocks()
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
	return f.at(i)
}

// at returns a new copy of row i's vector.
func (f *flat) at(i int) []float32 {
	v := make([]float32, f.dim)
	f.rowInto(i, v)
	return v
}

// rowInto writes row i's vector into v, which holds dim values.
func (f *flat) rowInto(i int, v []float32) {
	col, r := f.cols[i/f.block], i%f.block
	for d := range v {
		v[d] = col[d*f.block+r]
	}
}

// vecSource is where a build takes a vector: a slice, or a row of the
// previous index's flat copy, read only when the new copy is made.
type vecSource struct {
	v   []float32
	f   *flat
	row int
}

// source returns where the copy holds id's vector.
func (f *flat) source(id string) (vecSource, bool) {
	i, ok := f.row[id]
	return vecSource{f: f, row: i}, ok
}

// dim is the source's number of dimensions.
func (s vecSource) dim() int {
	if s.f != nil {
		return s.f.dim
	}
	return len(s.v)
}

// newFlatFrom makes the copy of the vectors of ids (in that order) from
// their sources, taking each row of an older copy straight into the new
// one. A slice is normalised first; one that is all zeros is left out.
func newFlatFrom(ids []string, srcs []vecSource) *flat {
	return flatOf(ids, srcs, func(s vecSource) bool { return s.f != nil || embed.Normalize(s.v) })
}

// flatOf makes the copy of the vectors of ids (in that order) from their
// sources, leaving out those use refuses and those of another length than
// the first kept.
func flatOf(ids []string, srcs []vecSource, use func(vecSource) bool) *flat {
	dim := 0
	kept := make([]int, 0, len(srcs))
	for i, s := range srcs {
		if !use(s) {
			continue
		}
		if dim == 0 {
			dim = s.dim()
		}
		if s.dim() == dim {
			kept = append(kept, i)
		}
	}
	f := newFlatSized(dim, len(kept))
	f.ids = make([]string, len(kept))
	rows := make([]float32, 0, f.block*dim)
	for b := range f.blocks() {
		lo, hi := b*f.block, min(len(kept), (b+1)*f.block)
		for k := lo; k < hi; k++ {
			f.ids[k], f.row[ids[kept[k]]] = ids[kept[k]], k
		}
		if old, ob := sharedBlock(srcs, kept[lo:hi], f.block, dim); old != nil {
			f.cols[b] = old.cols[ob]
			if ob < len(old.files) {
				if f.files == nil {
					f.files = make([]blockFile, len(f.cols))
				}
				f.files[b] = old.files[ob]
			}
			continue
		}
		rows = rows[:0]
		for k := lo; k < hi; k++ {
			i := kept[k]
			if s := srcs[i]; s.f != nil {
				rows = rows[:len(rows)+dim]
				s.f.rowInto(s.row, rows[len(rows)-dim:])
			} else {
				rows = append(rows, s.v...)
			}
		}
		f.fillBlock(b, rows)
	}
	return f
}

// sharedBlock returns the older copy and its block that hold exactly the
// rows of srcs at kept, in order, as one block of a new copy with rows
// per block: then the new copy shares it instead of copying it (and
// saving it). An update that adds an article after the others copies
// only the blocks from where it changed. It returns nil when there is
// none.
func sharedBlock(srcs []vecSource, kept []int, rows, dim int) (*flat, int) {
	first := srcs[kept[0]]
	old := first.f
	if old == nil || old.block != rows || old.dim != dim || first.row%rows != 0 {
		return nil, 0
	}
	b := first.row / rows
	if min(rows, len(old.ids)-b*rows) != len(kept) {
		return nil, 0 // a block of another length pads with other zeros
	}
	for j, i := range kept {
		if s := srcs[i]; s.f != old || s.row != first.row+j {
			return nil, 0
		}
	}
	return old, b
}
